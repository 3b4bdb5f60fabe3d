import { gzipSync } from "node:zlib";

/** A member of a test archive: a file (the default), a directory or a symbolic link. */
export interface TarMember {
  readonly path: string;
  readonly data?: string | Buffer;
  readonly type?: "file" | "directory" | "symlink";
  readonly linkTarget?: string;
}

/**
 * How names longer than the 100-byte field are stored: GNU `L` members (GNU tar's default), pax `x`
 * members (POSIX), or the ustar prefix field (up to 255 bytes, split at a slash).
 */
export type LongNames = "gnu" | "pax" | "ustar-prefix";

const BLOCK = 512;
const TYPE_FLAGS = { file: "0", directory: "5", symlink: "2" } as const;

function octal(block: Buffer, start: number, length: number, value: number): void {
  block.write(`${value.toString(8).padStart(length - 1, "0")}\0`, start, length, "latin1");
}

function header(
  fields: { name: string; size: number; type: string; linkTarget?: string; prefix?: string },
  format: "gnu" | "ustar",
): Buffer {
  const block = Buffer.alloc(BLOCK);
  block.write(fields.name, 0, 100, "utf8");
  octal(block, 100, 8, fields.type === "5" ? 0o755 : 0o644);
  octal(block, 108, 8, 1000);
  octal(block, 116, 8, 1000);
  octal(block, 124, 12, fields.size);
  octal(block, 136, 12, 1_300_000_000);
  block.write(fields.type, 156, 1, "latin1");
  block.write(fields.linkTarget ?? "", 157, 100, "utf8");
  // GNU's magic is "ustar  \0"; POSIX's is "ustar\0" then version "00", and only POSIX has the prefix.
  if (format === "gnu") block.write("ustar  \0", 257, 8, "latin1");
  else {
    block.write("ustar\0", 257, 6, "latin1");
    block.write("00", 263, 2, "latin1");
    block.write(fields.prefix ?? "", 345, 155, "utf8");
  }
  block.fill(0x20, 148, 156);
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(`${sum.toString(8).padStart(6, "0")}\0 `, 148, 8, "latin1");
  return block;
}

const body = (data: Buffer) => Buffer.concat([data, Buffer.alloc((BLOCK - (data.length % BLOCK)) % BLOCK)]);

/** `<length> path=<value>\n`, where the length counts its own digits. */
function paxRecord(key: string, value: string): Buffer {
  const rest = Buffer.byteLength(` ${key}=${value}\n`);
  let length = rest;
  while (String(length).length + rest !== length) length = String(length).length + rest;
  return Buffer.from(`${length} ${key}=${value}\n`);
}

/** An uncompressed tar archive of `members`, ended by two zero blocks. For tests of the tar reader. */
export function tarArchive(members: readonly TarMember[], longNames: LongNames = "gnu"): Buffer {
  const parts: Buffer[] = [];
  const format = longNames === "gnu" ? "gnu" : "ustar";
  for (const member of members) {
    const type = TYPE_FLAGS[member.type ?? "file"];
    const data = member.type === "file" || member.type === undefined ? Buffer.from(member.data ?? "") : Buffer.alloc(0);
    let name = member.path;
    let prefix = "";
    if (Buffer.byteLength(name) > 100) {
      if (longNames === "gnu") {
        const long = Buffer.from(`${name}\0`);
        parts.push(header({ name: "././@LongLink", size: long.length, type: "L" }, "gnu"), body(long));
      } else if (longNames === "pax") {
        const records = paxRecord("path", name);
        parts.push(header({ name: `PaxHeader/${name.slice(-80)}`, size: records.length, type: "x" }, "ustar"), body(records));
      } else {
        const slash = name.lastIndexOf("/", 155);
        if (slash <= 0 || Buffer.byteLength(name.slice(slash + 1)) > 100) throw new Error(`test setup: cannot split ${name}`);
        prefix = name.slice(0, slash);
        name = name.slice(slash + 1);
      }
      if (longNames !== "ustar-prefix") name = name.slice(0, 100);
    }
    const fields = { name, size: data.length, type, prefix, ...(member.linkTarget ? { linkTarget: member.linkTarget } : {}) };
    parts.push(header(fields, format), body(data));
  }
  parts.push(Buffer.alloc(BLOCK * 2));
  return Buffer.concat(parts);
}

/** {@link tarArchive}, gzipped: the `.tar.gz` the downloader fetches. */
export function tarGzArchive(members: readonly TarMember[], longNames: LongNames = "gnu"): Buffer {
  return gzipSync(tarArchive(members, longNames));
}
