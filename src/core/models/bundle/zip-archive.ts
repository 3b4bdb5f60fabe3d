import { setImmediate as nextTurn } from "node:timers/promises";
import { Zip, ZipDeflate } from "fflate";

/** A file to put in an archive: its path inside it (forward slashes) and its bytes or text (UTF-8). */
export interface ArchiveFile {
  readonly path: string;
  readonly data: Uint8Array | string;
}

// Deflate works through the data this many bytes at a time, and lets the event loop run between
// pieces: an ONNX forest of 100 MB takes seconds to compress, and the server answering the
// download must keep answering everyone else meanwhile.
const PIECE_BYTES = 256 * 1024;
// Exported trees compress to a twentieth, weights hardly at all; level 6 is zlib's usual balance.
const LEVEL = 6;
// A regular file readable by all, writable by its owner (made on Unix), as unzip restores it.
const UNIX = 3;
const REGULAR_FILE_0644 = 0o100644 * 0x10000;

/**
 * A zip archive of `files`, in order, written with fflate's streaming Zip. Every entry gets the
 * same modification time, so the same files and time always give the same bytes.
 */
export async function zipArchive(files: readonly ArchiveFile[], modifiedAt: Date): Promise<Uint8Array> {
  const output: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else output.push(chunk);
  });
  const encoder = new TextEncoder();
  for (const file of files) {
    const entry = new ZipDeflate(file.path, { level: LEVEL });
    entry.mtime = modifiedAt;
    entry.os = UNIX;
    entry.attrs = REGULAR_FILE_0644;
    zip.add(entry);
    const bytes = typeof file.data === "string" ? encoder.encode(file.data) : file.data;
    for (let start = 0; ; start += PIECE_BYTES) {
      const end = Math.min(start + PIECE_BYTES, bytes.length);
      entry.push(bytes.subarray(start, end), end === bytes.length);
      if (end === bytes.length) break;
      await nextTurn();
    }
  }
  zip.end();
  if (failure) throw failure;
  return concatenate(output);
}

function concatenate(chunks: readonly Uint8Array[]): Uint8Array {
  const result = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    result.set(chunk, offset);
    offset += chunk.length;
  }
  return result;
}
