import type { Readable } from "node:stream";
import { pipeline } from "node:stream";
import { createGunzip } from "node:zlib";

/** A regular file read from a tar archive. */
export interface TarEntry {
  /** The member's path as stored (GNU long names and pax `path` records applied). */
  readonly path: string;
  readonly data: Buffer;
}

export interface ReadTarOptions {
  /** Which regular files to read; the bytes of the others are skipped without being kept. */
  readonly accept: (path: string, size: number) => boolean;
  /** A guard against a damaged or hostile archive: accepted files larger than this fail (default 64 MiB). */
  readonly maxEntryBytes?: number;
}

/** A damaged or unsupported archive; the message says where. */
export class TarFormatError extends Error {
  override readonly name = "TarFormatError";
}

const BLOCK = 512;
/** Long-name and pax records are a few hundred bytes; more means a damaged archive. */
const MAX_META_BYTES = 1024 * 1024;

/**
 * Pulls exact byte counts out of a stream of chunks of any size, keeping only what has not been
 * consumed yet, so a skipped 100 MB member costs no memory.
 */
class ByteReader {
  private readonly chunks: Buffer[] = [];
  private buffered = 0;
  constructor(private readonly source: AsyncIterator<Buffer | Uint8Array>) {}

  private async pull(): Promise<boolean> {
    const next = await this.source.next();
    if (next.done) return false;
    const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    return true;
  }

  /** Up to `count` bytes: fewer only when the stream ended. */
  async read(count: number): Promise<Buffer> {
    while (this.buffered < count) if (!(await this.pull())) break;
    const wanted = Math.min(count, this.buffered);
    const first = this.chunks[0];
    if (first && first.length >= wanted) {
      // The common case for headers and small files: no copy.
      const result = first.subarray(0, wanted);
      this.consume(wanted);
      return result;
    }
    const result = Buffer.allocUnsafe(wanted);
    let filled = 0;
    while (filled < wanted) {
      const chunk = this.chunks[0] as Buffer;
      const take = Math.min(chunk.length, wanted - filled);
      chunk.copy(result, filled, 0, take);
      filled += take;
      this.consume(take);
    }
    return result;
  }

  /** Discards `count` bytes; returns how many there were. */
  async skip(count: number): Promise<number> {
    let skipped = 0;
    while (skipped < count) {
      if (this.buffered === 0 && !(await this.pull())) break;
      const step = Math.min(count - skipped, this.buffered);
      this.consume(step);
      skipped += step;
    }
    return skipped;
  }

  private consume(count: number): void {
    let left = count;
    while (left > 0) {
      const first = this.chunks[0] as Buffer;
      if (first.length <= left) {
        this.chunks.shift();
        left -= first.length;
      } else {
        this.chunks[0] = first.subarray(left);
        left = 0;
      }
    }
    this.buffered -= count;
    while (this.chunks[0]?.length === 0) this.chunks.shift();
  }
}

const text = (block: Buffer, start: number, length: number): string => {
  const field = block.subarray(start, start + length);
  const end = field.indexOf(0);
  return field.subarray(0, end === -1 ? field.length : end).toString("utf8");
};

/** Numeric header fields are octal text, or big-endian base-256 when the first byte's high bit is set (GNU, for sizes ≥ 8 GiB). */
function number(block: Buffer, start: number, length: number, what: string): number {
  const field = block.subarray(start, start + length);
  if (((field[0] ?? 0) & 0x80) !== 0) {
    let value = (field[0] ?? 0) & 0x7f;
    for (const byte of field.subarray(1)) value = value * 256 + byte;
    if (!Number.isSafeInteger(value)) throw new TarFormatError(`the ${what} field is too large`);
    return value;
  }
  const digits = field
    .toString("latin1")
    .replace(/[\0 ]+$/g, "")
    .trim();
  if (digits === "") return 0;
  if (!/^[0-7]+$/.test(digits)) throw new TarFormatError(`the ${what} field "${digits}" is not an octal number`);
  return parseInt(digits, 8);
}

/** The header checksum counts its own field as eight spaces; old tars summed signed bytes, so accept either. */
function checksumMatches(block: Buffer): boolean {
  const stored = number(block, 148, 8, "checksum");
  let unsigned = 0;
  let signed = 0;
  for (let index = 0; index < BLOCK; index++) {
    const byte = index >= 148 && index < 156 ? 0x20 : (block[index] as number);
    unsigned += byte;
    signed += byte > 127 ? byte - 256 : byte;
  }
  return stored === unsigned || stored === signed;
}

/** pax records: `<length> <key>=<value>\n`, where length counts the whole record. */
function paxRecords(data: Buffer): Map<string, string> {
  const records = new Map<string, string>();
  let position = 0;
  while (position < data.length) {
    const space = data.indexOf(0x20, position);
    if (space === -1) break;
    const length = Number(data.subarray(position, space).toString("latin1"));
    if (!Number.isInteger(length) || length <= space - position || position + length > data.length) {
      throw new TarFormatError("a pax extended header record is malformed");
    }
    const record = data.subarray(space + 1, position + length - 1).toString("utf8");
    const equals = record.indexOf("=");
    if (equals > 0) records.set(record.slice(0, equals), record.slice(equals + 1));
    position += length;
  }
  return records;
}

