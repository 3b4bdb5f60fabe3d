import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** What the test server saw: each request's path and Range header. */
export interface SeenRequest {
  readonly path: string;
  readonly range: string | undefined;
}

/** A local file server for download tests, with Range support and switches to misbehave. */
export interface ArchiveServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  readonly requests: SeenRequest[];
  url(path: string): string;
  /** The next response sends this many body bytes, then the connection is cut. */
  cutNextAfter(bytes: number): void;
  /** The next response sends this many body bytes, then nothing more (a stalled server). */
  stallNextAfter(bytes: number): void;
  /** Answer range requests with the whole file (200), like servers without range support. */
  ignoreRanges: boolean;
  /** The next range request gets 416 (Range Not Satisfiable), as when the file changed on the server. */
  refuseNextRange(): void;
  /** `from` answers 302 to `to`. */
  redirect(from: string, to: string): void;
  /** From now on, send bodies `bytes` at a time every `everyMs` — a slow link, so progress can be watched. */
  throttle(bytes: number, everyMs: number): void;
  close(): Promise<void>;
}

/** Serves `files` (path → bytes) on 127.0.0.1 and a free port. */
export async function startArchiveServer(files: Record<string, Buffer>): Promise<ArchiveServer> {
  const requests: SeenRequest[] = [];
  const redirects = new Map<string, string>();
  let cut: number | null = null;
  let stall: number | null = null;
  let refuseRange = false;
  let pace: { bytes: number; everyMs: number } | null = null;
  const state = { ignoreRanges: false };

  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    const range = request.headers.range;
    requests.push({ path, range });
    const target = redirects.get(path);
    if (target) {
      response.writeHead(302, { Location: target }).end();
      return;
    }
    const file = files[path];
    if (!file) {
      response.writeHead(404, { "Content-Type": "text/plain" }).end("not here");
      return;
    }
    let start = 0;
    const match = /^bytes=(\d+)-$/.exec(range ?? "");
    if (match && !state.ignoreRanges) {
      start = Number(match[1]);
      if (start >= file.length || refuseRange) {
        refuseRange = false;
        response.writeHead(416, { "Content-Range": `bytes */${file.length}` }).end();
        return;
      }
      response.writeHead(206, {
        "Content-Range": `bytes ${start}-${file.length - 1}/${file.length}`,
        "Content-Length": file.length - start,
        "Accept-Ranges": "bytes",
      });
    } else {
      response.writeHead(200, { "Content-Length": file.length, "Accept-Ranges": "bytes" });
    }
    const rest = file.subarray(start);
    if (cut !== null) {
      const bytes = cut;
      cut = null;
      // Destroy only once the bytes are handed to the kernel, so the client receives them.
      response.write(rest.subarray(0, bytes), () => response.destroy());
      return;
    }
    if (stall !== null) {
      const bytes = stall;
      stall = null;
      response.write(rest.subarray(0, bytes));
      return;
    }
    if (pace) {
      const { bytes, everyMs } = pace;
      let sent = 0;
      const timer = setInterval(() => {
        const chunk = rest.subarray(sent, sent + bytes);
        sent += chunk.length;
        if (sent >= rest.length) {
          clearInterval(timer);
          response.end(chunk);
        } else response.write(chunk);
      }, everyMs);
      response.on("close", () => clearInterval(timer));
      return;
    }
    response.end(rest);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    requests,
    url: (path) => `${origin}${path}`,
    cutNextAfter(bytes) {
      cut = bytes;
    },
    stallNextAfter(bytes) {
      stall = bytes;
    },
    get ignoreRanges() {
      return state.ignoreRanges;
    },
    set ignoreRanges(value: boolean) {
      state.ignoreRanges = value;
    },
    refuseNextRange() {
      refuseRange = true;
    },
    redirect(from, to) {
      redirects.set(from, to);
    },
    throttle(bytes, everyMs) {
      pace = { bytes, everyMs };
    },
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
