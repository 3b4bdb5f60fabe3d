import type { GradingJob } from "../../shared/grading/grading-job.js";
import type { parseHarnessReply } from "../../shared/grading/harness-reply.js";
import { runError, timeLimitMessage, type GradingResult } from "../../shared/grading/result.js";
import { takePythonWorker } from "./worker-handle.js";
import type { FromPythonWorker, ToPythonWorker } from "./worker-messages.js";

export type PythonPhase = "idle" | "loading" | "ready" | "running" | "failed";

export interface PythonState {
  readonly phase: PythonPhase;
  readonly percent: number;
  readonly label: string;
  /** Why loading failed, when it did. */
  readonly error: string | null;
  /** Whether Stop can interrupt Python in place (needs cross-origin isolation); otherwise it restarts it. */
  readonly canInterrupt: boolean;
}

const SIGINT = 2;
/** After interrupting, how long Python gets to unwind before the worker is replaced. */
const INTERRUPT_GRACE_MS = 700;

type Listener = () => void;
type ReplyParser = typeof parseHarnessReply;
interface Pending {
  readonly id: number;
  readonly token: string;
  readonly started: number;
  readonly timeLimitMs: number;
  readonly parseReply: ReplyParser;
  stoppedBy: "time" | "learner" | null;
  resolve(result: GradingResult): void;
  timers: number[];
}

/**
 * One Python worker for the whole visit: it starts loading as soon as a page that may need it
 * opens, survives navigation between pages, and is replaced when it dies or will not stop.
 */