const isZeroBlock = (block: Buffer) => block.every((byte) => byte === 0);
const padded = (size: number) => Math.ceil(size / BLOCK) * BLOCK;

/**
 * Reads the regular files of an uncompressed tar stream (ustar, with GNU `L` long names and pax `x`
 * path/size records), one at a time: only the accepted member being read is held in memory.
 * Directories, links, devices and other special members are skipped.
 */
export async function* readTar(chunks: AsyncIterable<Buffer | Uint8Array>, options: ReadTarOptions): AsyncGenerator<TarEntry> {
  const source = chunks[Symbol.asyncIterator]();
  try {
    yield* members(new ByteReader(source), options.accept, options.maxEntryBytes ?? 64 * 1024 * 1024);
  } finally {
    // A consumer that stops early must still release the stream (and the file under it).
    await source.return?.();
  }
}

async function* members(reader: ByteReader, accept: ReadTarOptions["accept"], maxEntryBytes: number): AsyncGenerator<TarEntry> {
  // Metadata members describe the member that follows them.
  let longName: string | null = null;
  let pax = new Map<string, string>();
  let offset = 0;
  for (;;) {
    const header = await reader.read(BLOCK);
    // Some writers stop without the two zero blocks that end an archive; a clean stop is fine.
    if (header.length === 0) return;
    if (header.length < BLOCK) throw new TarFormatError(`the archive ends inside a header at byte ${offset}; it is truncated`);
    if (isZeroBlock(header)) return;
    if (!checksumMatches(header)) {
      throw new TarFormatError(`the header at byte ${offset} fails its checksum; the archive is damaged or not a tar file`);
    }
    const headerOffset = offset;
    offset += BLOCK;
    const type = String.fromCharCode(header[156] as number);
    const magic = header.subarray(257, 263).toString("latin1");
    // Only POSIX ustar has a prefix field; GNU tar uses those bytes for other things.
    const prefix = magic === "ustar\0" ? text(header, 345, 155) : "";
    const name = text(header, 0, 100);
    const paxSize = pax.get("size");
    const size = paxSize !== undefined ? Number(paxSize) : number(header, 124, 12, "size");
    if (!Number.isSafeInteger(size) || size < 0) throw new TarFormatError(`the member at byte ${headerOffset} has a bad size`);
    const path = pax.get("path") ?? longName ?? (prefix ? `${prefix}/${name}` : name);
    const truncated = (what: string) => new TarFormatError(`the archive ends inside ${what}; it is truncated`);

    const readBody = async (what: string): Promise<Buffer> => {
      const body = await reader.read(size);
      const padding = padded(size) - size;
      if (body.length < size || (await reader.skip(padding)) < padding) throw truncated(what);
      offset += padded(size);
      return body;
    };
    const skipBody = async (what: string): Promise<void> => {
      if ((await reader.skip(padded(size))) < padded(size)) throw truncated(what);
      offset += padded(size);
    };

    if (type === "L" || type === "x") {
      const what = type === "L" ? "a GNU long-name header" : "a pax extended header";
      if (size > MAX_META_BYTES) throw new TarFormatError(`${what} of ${size} bytes at byte ${headerOffset} is too large`);
      const body = await readBody(what);
      if (type === "L") longName = text(body, 0, body.length);
      else pax = paxRecords(body);
      continue;
    }
    if (type === "K" || type === "g") {
      // Long link names and global pax records change nothing we read.
      await skipBody("a metadata header");
      continue;
    }
    longName = null;
    pax = new Map();
    const regular = type === "0" || type === "\0" || type === "7";
    if (!regular || !accept(path, size)) {
      await skipBody(path);
      continue;
    }
    if (size > maxEntryBytes)
      throw new TarFormatError(`${path} is ${size} bytes, more than the ${maxEntryBytes} this reader accepts`);
    yield { path, data: await readBody(path) };
  }
}

/**
 * Reads the regular files of a `.tar.gz` stream (see {@link readTar}); decompression is streamed,
 * so memory stays small whatever the archive's size. Stopping early closes the input.
 */
export async function* readTarGz(input: Readable, options: ReadTarOptions): AsyncGenerator<TarEntry> {
  const gunzip = createGunzip();
  // pipeline forwards the input's errors to gunzip, so reading gunzip sees them.
  pipeline(input, gunzip, () => undefined);
  try {
    yield* readTar(gunzip, options);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    if (code.startsWith("Z_")) {
      throw new TarFormatError(
        `the archive is not valid gzip data (${(error as Error).message}); it is damaged or not a .tar.gz file`,
      );
    }
    throw error;
  } finally {
    gunzip.destroy();
  }
}
