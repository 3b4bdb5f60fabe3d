import { gzipSync } from "node:zlib";
import { pack } from "tar-stream";

/** A member of a test archive: a file (the default), a directory or a symbolic link. */
export interface TarMember {
  readonly path: string;
  readonly data?: string | Buffer;
  readonly type?: "file" | "directory" | "symlink";
  readonly linkTarget?: string;
}

/**
 * An uncompressed tar archive of `members`, written by tar-stream: a name longer than the 100-byte
 * field goes in the ustar prefix when it splits at a slash, else in a pax header. Timestamps are
 * fixed, so the same members always give the same bytes.
 */
export async function tarArchive(members: readonly TarMember[]): Promise<Buffer> {
  const archive = pack();
  const chunks: Buffer[] = [];
  const written = (async () => {
    for await (const chunk of archive) chunks.push(chunk as Buffer);
  })();
  for (const { path, data, type = "file", linkTarget } of members) {
    const header = { name: path, type, mode: type === "directory" ? 0o755 : 0o644, mtime: new Date(1_300_000_000_000) };
    if (type === "file") archive.entry(header, Buffer.from(data ?? ""));
    else archive.entry({ ...header, ...(linkTarget ? { linkname: linkTarget } : {}) });
  }
  archive.finalize();
  await written;
  return Buffer.concat(chunks);
}

/** {@link tarArchive}, gzipped: the `.tar.gz` the downloader fetches. */
export async function tarGzArchive(members: readonly TarMember[]): Promise<Buffer> {
  return gzipSync(await tarArchive(members));
}
