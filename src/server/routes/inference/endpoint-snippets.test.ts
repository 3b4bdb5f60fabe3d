import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ModelResponse } from "../../../shared/api/index.js";
import { endpointSnippets, snippetVersionRef, type Snippets } from "../../../shared/models/endpoint-snippets.js";
import { PROJECT_ROOT } from "../../../core/project-root.js";
import { writeOnnxFixtures } from "../../../core/test-support/onnx-fixtures.js";
import { startTestServer, type TestServer } from "../../test-support/test-dialects.js";

// Asynchronous on purpose: the server answering these programs runs in this very process.
const run = promisify(execFile);
const PYTHON = process.env.STEPWISE_PYTHON ?? "python3";

const fixtures = writeOnnxFixtures();
const work = mkdtempSync(join(tmpdir(), "stepwise-snippets-"));

/** A digits-shaped classifier, 784 pixels → 10 classes, whose biases alone decide a blank image: class 9. */
async function digitsModel(): Promise<Buffer> {
  const path = join(work, "digits.onnx");
  const script = [
    "import sys",
    "from stepwise.export import mlp_to_onnx",
    "weights = [[0.001 * ((i + k) % 7 - 3) for k in range(10)] for i in range(784)]",
    "mlp_to_onnx([(weights, [0.1 * k for k in range(10)], 'softmax')], sys.argv[1], name='digits')",
  ].join("\n");
  await run(PYTHON, ["-c", script, path], { env: { ...process.env, PYTHONPATH: join(PROJECT_ROOT, "python") } });
  return readFileSync(path);
}

/**
 * Runs each snippet as a user would paste it, and returns the answer each printed: Python and
 * JavaScript print just the `answer` field as JSON, curl the whole response.
 */
async function runAll(snippets: Snippets, answer: "predictions" | "outputs"): Promise<Record<keyof Snippets, unknown>> {
  const [curl, python, javascript] = await Promise.all([
    run("bash", ["-c", snippets.curl]),
    run(PYTHON, ["-c", snippets.python]),
    run(process.execPath, ["--input-type=module", "-e", snippets.javascript]),
  ]);
  return {
    curl: (JSON.parse(curl.stdout) as Record<string, unknown>)[answer],
    python: JSON.parse(python.stdout) as unknown,
    javascript: JSON.parse(javascript.stdout) as unknown,
  };
}

describe("endpoint snippets work as shown", { timeout: 60_000 }, () => {
  let server: TestServer;
  let origin: string;
  beforeAll(async () => {
    server = await startTestServer("sqlite");
    origin = await server.app.listen({ host: "127.0.0.1", port: 0 });
    const upload = async (name: string, model: Buffer) => {
      const response = await server.app.inject({
        method: "POST",
        url: `/api/models/${name}/versions`,
        headers: { "content-type": "application/octet-stream" },
        payload: model,
      });
      expect(response.statusCode).toBe(201);
    };
    await upload("digits", await digitsModel());
    await server.app.inject({ method: "PUT", url: "/api/models/digits/aliases/production", payload: { version: 1 } });
    await upload("houses", fixtures.read("classifier"));
    await upload("pairs", fixtures.read("two-inputs"));
  });
  afterAll(async () => {
    await server.destroy();
    rmSync(work, { recursive: true, force: true });
    rmSync(fixtures.dir, { recursive: true, force: true });
  });

  /** The snippets the model page would show for the model's newest version. */
  const snippetsFor = async (name: string) => {
    const model = (await server.app.inject({ method: "GET", url: `/api/models/${name}` })).json<ModelResponse>();
    const [version] = model.versions;
    if (!version) throw new Error(`${name} has no version`);
    return endpointSnippets({ origin, model: name, version: snippetVersionRef(version), signature: version.signature });
  };

  it("predicts a blank 28×28 image through the production alias, from curl, Python and JavaScript", async () => {
    const { predict, infer } = await snippetsFor("digits");
    expect(predict.curl).toContain(`${origin}/api/models/digits/versions/production/predict`);
    for (const printed of Object.values(await runAll(predict, "predictions"))) {
      const [prediction] = printed as { label: number; probabilities: number[] }[];
      expect(prediction?.label).toBe(9);
      expect(prediction?.probabilities).toHaveLength(10);
      expect(prediction?.probabilities.reduce((sum, p) => sum + p, 0)).toBeCloseTo(1, 5);
    }
    for (const printed of Object.values(await runAll(infer, "outputs"))) {
      expect(printed).toEqual([
        { name: "label", shape: [1], datatype: "INT64", data: [9] },
        { name: "probabilities", shape: [1, 10], datatype: "FP32", data: expect.any(Array) as unknown },
      ]);
    }
  });

  it("predicts with a version number and a short row written out in full", async () => {
    const { predict, infer } = await snippetsFor("houses");
    expect(predict.python).toContain("/api/models/houses/versions/1/predict");
    for (const printed of Object.values(await runAll(predict, "predictions"))) {
      expect(printed).toEqual([{ label: expect.any(Number) as unknown, probabilities: expect.any(Array) as unknown }]);
      expect((printed as { probabilities: number[] }[])[0]?.probabilities).toHaveLength(3);
    }
    for (const printed of Object.values(await runAll(infer, "outputs"))) {
      expect((printed as { name: string; shape: number[] }[]).map(({ name, shape }) => ({ name, shape }))).toEqual([
        { name: "label", shape: [1] },
        { name: "probabilities", shape: [1, 3] },
      ]);
    }
  });

  it("sends several inputs as one object per instance", async () => {
    const { predict, infer } = await snippetsFor("pairs");
    for (const printed of Object.values(await runAll(predict, "predictions"))) expect(printed).toEqual([[0, 0]]);
    for (const printed of Object.values(await runAll(infer, "outputs"))) {
      expect(printed).toEqual([{ name: "sum", shape: [1, 2], datatype: "FP32", data: [0, 0] }]);
    }
  });
});
