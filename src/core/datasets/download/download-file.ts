import { createHash, type Hash } from "node:crypto";
import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, rename, rm, stat } from "node:fs/promises";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { basename, dirname } from "node:path";

/** The setting that points downloads at another server; named in every failure's advice. */
export const MIRROR_SETTING = "STEPWISE_DATASET_MIRROR";

const MAX_REDIRECTS = 5;
const DEFAULT_IDLE_TIMEOUT_MS = 30_000;
const DEFAULT_RESUME_ATTEMPTS = 3;

export interface DownloadRequest {
  /** Where to fetch the file from (the catalog's URL, or the mirror's). */
  readonly url: string;
  /** When `url` is a mirror: the catalog's own URL, for the advice on failure. */
  readonly mirrorOf?: string | undefined;
  /** The final path; the transfer goes to `<destination>.part` and is renamed only once verified. */
  readonly destination: string;
  /** The expected SHA-256, 64 lower-case hex digits. */
  readonly sha256: string;
  /** The expected size, for progress before the server says and to stop a server that sends too much. */
  readonly expectedBytes: number;
  readonly onProgress?: ((receivedBytes: number, totalBytes: number) => void) | undefined;
  /** Give up when no data arrives for this long (default 30 s). */
  readonly idleTimeoutMs?: number | undefined;
  /** How often a transfer cut after some progress resumes by itself (default 3). */
  readonly resumeAttempts?: number | undefined;
  readonly signal?: AbortSignal | undefined;
}

export interface DownloadResult {
  readonly path: string;
  /** False when a verified file was already at `destination` (downloaded before, or put there by hand). */
  readonly downloaded: boolean;
}

/** A download that failed; the message names the URL and says what to do. */
export class DownloadError extends Error {
  override readonly name = "DownloadError";
}

/** A failure of one attempt, before it is turned into a {@link DownloadError} with advice. */
class AttemptFailure extends Error {
  constructor(
    readonly reason: string,
    /** Worth resuming right away if the attempt made progress (a cut connection, a stall). */
    readonly transient: boolean,
  ) {
    super(reason);
  }
}

/** The server refused our range or answered for another one: drop the part and start from zero. */
class StartOver extends AttemptFailure {
  constructor(reason: string) {
    super(reason, false);
  }
}

/** What the file is, how far we are, and whether this attempt moved forward. */
interface Progress {
  /** Bytes already in the part file when this attempt began. */
  before: number;
  /** Bytes received by this attempt. */
  received: number;
}

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/**
 * Fetches `url` into `destination`, verified by SHA-256:
 * - a verified file already at `destination` is used as is (no network);
 * - the transfer goes to `<destination>.part`; an existing part is hashed and resumed with
 *   `Range: bytes=N-` (a server that ignores the range answers 200 and we start over; 416 → start over);
 * - a transfer cut after some progress resumes by itself, up to `resumeAttempts` times;
 * - the part becomes `destination` only when its digest matches; on a mismatch it is deleted.
 * Redirects are followed (up to 5). Every failure is a {@link DownloadError} naming the URL and what to do.
 */
export async function downloadFile(request: DownloadRequest): Promise<DownloadResult> {
  const { destination, sha256 } = request;
  if (await exists(destination)) {
    const { hash } = await hashFile(destination);
    const actual = hash.digest("hex");
    if (actual === sha256) return { path: destination, downloaded: false };
    throw new DownloadError(
      `${destination} is there but is not the expected file: its SHA-256 is ${actual}, expected ${sha256}. ` +
        `It is damaged or another version of the file; delete it and download again.`,
    );
  }
  await mkdir(dirname(destination), { recursive: true });
  const part = `${destination}.part`;
  let resumes = 0;
  let restarts = 0;
  for (;;) {
    const progress: Progress = { before: 0, received: 0 };
    try {
      await transfer(request, part, progress);
      break;
    } catch (error) {
      // Bounded, so a server that keeps answering 416 or a wrong range cannot loop us forever.
      if (error instanceof StartOver && restarts < 2) {
        restarts += 1;
        continue;
      }
      if (error instanceof DownloadError) throw error;
      if (request.signal?.aborted) throw new DownloadError(`The download of ${request.url} was cancelled.`);
      const failure = asAttemptFailure(error, request, progress);
      if (failure.transient && progress.received > 0 && resumes < (request.resumeAttempts ?? DEFAULT_RESUME_ATTEMPTS)) {
        resumes += 1;
        continue;
      }
      throw new DownloadError(`Could not download ${request.url}: ${failure.reason}. ${advice(request)}`);
    }
  }
  await rename(part, destination);
  return { path: destination, downloaded: true };
}

