import { Agent, request } from "node:http";

/** One request as the load test saw it. */
export interface Sample {
  /** Method and route template, e.g. `PUT /api/progress/topics/:topicId`. */
  readonly route: string;
  /** The HTTP status, or 0 when no answer came (refused, reset, timed out). */
  readonly status: number;
  readonly ms: number;
  /** The server's message (or the connection's error) when the request failed. */
  readonly error: string | null;
}

export interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/** What the load balancer in front of the instances would pass through: the public host and the page's origin. */
export interface Site {
  readonly publicUrl: string;
  /** The instances' base URLs; requests take turns between them, as a round-robin load balancer would. */
  readonly instances: readonly string[];
}

const TIMEOUT_MS = 30_000;

/**
 * A keep-alive HTTP client for one simulated learner: every request carries their session cookie,
 * the public Host and the page's Origin (as behind a load balancer), and is recorded as a Sample.
 */
export class LoadClient {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 4 });
  private turn: number;
  cookie = "";

  constructor(
    private readonly site: Site,
    private readonly record: (sample: Sample) => void,
    first: number,
  ) {
    this.turn = first;
  }

  /** Sends a request to the next instance; `route` names it in the report. Null when no answer came. */
  async send(
    route: string,
    method: string,
    path: string,
    body?: { readonly type: string; readonly text: string },
  ): Promise<Answer | null> {
    const base = this.site.instances[this.turn % this.site.instances.length] as string;
    this.turn += 1;
    const started = performance.now();
    try {
      const answer = await this.exchange(new URL(path, base), method, body);
      const ms = performance.now() - started;
      const failed = answer.status >= 400;
      this.record({ route, status: answer.status, ms, error: failed ? messageOf(answer.body) : null });
      return answer;
    } catch (error) {
      this.record({ route, status: 0, ms: performance.now() - started, error: (error as Error).message });
      return null;
    }
  }

  close(): void {
    this.agent.destroy();
  }

  private exchange(url: URL, method: string, body?: { readonly type: string; readonly text: string }): Promise<Answer> {
    const publicUrl = new URL(this.site.publicUrl);
    const headers: Record<string, string> = { host: publicUrl.host, origin: publicUrl.origin };
    if (this.cookie) headers.cookie = this.cookie;
    if (body) {
      headers["content-type"] = body.type;
      headers["content-length"] = String(Buffer.byteLength(body.text));
    }
    return new Promise((resolve, reject) => {
      const outgoing = request(url, { method, headers, agent: this.agent, timeout: TIMEOUT_MS }, (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
        incoming.on("end", () =>
          resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body: Buffer.concat(chunks).toString("utf8") }),
        );
        incoming.on("error", reject);
      });
      outgoing.on("timeout", () => outgoing.destroy(new Error(`no answer within ${TIMEOUT_MS / 1000} s`)));
      outgoing.on("error", reject);
      outgoing.end(body?.text);
    });
  }
}

/** The `message` of a JSON error, else the body's start. */
function messageOf(body: string): string {
  try {
    const parsed = JSON.parse(body) as { message?: unknown };
    if (typeof parsed.message === "string") return parsed.message;
  } catch {
    // Not JSON: the start of the body says enough.
  }
  return body.slice(0, 200);
}

/** A JSON body. */
export const json = (value: unknown) => ({ type: "application/json", text: JSON.stringify(value) });
