import type { Readable } from "node:stream";
import { pipeline } from "node:stream";
import { createGunzip } from "node:zlib";
import { extract } from "tar-stream";

/** A regular file read from a tar archive. */
export interface TarEntry {
  /** The member's path as stored (GNU long names, pax `path` records and ustar prefixes applied). */
  readonly path: string;
  readonly data: Buffer;
}

export interface ReadTarOptions {
  /** Which regular files to read; the bytes of the others are skipped without being kept. */
  readonly accept: (path: string, size: number) => boolean;
  /** A guard against a damaged or hostile archive: accepted files larger than this fail (default 64 MiB). */
  readonly maxEntryBytes?: number;
}

/** A damaged or unsupported archive; the message says what is wrong. */
export class TarFormatError extends Error {
  override readonly name = "TarFormatError";
}

/**
 * gunzip's and tar-stream's errors for a bad archive as a {@link TarFormatError} saying what is
 * wrong; any other error (reading the input, or thrown by `accept`) as it is.
 */
function archiveProblem(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  if (((error as NodeJS.ErrnoException).code ?? "").startsWith("Z_")) {
    return new TarFormatError(`the archive is not valid gzip data (${error.message}); it is damaged or not a .tar.gz file`);
  }
  if (error.message === "Unexpected end of data") return new TarFormatError("the archive ends inside a member; it is truncated");
  if (error.message.startsWith("Invalid tar header")) {
    return new TarFormatError(
      "a member's header fails its checksum or has an unknown format; the archive is damaged or not a tar file",
    );
  }
  if (error.message === "Invalid header" || error.message === "Header exceeds max size") {
    return new TarFormatError(`the archive is damaged (${error.message.toLowerCase()})`);
  }
  return error;
}

/**
 * Reads the regular files of a `.tar.gz` stream with tar-stream (ustar, GNU long names, pax), one at
 * a time: decompression is streamed and only the accepted member being read is held in memory.
 * Directories, links, devices and other special members are skipped. Stopping early closes the input.
 */
export async function* readTarGz(input: Readable, options: ReadTarOptions): AsyncGenerator<TarEntry> {
  const maxEntryBytes = options.maxEntryBytes ?? 64 * 1024 * 1024;
  const gunzip = createGunzip();
  const members = extract();
  // pipeline forwards any stage's error to the others, so iterating the extractor sees it.
  pipeline(input, gunzip, members, () => undefined);
  try {
    for await (const member of members) {
      const { name: path, size, type } = member.header;
      if ((type !== "file" && type !== "contiguous-file") || !options.accept(path, size)) {
        member.resume();
        continue;
      }
      if (size > maxEntryBytes)
        throw new TarFormatError(`${path} is ${size} bytes, more than the ${maxEntryBytes} this reader accepts`);
      const chunks: Buffer[] = [];
      for await (const chunk of member) chunks.push(chunk as Buffer);
      yield { path, data: chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks) };
    }
  } catch (error) {
    throw archiveProblem(error);
  } finally {
    members.destroy();
    gunzip.destroy();
    input.destroy();
  }
}
