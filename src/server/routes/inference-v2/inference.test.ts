import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PredictResponse } from "../../../shared/api/index.js";
import { writeOnnxFixtures } from "../../../core/test-support/onnx-fixtures.js";
import { DIALECTS, startTestServer, type TestServer } from "../../test-support/test-dialects.js";

const fixtures = writeOnnxFixtures();
afterAll(() => rmSync(fixtures.dir, { recursive: true, force: true }));

/** The classifier fixture (onnx_fixtures.py), computed in double precision as the reference. */
const weights = (rows: number, cols: number, scale: number) =>
  Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => scale * (((r * cols + c) % 7) - 3)));
const W1 = weights(8, 16, 0.1);
const W2 = weights(16, 3, 0.2);
const B2 = [0, 0.1, -0.1];
function classify(row: readonly number[]): { label: number; probabilities: number[] } {
  const hidden =
    W1[0]?.map((_, j) =>
      Math.max(
        0,
        row.reduce((sum, x, i) => sum + x * (W1[i]?.[j] ?? 0), 0.01),
      ),
    ) ?? [];
  const logits = B2.map((bias, k) => hidden.reduce((sum, h, j) => sum + h * (W2[j]?.[k] ?? 0), bias));
  const top = Math.max(...logits);
  const exp = logits.map((logit) => Math.exp(logit - top));
  const total = exp.reduce((a, b) => a + b, 0);
  const probabilities = exp.map((value) => value / total);
  return { label: probabilities.indexOf(Math.max(...probabilities)), probabilities };
}
const rows = Array.from({ length: 12 }, (_, n) => Array.from({ length: 8 }, (_, i) => Math.sin(n * 8 + i) * 3));

function expectClassified(prediction: unknown, row: readonly number[]): void {
  const want = classify(row);
  const got = prediction as { label: number; probabilities: number[] };
  expect(got.label).toBe(want.label);
  got.probabilities.forEach((p, k) => expect(p).toBeCloseTo(want.probabilities[k] ?? NaN, 5));
}