/** What the learner can do about a failed download: retry, a mirror, or the file put in place by hand. */
function advice(request: DownloadRequest): string {
  const file = basename(request.destination);
  const mirror = request.mirrorOf
    ? `check that ${MIRROR_SETTING} points at a server that has ${file}`
    : `set ${MIRROR_SETTING} to a server that has ${file} (an offline or classroom copy)`;
  const elsewhere = request.mirrorOf ?? request.url;
  return (
    `Try again (a partial download resumes where it stopped); or ${mirror}; or download ${elsewhere} on another machine ` +
    `and put it at ${request.destination} — Stepwise checks its SHA-256 and uses it.`
  );
}

/** One request: resume or start the part file, stream it to disk while hashing, verify at the end. */
async function transfer(request: DownloadRequest, part: string, progress: Progress): Promise<void> {
  let { hash, bytes: offset } = await hashFile(part);
  if (offset > request.expectedBytes) {
    await rm(part, { force: true });
    ({ hash, bytes: offset } = { hash: createHash("sha256"), bytes: 0 });
  }
  if (offset === request.expectedBytes) {
    // A complete part from an earlier run that stopped before the rename.
    if (hash.copy().digest("hex") === request.sha256) return;
    await rm(part, { force: true });
    ({ hash, bytes: offset } = { hash: createHash("sha256"), bytes: 0 });
  }
  progress.before = offset;
  if (offset > 0) request.onProgress?.(offset, request.expectedBytes);

  const response = await open(request, offset > 0 ? { Range: `bytes=${offset}-` } : {});
  const status = response.statusCode ?? 0;
  let append = false;
  if (status === 206) {
    const range = parseContentRange(response.headers["content-range"]);
    if (range?.start !== offset) {
      response.resume();
      await rm(part, { force: true });
      throw new StartOver(
        `the server answered a request for bytes ${offset}- with "${response.headers["content-range"] ?? "no range"}"`,
      );
    }
    append = offset > 0;
  } else if (status === 416 && offset > 0) {
    // Our part is not a prefix the server recognises (the file changed, or the part is bad).
    response.resume();
    await rm(part, { force: true });
    throw new StartOver(`the server refused to resume from byte ${offset} (416)`);
  } else if (status !== 200) {
    response.resume();
    throw new AttemptFailure(`the server answered ${status} ${response.statusMessage ?? ""}`.trim(), status >= 500);
  }
  if (!append) {
    // 200 to a range request: the server ignored it and sends the whole file, so the part is discarded.
    hash = createHash("sha256");
    offset = 0;
    progress.before = 0;
  }
  const total = Math.max(request.expectedBytes, offset + Number(response.headers["content-length"] ?? 0));
  const out = createWriteStream(part, { flags: append ? "a" : "w" });
  // A write error (a full disk) must not crash the process between chunks; it is thrown below.
  let writeError: Error | undefined;
  out.on("error", (error) => (writeError ??= error));
  let tooLarge = false;
  try {
    for await (const chunk of response as AsyncIterable<Buffer>) {
      if (writeError) throw writeError;
      const size = progress.before + progress.received + chunk.length;
      if (size > request.expectedBytes) {
        tooLarge = true;
        break;
      }
      hash.update(chunk);
      progress.received += chunk.length;
      request.onProgress?.(size, total);
      if (!out.write(chunk)) await once(out, "drain");
    }
  } finally {
    // Flush what arrived before any failure: those bytes are what the next attempt resumes from.
    await new Promise<void>((resolve) => out.end(() => resolve()));
  }
  if (writeError) throw writeError;
  if (tooLarge) {
    await rm(part, { force: true });
    throw new AttemptFailure(`the server sent more than the expected ${request.expectedBytes} bytes`, false);
  }
  const size = progress.before + progress.received;
  // Without a Content-Length a cut connection looks like a normal end: the size tells them apart.
  if (size < request.expectedBytes) {
    throw new AttemptFailure(`the connection ended after ${megabytes(size)} of ${megabytes(request.expectedBytes)}`, true);
  }
  const actual = hash.digest("hex");
  if (actual !== request.sha256) {
    await rm(part, { force: true });
    throw new DownloadError(
      `The file downloaded from ${request.url} does not match its checksum: expected SHA-256 ${request.sha256}, got ${actual}. ` +
        `It was deleted: the transfer was damaged or the server holds another version of the file. ${advice(request)}`,
    );
  }
}

