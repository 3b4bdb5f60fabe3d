import { rmSync } from "node:fs";
import { InferenceSession, Tensor } from "onnxruntime-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeOnnxFixtures } from "../../test-support/onnx-fixtures.js";
import { Batcher, type Feeds } from "./batcher.js";

const fixtures = writeOnnxFixtures();
afterAll(() => rmSync(fixtures.dir, { recursive: true, force: true }));

describe("dynamic batching", () => {
  let session: InferenceSession;
  let calls = 0;
  const run = (feeds: Feeds) => {
    calls += 1;
    return session.run(feeds);
  };
  beforeAll(async () => {
    session = await InferenceSession.create(fixtures.read("classifier"));
  });
  afterAll(() => session.release());

  const request = (n: number, rows = 1): Feeds => ({
    input: new Tensor(
      "float32",
      Float32Array.from({ length: rows * 8 }, (_, i) => Math.cos(n * 13 + i)),
      [rows, 8],
    ),
  });

  it("runs requests that arrive within the window as one call, and gives each its own rows", async () => {
    const alone = await Promise.all(Array.from({ length: 10 }, (_, n) => session.run(request(n, 1 + (n % 3)))));
    calls = 0;
    const batcher = new Batcher(run, { windowMs: 5, maxRows: 512, batchable: true });
    const batched = await Promise.all(Array.from({ length: 10 }, (_, n) => batcher.submit(request(n, 1 + (n % 3)))));
    expect(calls).toBe(1);
    batched.forEach((results, n) => {
      expect(results.label?.dims).toEqual(alone[n]?.label?.dims);
      expect(Array.from(results.label?.data as BigInt64Array)).toEqual(Array.from(alone[n]?.label?.data as BigInt64Array));
      expect(Array.from(results.probabilities?.data as Float32Array)).toEqual(
        Array.from(alone[n]?.probabilities?.data as Float32Array),
      );
    });
  });

  /**
   * Submits one request per turn of the event loop, as requests trickling in would, for as long as
   * `more(sent, elapsedMs)` says; resolves once every answer is in, with how many were sent.
   */
  const trickle = async (batcher: Batcher, more: (sent: number, elapsedMs: number) => boolean) => {
    const started = performance.now();
    const answers: Promise<unknown>[] = [];
    await new Promise<void>((resolve) => {
      const next = () => {
        answers.push(batcher.submit(request(answers.length)));
        if (more(answers.length, performance.now() - started)) setImmediate(next);
        else resolve();
      };
      next();
    });
    await Promise.all(answers);
    return answers.length;
  };

  it("keeps a batch open while requests keep arriving, turn after turn", async () => {
    calls = 0;
    await trickle(new Batcher(run, { windowMs: 60_000, maxRows: 512, batchable: true }), (sent) => sent < 6);
    expect(calls).toBe(1);
  });

  it("does not hold a lone request for the window", async () => {
    calls = 0;
    const batcher = new Batcher(run, { windowMs: 60_000, maxRows: 512, batchable: true });
    // Far inside the window, which would otherwise time the test out.
    expect((await batcher.submit(request(4))).label?.dims).toEqual([1]);
    expect(calls).toBe(1);
  });

  it("runs an open batch once the window has passed, even while requests keep coming", async () => {
    calls = 0;
    // Rows enough never to close a batch by the limit. Requests keep coming until two batches have
    // run, however slowly the machine turns its event loop; a batcher that waited for a quiet turn
    // would run none, and stops being fed after half a second.
    const batcher = new Batcher(run, { windowMs: 20, maxRows: 1_000_000, batchable: true });
    const sent = await trickle(batcher, (_, elapsedMs) => calls < 2 && elapsedMs < 500);
    expect(calls).toBeGreaterThan(1);
    expect(calls).toBeLessThan(sent);
  });

  it("runs a batch at once when it reaches the row limit", async () => {
    calls = 0;
    const batcher = new Batcher(run, { windowMs: 10_000, maxRows: 4, batchable: true });
    const results = await Promise.all([batcher.submit(request(1, 2)), batcher.submit(request(2, 2))]);
    expect(calls).toBe(1);
    expect(results.map((result) => result.label?.dims)).toEqual([[2], [2]]);
  });

  it("runs every request on its own with a window of 0, or for a model without a batch dimension", async () => {
    for (const options of [
      { windowMs: 0, maxRows: 512, batchable: true },
      { windowMs: 5, maxRows: 512, batchable: false },
    ]) {
      calls = 0;
      const batcher = new Batcher(run, options);
      await Promise.all(Array.from({ length: 5 }, (_, n) => batcher.submit(request(n))));
      expect(calls).toBe(5);
    }
  });

  it("fails every request of a batch whose call fails, and keeps working", async () => {
    const batcher = new Batcher(run, { windowMs: 5, maxRows: 512, batchable: true });
    const broken = { input: new Tensor("float32", new Float32Array(6), [2, 3]) };
    const outcomes = await Promise.allSettled([batcher.submit(broken), batcher.submit(broken)]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["rejected", "rejected"]);
    expect((await batcher.submit(request(3))).label?.dims).toEqual([1]);
  });
});