describe.each(DIALECTS)("serving models on %s", (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect, { batchWindowMs: 2 });
    const upload = (name: string, fixture: Parameters<typeof fixtures.read>[0]) =>
      server.app.inject({
        method: "POST",
        url: `/api/models/${name}/versions`,
        headers: { "content-type": "application/octet-stream" },
        payload: fixtures.read(fixture),
      });
    await upload("digits", "regressor"); // version 1: something else, so aliases matter
    await upload("digits", "classifier"); // version 2
    await upload("houses", "regressor");
    await upload("pairs", "two-inputs");
  });
  afterAll(() => server.destroy());

  const post = (url: string, payload: unknown) => server.app.inject({ method: "POST", url, payload: payload as object });
  const predict = (name: string, instances: unknown, version?: string) =>
    post(version ? `/api/models/${name}/versions/${version}/predict` : `/api/models/${name}/predict`, { instances });

  describe("POST /api/models/:name/predict", () => {
    it("serves the newest version without a production alias, and production once it exists", async () => {
      const newest = (await predict("digits", rows.slice(0, 2))).json<PredictResponse>();
      expect(newest.version).toBe(2);
      rows.slice(0, 2).forEach((row, index) => expectClassified(newest.predictions[index], row));
      await server.app.inject({ method: "PUT", url: "/api/models/digits/aliases/production", payload: { version: 1 } });
      const production = (await predict("digits", [[1, 1, 1, 1]])).json<PredictResponse>();
      expect(production).toEqual({ predictions: [10.5], model: "digits", version: 1 });
      await server.app.inject({ method: "PUT", url: "/api/models/digits/aliases/production", payload: { version: 2 } });
      expect((await predict("digits", [rows[0]])).json<PredictResponse>().version).toBe(2);
    });

    it("takes a version or an alias, nested rows, and several inputs as objects", async () => {
      expect((await predict("digits", [[2, 0, 0, 1]], "1")).json<PredictResponse>().predictions).toEqual([6.5]);
      expect((await predict("digits", [rows[3]], "production")).json<PredictResponse>().version).toBe(2);
      expect(
        (
          await predict("pairs", [
            { a: [1, 2], b: [3, 4.5] },
            { a: [0, 0], b: [-1, 1] },
          ])
        ).json<PredictResponse>().predictions,
      ).toEqual([
        [4, 6.5],
        [-1, 1],
      ]);
    });

    it.each([
      ["a row of the wrong width", [[1, 2, 3]], /Instance 0 gives input "input" 3 values; the model takes 8 per instance/],
      ["a string where a number goes", [[1, 2, 3, 4, 5, 6, 7, "8"]], /value 7 \("8"\) is not a number/],
      ["no instances", [], /Send \{"instances": \[\.\.\.\]\}/],
      ["NaN written as text", [[1, 2, 3, 4, 5, 6, 7, "NaN"]], /is not a number/],
    ])("answers %s with 400 naming the input the model takes", async (_, instances, message) => {
      const response = await predict("digits", instances);
      expect(response.statusCode).toBe(400);
      expect(response.json<{ message: string }>().message).toMatch(message);
    });

    it("answers an unknown model or version with 404, and an oversized body with 413", async () => {
      expect((await predict("nobody", [[1]])).statusCode).toBe(404);
      const unknownVersion = await predict("digits", [[1]], "canary");
      expect(unknownVersion.statusCode).toBe(404);
      expect(unknownVersion.json<{ message: string }>().message).toMatch(/no version or alias "canary".*production/);
      const huge = await server.app.inject({
        method: "POST",
        url: "/api/models/digits/predict",
        headers: { "content-type": "application/json" },
        payload: JSON.stringify({
          instances: Array.from({ length: 200_000 }, () => [1.2345678, 2.3456789, 3.4567891, 4.5678912, 5, 6, 7, 8]),
        }),
      });
      expect(huge.statusCode).toBe(413);
    });
  });

  describe("the Open Inference Protocol v2", () => {
    it("describes the server, its health and a model", async () => {
      expect((await server.app.inject({ method: "GET", url: "/v2" })).json()).toEqual({
        name: "stepwise",
        version: server.app.appVersion,
        extensions: [],
      });
      expect((await server.app.inject({ method: "GET", url: "/v2/health/live" })).json()).toEqual({ live: true });
      expect((await server.app.inject({ method: "GET", url: "/v2/health/ready" })).json()).toEqual({ ready: true });
      expect((await server.app.inject({ method: "GET", url: "/v2/models/digits/versions/production" })).json()).toEqual({
        name: "digits",
        versions: ["1", "2"],
        platform: "onnx_onnxv1",
        inputs: [{ name: "input", datatype: "FP32", shape: [-1, 8] }],
        outputs: [
          { name: "label", datatype: "INT64", shape: [-1] },
          { name: "probabilities", datatype: "FP32", shape: [-1, 3] },
        ],
      });
      expect((await server.app.inject({ method: "GET", url: "/v2/models/digits/versions/1/ready" })).json()).toEqual({
        name: "digits",
        ready: true,
      });
    });

    it("infers from flat or nested data, echoes the id, and filters outputs", async () => {
      const flat = await post("/v2/models/digits/versions/2/infer", {
        id: "req-1",
        inputs: [{ name: "input", shape: [2, 8], datatype: "FP32", data: [...(rows[0] ?? []), ...(rows[1] ?? [])] }],
      });
      expect(flat.statusCode).toBe(200);
      const body = flat.json<{
        model_name: string;
        model_version: string;
        id: string;
        outputs: { name: string; shape: number[]; datatype: string; data: number[] }[];
      }>();
      expect(body).toMatchObject({ model_name: "digits", model_version: "2", id: "req-1" });
      expect(body.outputs.map((output) => [output.name, output.shape, output.datatype])).toEqual([
        ["label", [2], "INT64"],
        ["probabilities", [2, 3], "FP32"],
      ]);
      expect(body.outputs[0]?.data).toEqual([classify(rows[0] ?? []).label, classify(rows[1] ?? []).label]);

      const nested = await post("/v2/models/digits/versions/production/infer", {
        inputs: [{ name: "input", shape: [1, 8], datatype: "FP32", data: [rows[2]] }],
        outputs: [{ name: "probabilities" }],
      });
      const outputs = nested.json<{ outputs: { name: string; data: number[] }[] }>().outputs;
      expect(outputs.map((output) => output.name)).toEqual(["probabilities"]);
      expect(outputs[0]?.data[0]).toBeCloseTo(classify(rows[2] ?? []).probabilities[0] ?? NaN, 5);
    });

    it.each([
      [
        "a wrong datatype",
        { inputs: [{ name: "input", shape: [1, 8], datatype: "FP64", data: rows[0] }] },
        /has datatype FP32, not FP64/,
      ],
      [
        "a wrong shape",
        { inputs: [{ name: "input", shape: [1, 9], datatype: "FP32", data: rows[0] }] },
        /"input": FP32 \[-1, 8\] cannot take shape \[1, 9\]/,
      ],
      [
        "data that does not fill the shape",
        { inputs: [{ name: "input", shape: [2, 8], datatype: "FP32", data: rows[0] }] },
        /holds 16 values, but its data has 8/,
      ],
      [
        "an unknown input",
        { inputs: [{ name: "pixels", shape: [1, 8], datatype: "FP32", data: rows[0] }] },
        /no input "pixels"; it takes "input": FP32 \[-1, 8\]/,
      ],
      ["no inputs", { inputs: [] }, /Missing input "input"/],
      [
        "an unknown output",
        { inputs: [{ name: "input", shape: [1, 8], datatype: "FP32", data: rows[0] }], outputs: [{ name: "logits" }] },
        /no output "logits"/,
      ],
      ["not the protocol's shape", { instances: [rows[0]] }, /Send \{"inputs"/],
    ])("answers %s with 400 and {error}", async (_, payload, message) => {
      const response = await post("/v2/models/digits/infer", payload);
      expect(response.statusCode).toBe(400);
      expect(Object.keys(response.json())).toEqual(["error"]);
      expect(response.json<{ error: string }>().error).toMatch(message);
    });

    it("answers unknown models and versions with 404 and {error}, and bad JSON with 400", async () => {
      for (const url of ["/v2/models/nobody", "/v2/models/digits/versions/7", "/v2/models/nobody/ready"]) {
        const response = await server.app.inject({ method: "GET", url });
        expect(response.statusCode).toBe(404);
        expect(response.json<{ error: string }>().error).toMatch(/no model|no version/);
      }
      const bad = await server.app.inject({
        method: "POST",
        url: "/v2/models/digits/infer",
        headers: { "content-type": "application/json" },
        payload: "{nope",
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json<{ error: string }>().error).toMatch(/not valid JSON/);
    });
  });

  it("keeps answering every model correctly while bad requests pour in at the same time", async () => {
    const good = rows.map((row) => predict("digits", [row], "2"));
    const houses = Array.from({ length: 20 }, (_, n) => predict("houses", [[n, 0, 0, 0]]));
    const bad = Array.from({ length: 40 }, (_, n) =>
      n % 2 ? predict("digits", [[n]]) : post("/v2/models/ghost/infer", { inputs: [] }),
    );
    const [goodResponses, houseResponses, badResponses] = await Promise.all([
      Promise.all(good),
      Promise.all(houses),
      Promise.all(bad),
    ]);
    goodResponses.forEach((response, index) =>
      expectClassified(response.json<PredictResponse>().predictions[0], rows[index] ?? []),
    );
    houseResponses.forEach((response, n) => expect(response.json<PredictResponse>().predictions).toEqual([n + 0.5]));
    expect(badResponses.every((response) => response.statusCode === 400 || response.statusCode === 404)).toBe(true);
  });

  it("counts requests in Prometheus's format and in the model page's last hour", async () => {
    const before = (await server.app.inject({ method: "GET", url: "/api/models/houses/versions/1/metrics" })).json<{
      minutes: { requests: number; failures: number }[];
    }>();
    const requestsBefore = before.minutes.reduce((sum, minute) => sum + minute.requests, 0);
    await predict("houses", [
      [1, 2, 3, 4],
      [0, 0, 0, 0],
    ]);
    await predict("houses", [["x", 0, 0, 0]]);
    const after = (await server.app.inject({ method: "GET", url: "/api/models/houses/versions/1/metrics" })).json<{
      minutes: { requests: number; failures: number; p50Ms: number | null }[];
    }>();
    expect(after.minutes).toHaveLength(60);
    const last = after.minutes[59];
    expect(after.minutes.reduce((sum, minute) => sum + minute.requests, 0)).toBe(requestsBefore + 2);
    expect(last?.failures).toBeGreaterThanOrEqual(1);
    expect(last?.p50Ms).toBeGreaterThan(0);

    const text = (await server.app.inject({ method: "GET", url: "/metrics" })).body;
    expect(text).toMatch(/^nv_inference_request_success\{model="houses",version="1"\} \d+$/m);
    expect(text).toMatch(/^nv_inference_request_failure\{model="houses",version="1"\} [1-9]\d*$/m);
    expect(text).toMatch(/^nv_inference_count\{model="houses",version="1"\} \d+$/m);
    expect(text).toMatch(/^nv_inference_request_duration_seconds_bucket\{le="0\.005",model="houses",version="1"\} \d+$/m);
    expect(text).toMatch(/^process_cpu_user_seconds_total /m);
  });

  it("keeps the model page's last hour in the database: a restart loses no request it served", async () => {
    const served = async () =>
      (await server.app.inject({ method: "GET", url: "/api/models/houses/versions/1/metrics" }))
        .json<{ minutes: { requests: number }[] }>()
        .minutes.reduce((sum, minute) => sum + minute.requests, 0);
    const before = await served();
    await predict("houses", [[1, 2, 3, 4]]);
    // Long before the next timed flush: closing the app stores what it counted.
    await server.restart();
    expect(await served()).toBe(before + 1);
  });
});