class BrowserPython {
  private state: PythonState = { phase: "idle", percent: 0, label: "", error: null, canInterrupt: false };
  private listeners = new Set<Listener>();
  private worker: Worker | null = null;
  private interrupt: Int32Array | null = null;
  private ready: Promise<void> | null = null;
  private pending: Pending | null = null;
  private preparing = new Map<number, (problem: string | null) => void>();
  private nextId = 1;
  /**
   * Replies are checked with Zod, which the page need not compile while Python starts on the same
   * cores: the checker is fetched once Python is ready, or by the first run.
   */
  private replyParser: Promise<ReplyParser> | null = null;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): PythonState => this.state;

  private set(patch: Partial<PythonState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  /** Starts loading Python in the background (idempotent). */
  start(): Promise<void> {
    if (this.ready && this.state.phase !== "failed") return this.ready;
    this.ready = this.spawn();
    return this.ready;
  }

  private spawn(): Promise<void> {
    this.worker?.terminate();
    // Questions the old worker will never answer: nothing is known, so say nothing.
    for (const answer of this.preparing.values()) answer(null);
    this.preparing.clear();
    const handle = takePythonWorker();
    this.worker = handle.worker;
    this.interrupt = handle.interrupt;
    this.set({ phase: "loading", percent: 0, label: "Downloading Python", error: null, canInterrupt: handle.interrupt !== null });
    return new Promise<void>((resolve, reject) => {
      const onMessage = (message: FromPythonWorker) => {
        switch (message.type) {
          case "progress":
            this.set({ percent: message.percent, label: message.label });
            return;
          case "ready":
            this.set({ phase: this.pending ? "running" : "ready", percent: 100, label: "Python is ready" });
            this.loadReplyParser().catch(() => undefined);
            resolve();
            return;
          case "prepared":
            this.preparing.get(message.id)?.(message.problem);
            this.preparing.delete(message.id);
            return;
          case "load-failed":
            this.set({ phase: "failed", error: `Python could not be loaded: ${message.message}. Reload the page to try again.` });
            reject(new Error(message.message));
            return;
          default:
            this.onRunMessage(message);
        }
      };
      const onError = (event: ErrorEvent) => {
        event.preventDefault();
        if (this.state.phase === "loading") {
          this.set({ phase: "failed", error: `Python could not be loaded: ${event.message}. Reload the page to try again.` });
          reject(new Error(event.message));
        } else {
          this.finish(
            runError("browser", `Python crashed (${event.message}). It was restarted; run again.`, this.elapsed()),
            false,
          );
        }
      };
      handle.listen(onMessage, onError);
    });
  }

  private loadReplyParser(): Promise<ReplyParser> {
    if (!this.replyParser) {
      const loading = import("../../shared/grading/harness-reply.js").then((module) => module.parseHarnessReply);
      // A failed fetch (the server was stopped) is tried again by the next run.
      loading.catch(() => {
        if (this.replyParser === loading) this.replyParser = null;
      });
      this.replyParser = loading;
    }
    return this.replyParser;
  }

  private elapsed(): number {
    return this.pending ? Math.round(performance.now() - this.pending.started) : 0;
  }

  private onRunMessage(message: FromPythonWorker): void {
    const pending = this.pending;
    if (!pending || !("id" in message) || (message.id !== null && message.id !== pending.id)) return;
    if (message.type === "started") {
      // Packages load first; the time limit counts from when the tests start.
      pending.timers.push(window.setTimeout(() => this.stop("time"), pending.timeLimitMs));
      return;
    }
    if (message.type === "packages-missing") return this.finish(runError("browser", message.message, this.elapsed()), true);
    if (message.type === "fatal") {
      const ended = /exit\(/.test(message.message);
      return this.finish(
        runError(
          "browser",
          ended
            ? "Your code ended the Python interpreter (os._exit or similar) before the tests could report results. Python was restarted; remove that call and run again."
            : `Python crashed (${message.message}). It was restarted; run again.`,
          this.elapsed(),
        ),
        false,
      );
    }
    if (message.type !== "reply") return;
    const parsed = pending.parseReply(message.reply, pending.token);
    if (!parsed)
      return this.finish(
        runError("browser", "The test results did not arrive intact, so this run does not count. Run again.", this.elapsed()),
        false,
      );
    if (pending.stoppedBy)
      return this.finish(
        { ...parsed, status: "error", message: this.stopMessage(pending), durationMs: this.elapsed(), runtime: "browser" },
        true,
      );
    this.finish({ ...parsed, durationMs: this.elapsed(), runtime: "browser" }, true);
  }

  private stopMessage(pending: Pending): string {
    return pending.stoppedBy === "learner" ? "Stopped: you pressed Stop." : timeLimitMessage(pending.timeLimitMs);
  }

  private finish(result: GradingResult, healthy: boolean): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = null;
    pending.timers.forEach((timer) => clearTimeout(timer));
    pending.resolve(result);
    if (healthy) this.set({ phase: "ready" });
    else {
      this.ready = this.spawn();
      this.ready.catch(() => undefined);
    }
  }

  /**
   * Loads an exercise's packages ahead of Run: resolves with null when they are there, or with
   * what to do when the package index cannot provide them (a worker restart answers null, and
   * Run says it again if need be).
   */
  async prepare(requires: readonly string[]): Promise<string | null> {
    if (requires.length === 0 || !this.ready) return null;
    try {
      await this.ready;
    } catch {
      return null;
    }
    const worker = this.worker;
    if (!worker) return null;
    return new Promise((resolve) => {
      const id = this.nextId++;
      this.preparing.set(id, resolve);
      const message: ToPythonWorker = { type: "prepare", id, requires };
      worker.postMessage(message);
    });
  }

  /** Grades a job; resolves with a result whatever happens (never rejects). */
  async run(job: GradingJob, requires: readonly string[]): Promise<GradingResult> {
    if (!this.ready) return runError("browser", "Python has not been started yet.", 0);
    if (this.pending) return runError("browser", "Python is still busy with the previous run; press Stop first.", 0);
    const started = performance.now();
    try {
      await this.ready;
    } catch {
      return runError("browser", this.state.error ?? "Python could not be loaded.", 0);
    }
    let parseReply: ReplyParser;
    try {
      parseReply = await this.loadReplyParser();
    } catch {
      return runError(
        "browser",
        "Stepwise could not load the code that reads test results: is its server still running? Run again.",
        0,
      );
    }
    const worker = this.worker;
    if (!worker) return runError("browser", "Python is not running.", 0);
    return new Promise<GradingResult>((resolve) => {
      const id = this.nextId++;
      const token = Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, "0")).join("");
      const pending: Pending = {
        id,
        token,
        started,
        timeLimitMs: job.timeLimitMs,
        parseReply,
        stoppedBy: null,
        resolve,
        timers: [],
      };
      this.pending = pending;
      this.set({ phase: "running" });
      if (this.interrupt) Atomics.store(this.interrupt, 0, 0);
      const message: ToPythonWorker = {
        type: "run",
        id,
        job,
        requires,
        seed: crypto.getRandomValues(new Uint32Array(1))[0] ?? 1,
        token,
      };
      worker.postMessage(message);
    });
  }

  /** Stops the running program: interrupts Python, and replaces the worker if it does not stop in time. */
  stop(by: "time" | "learner" = "learner"): void {
    const pending = this.pending;
    if (!pending || pending.stoppedBy) return;
    pending.stoppedBy = by;
    if (this.interrupt) {
      Atomics.store(this.interrupt, 0, SIGINT);
      pending.timers.push(
        window.setTimeout(
          () => this.finish(runError("browser", this.stopMessage(pending), this.elapsed()), false),
          INTERRUPT_GRACE_MS,
        ),
      );
    } else {
      this.finish(runError("browser", this.stopMessage(pending), this.elapsed()), false);
    }
  }
}

export const browserPython = new BrowserPython();
