import { Tensor } from "onnxruntime-node";

export type Feeds = Readonly<Record<string, Tensor>>;
export type Results = Readonly<Record<string, Tensor>>;

interface Pending {
  readonly feeds: Feeds;
  readonly rows: number;
  resolve(results: Results): void;
  reject(error: unknown): void;
}

export interface BatcherOptions {
  /** The longest the first request of a batch waits for others; 0 runs every request on its own. */
  readonly windowMs: number;
  /** A batch runs at once when it holds this many rows. */
  readonly maxRows: number;
  /** Whether the model takes and gives a batch dimension first, so requests can be stacked. */
  readonly batchable: boolean;
}

const rowsOf = (feeds: Feeds): number => Object.values(feeds)[0]?.dims[0] ?? 0;
/** Requests stack only when every input has the same size beyond the batch dimension. */
const stackKey = (feeds: Feeds): string =>
  Object.entries(feeds)
    .map(([name, tensor]) => `${name}:${tensor.type}:${tensor.dims.slice(1).join("x")}`)
    .join("|");

function concat(tensors: readonly Tensor[]): Tensor {
  const first = tensors[0] as Tensor;
  const rows = tensors.reduce((total, tensor) => total + (tensor.dims[0] ?? 0), 0);
  const dims = [rows, ...first.dims.slice(1)];
  if (first.type === "string")
    return new Tensor(
      "string",
      tensors.flatMap((tensor) => tensor.data as string[]),
      dims,
    );
  const data = first.data as Float32Array;
  const joined = new (data.constructor as new (length: number) => Float32Array)(tensors.reduce((n, t) => n + t.size, 0));
  let offset = 0;
  for (const tensor of tensors) {
    joined.set(tensor.data as Float32Array, offset);
    offset += tensor.size;
  }
  return new Tensor(first.type, joined, dims);
}

function slice(tensor: Tensor, from: number, rows: number): Tensor {
  const rowSize = tensor.dims.slice(1).reduce((size, dim) => size * dim, 1);
  const start = from * rowSize;
  const end = start + rows * rowSize;
  const data = tensor.data as Float32Array | string[];
  // A view, not a copy: each request's rows of the batch's output are only read once, to answer it.
  const rowsData = Array.isArray(data) ? data.slice(start, end) : data.subarray(start, end);
  return new Tensor(tensor.type, rowsData as Float32Array, [rows, ...tensor.dims.slice(1)]);
}

/**
 * Dynamic batching, as Triton does it: requests to one model version that arrive close together
 * run as one onnxruntime call, and each gets its own rows of the results back. One call for many
 * small requests is what lets a single process serve far more of them.
 *
 * A batch stays open while requests keep coming: after every turn of the event loop that brought
 * one more, it waits one more turn; it runs after a turn that brought none, at the latest once the
 * window has passed. A fixed wait for the whole window would hold every request back by it: with
 * clients that send their next request once answered, that wait, not the CPU, bounded throughput
 * (bench/README.md, 2026-12-04). A lone request waits for one turn, not for the window.
 */
export class Batcher {
  private pending: Pending[] = [];
  private pendingRows = 0;
  /** The next look at whether the open batch is still growing. */
  private nextLook: NodeJS.Immediate | undefined;
  private openedAt = 0;
  /** How many requests the batch held at the last look. */
  private heldAtLastLook = 0;

  constructor(
    private readonly run: (feeds: Feeds) => Promise<Results>,
    private readonly options: BatcherOptions,
  ) {}

  /** Runs `feeds`, alone or stacked with requests that arrive in the same window. */
  submit(feeds: Feeds): Promise<Results> {
    if (!this.options.batchable || this.options.windowMs <= 0) return this.run(feeds);
    return new Promise<Results>((resolve, reject) => {
      const rows = rowsOf(feeds);
      this.pending.push({ feeds, rows, resolve, reject });
      this.pendingRows += rows;
      if (this.pendingRows >= this.options.maxRows) this.flush();
      else if (!this.nextLook) {
        this.openedAt = performance.now();
        this.heldAtLastLook = 0;
        this.nextLook = setImmediate(() => this.lookAgain());
      }
    });
  }

  /** Runs at the end of a turn of the event loop: waits one more turn if the batch grew in this one. */
  private lookAgain(): void {
    const grew = this.pending.length > this.heldAtLastLook;
    if (grew && performance.now() - this.openedAt < this.options.windowMs) {
      this.heldAtLastLook = this.pending.length;
      this.nextLook = setImmediate(() => this.lookAgain());
    } else this.flush();
  }

  private flush(): void {
    clearImmediate(this.nextLook);
    this.nextLook = undefined;
    const batch = this.pending;
    this.pending = [];
    this.pendingRows = 0;
    const groups = new Map<string, Pending[]>();
    for (const request of batch) {
      const key = stackKey(request.feeds);
      const group = groups.get(key);
      if (group) group.push(request);
      else groups.set(key, [request]);
    }
    for (const group of groups.values()) void this.runGroup(group);
  }

  private async runGroup(group: readonly Pending[]): Promise<void> {
    const only = group[0];
    if (group.length === 1 && only) {
      await this.run(only.feeds).then(only.resolve, only.reject);
      return;
    }
    try {
      const names = Object.keys(group[0]?.feeds ?? {});
      const feeds = Object.fromEntries(
        names.map((name) => [name, concat(group.map((request) => request.feeds[name] as Tensor))]),
      );
      const total = group.reduce((sum, request) => sum + request.rows, 0);
      const results = await this.run(feeds);
      if (Object.values(results).some((tensor) => tensor.dims[0] !== total)) {
        // The model does not keep rows apart after all: run each request on its own.
        await Promise.all(group.map((request) => this.run(request.feeds).then(request.resolve, request.reject)));
        return;
      }
      let from = 0;
      for (const request of group) {
        request.resolve(
          Object.fromEntries(Object.entries(results).map(([name, tensor]) => [name, slice(tensor, from, request.rows)])),
        );
        from += request.rows;
      }
    } catch (error) {
      for (const request of group) request.reject(error);
    }
  }
}