/** GET with redirects followed, an idle timeout, and no connection kept alive afterwards. */
async function open(request: DownloadRequest, headers: Record<string, string>): Promise<IncomingMessage> {
  let url = new URL(request.url);
  for (let hop = 0; ; hop++) {
    const response = await get(url, headers, request.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS, request.signal);
    const location = response.headers.location;
    if ([301, 302, 303, 307, 308].includes(response.statusCode ?? 0) && location) {
      response.resume();
      if (hop >= MAX_REDIRECTS) throw new AttemptFailure(`more than ${MAX_REDIRECTS} redirects (the last to ${location})`, false);
      url = new URL(location, url);
      continue;
    }
    return response;
  }
}

function get(url: URL, headers: Record<string, string>, idleTimeoutMs: number, signal: AbortSignal | undefined) {
  return new Promise<IncomingMessage>((resolve, reject) => {
    const client = url.protocol === "https:" ? https : url.protocol === "http:" ? http : null;
    if (!client) {
      reject(new AttemptFailure(`${url.protocol} URLs are not supported; use http:// or https://`, false));
      return;
    }
    // agent: false — one connection per request, closed after, so nothing lingers in a pool
    // (which would keep the CLI alive and tests' servers open).
    const req = client.get(url, {
      headers: { "User-Agent": "stepwise", ...headers },
      agent: false,
      ...(signal ? { signal } : {}),
    });
    let response: IncomingMessage | undefined;
    // The socket's idle timer covers connecting, waiting for headers and every pause in the body.
    req.setTimeout(idleTimeoutMs, () => {
      const failure = new AttemptFailure(`no data arrived for ${idleTimeoutMs / 1000} s (timeout)`, true);
      response?.destroy(failure);
      req.destroy(failure);
    });
    req.on("response", (value) => {
      response = value;
      resolve(value);
    });
    req.on("error", reject);
  });
}

/** Node's network errors, said in words, with their code for searching. */
function asAttemptFailure(error: unknown, request: DownloadRequest, progress: Progress): AttemptFailure {
  if (error instanceof AttemptFailure) return error;
  const code = (error as NodeJS.ErrnoException).code ?? "";
  const message = (error as Error).message ?? String(error);
  let host = "the server";
  try {
    host = new URL(request.url).host;
  } catch {
    // An unparsable URL is reported by the message below.
  }
  const got = progress.before + progress.received;
  switch (code) {
    case "ENOTFOUND":
    case "EAI_AGAIN":
    case "EAI_FAIL":
      return new AttemptFailure(`the host ${host} cannot be found (${code}); this machine may be offline`, false);
    case "ECONNREFUSED":
      return new AttemptFailure(`${host} refused the connection (${code})`, false);
    case "EHOSTUNREACH":
    case "ENETUNREACH":
    case "ENETDOWN":
      return new AttemptFailure(`the network cannot reach ${host} (${code}); this machine may be offline`, false);
    case "ETIMEDOUT":
      return new AttemptFailure(`the connection to ${host} timed out (${code})`, true);
    case "ECONNRESET":
    case "EPIPE":
    case "ECONNABORTED":
    case "ERR_STREAM_PREMATURE_CLOSE":
      return new AttemptFailure(
        `the connection was cut after ${megabytes(got)} of ${megabytes(request.expectedBytes)} (${code || message})`,
        true,
      );
    case "ABORT_ERR":
      return new AttemptFailure("the download was cancelled", false);
    case "ERR_INVALID_URL":
      return new AttemptFailure(`"${request.url}" is not a valid URL`, false);
    case "ENOSPC":
      return new AttemptFailure(`the disk is full (${code}); free some space`, false);
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return new AttemptFailure(
        `Stepwise may not write ${dirname(request.destination)} (${code}); check the data directory`,
        false,
      );
    default:
      if (/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code)) {
        return new AttemptFailure(
          `the TLS certificate of ${host} could not be verified (${code}); a proxy may be in the way`,
          false,
        );
      }
      return new AttemptFailure(code ? `${message} (${code})` : message, code === "" && /aborted|socket hang up/i.test(message));
  }
}

/** `bytes <start>-<end>/<total>` → its numbers. */
function parseContentRange(header: string | undefined): { start: number; end: number; total: number | null } | null {
  const match = /^bytes (\d+)-(\d+)\/(\d+|\*)$/.exec(header?.trim() ?? "");
  if (!match) return null;
  return { start: Number(match[1]), end: Number(match[2]), total: match[3] === "*" ? null : Number(match[3]) };
}

/** Hashes what is already on disk (nothing, if the file does not exist), to resume or to verify. */
async function hashFile(path: string): Promise<{ hash: Hash; bytes: number }> {
  const hash = createHash("sha256");
  let bytes = 0;
  try {
    for await (const chunk of createReadStream(path)) {
      hash.update(chunk as Buffer);
      bytes += (chunk as Buffer).length;
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { hash: createHash("sha256"), bytes: 0 };
    throw error;
  }
  return { hash, bytes };
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
