import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exampleInferBody, examplePredictBody } from "./example-requests.js";
import { renderDockerfile } from "./render-dockerfile.js";
import { get, post, PYTHON, serve, STAND_IN } from "./stand-in/app-py-harness.js";
import { classify, standInBundle } from "./stand-in/stand-in-models.js";

// The bundle's app.py with a classifier, under Flask's test client and under gunicorn; models of
// other shapes are in app-py-shapes.test.ts, the harness in stand-in/app-py-harness.ts.
describe("app.py with a classifier: one input, two outputs, a name with dashes", () => {
  const rows = [
    [0, 0, 0],
    [1, 2, 3],
    [-1.5, 0.25, 4],
  ];
  const infer = "/v2/models/digits-mlp-2/infer";
  const input = (shape: number[], data: unknown, datatype = "FP32") => ({ inputs: [{ name: "input", shape, datatype, data }] });
  const { reply, folder } = serve("classifier", "digits-mlp-2", {
    predict: post("/predict", { instances: rows }),
    predictByName: post("/api/models/digits-mlp-2/predict", { instances: [rows[1]] }),
    predictOtherName: post("/api/models/someone-else/predict", { instances: [rows[1]] }),
    predictNarrow: post("/predict", { instances: [[1, 2]] }),
    predictText: post("/predict", { instances: [[1, 2, "three"]] }),
    predictNull: post("/predict", { instances: [[1, 2, null]] }),
    predictRagged: post("/predict", {
      instances: [
        [1, 2, 3],
        [1, 2],
      ],
    }),
    predictEmpty: post("/predict", { instances: [] }),
    predictNoInstances: post("/predict", { rows }),
    predictNotJson: { method: "POST", path: "/predict", raw: "instances=1,2,3" },
    predictExample: post("/predict", examplePredictBody(standInBundle("classifier", "x").signature)),
    server: get("/v2"),
    live: get("/v2/health/live"),
    ready: get("/v2/health/ready"),
    metadata: get("/v2/models/digits-mlp-2"),
    metadataVersion: get("/v2/models/digits-mlp-2/versions/1"),
    metadataOtherVersion: get("/v2/models/digits-mlp-2/versions/2"),
    metadataOtherModel: get("/v2/models/digits-mlp"),
    modelReady: get("/v2/models/digits-mlp-2/ready"),
    modelVersionReady: get("/v2/models/digits-mlp-2/versions/1/ready"),
    inferFlat: post(infer, { id: "request-7", ...input([2, 3], rows.slice(0, 2).flat()) }),
    inferNested: post(infer, input([2, 3], rows.slice(0, 2))),
    inferVersion: post("/v2/models/digits-mlp-2/versions/1/infer", input([1, 3], rows[1])),
    inferFiltered: post(infer, { ...input([3, 3], rows.flat()), outputs: [{ name: "probabilities" }] }),
    inferUnknownOutput: post(infer, { ...input([1, 3], rows[0]), outputs: [{ name: "logits" }] }),
    inferWrongShape: post(infer, input([1, 4], [0, 0, 0, 0])),
    inferWrongRank: post(infer, input([3], [0, 0, 0])),
    inferWrongCount: post(infer, input([2, 3], [0, 0, 0])),
    inferWrongType: post(infer, input([1, 3], [0, 0, 0], "FP64")),
    inferUnknownInput: post(infer, { inputs: [{ name: "pixels", shape: [1, 3], datatype: "FP32", data: [0, 0, 0] }] }),
    inferNoInputs: post(infer, { id: "x" }),
    inferExample: post(infer, exampleInferBody(standInBundle("classifier", "x").signature)),
    unknownRoute: get("/v1/models/digits-mlp-2"),
    wrongMethod: get("/predict"),
  });

  it("compiles", () => {
    const result = spawnSync(PYTHON, ["-m", "py_compile", join(folder(), "app.py")], { encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("answers /predict as Stepwise does: one {label, probabilities} per instance, then the model and version", () => {
    const { status, body } = reply("predict");
    expect(status).toBe(200);
    expect(Object.keys(body)).toEqual(["predictions", "model", "version"]);
    expect(body.model).toBe("digits-mlp-2");
    expect(body.version).toBe(1);
    const predictions = body.predictions as { label: number; probabilities: number[] }[];
    expect(predictions).toHaveLength(3);
    for (const [index, prediction] of predictions.entries()) {
      const expected = classify(rows[index] ?? []);
      expect(Object.keys(prediction)).toEqual(["label", "probabilities"]);
      expect(prediction.label).toBe(expected.label);
      prediction.probabilities.forEach((value, column) =>
        expect(value).toBeCloseTo(expected.probabilities[column] ?? Number.NaN, 6),
      );
    }
    expect(new Set(predictions.map((prediction) => prediction.label))).toEqual(new Set([0, 1]));
  });

  it("answers at /api/models/<name>/predict too, and 404 for another model's name", () => {
    expect(reply("predictByName").status).toBe(200);
    expect((reply("predictByName").body.predictions as unknown[])[0]).toEqual(
      (reply("predict").body.predictions as unknown[])[1],
    );
    expect(reply("predictOtherName").status).toBe(404);
    expect(reply("predictOtherName").body.error).toMatch(/"someone-else".*serves "digits-mlp-2"/);
  });

  it("refuses instances that do not fit with 400 and a message naming the expected shape", () => {
    expect(reply("predictNarrow").status).toBe(400);
    expect(reply("predictNarrow").body).toEqual({
      error:
        'The instances make a batch of shape [1, 2], but the input "input" takes FP32 of shape [-1, 3] (-1 is any size): ' +
        "send each instance as a list of shape [3].",
    });
    for (const key of ["predictText", "predictNull", "predictRagged", "predictEmpty", "predictNoInstances"]) {
      expect(reply(key).status, key).toBe(400);
      expect(reply(key).body.error, key).toContain("[-1, 3]");
    }
    expect(reply("predictText").body.error).toMatch(/must be numbers/);
    expect(reply("predictRagged").body.error).toMatch(/rows of different lengths/);
    expect(reply("predictNotJson")).toEqual({
      status: 400,
      body: { error: "The body must be a JSON object; see README.md for examples." },
    });
  });

  it("serves the Open Inference Protocol's server and model metadata", () => {
    expect(reply("server")).toEqual({ status: 200, body: { name: "stepwise", version: "9.8.7-test", extensions: [] } });
    expect(reply("live")).toEqual({ status: 200, body: { live: true } });
    expect(reply("ready")).toEqual({ status: 200, body: { ready: true } });
    const metadata = {
      name: "digits-mlp-2",
      versions: ["1"],
      platform: "onnx_onnxv1",
      inputs: [{ name: "input", datatype: "FP32", shape: [-1, 3] }],
      outputs: [
        { name: "label", datatype: "INT64", shape: [-1] },
        { name: "probabilities", datatype: "FP32", shape: [-1, 2] },
      ],
    };
    expect(reply("metadata")).toEqual({ status: 200, body: metadata });
    expect(reply("metadataVersion")).toEqual({ status: 200, body: metadata });
    expect(reply("modelReady")).toEqual({ status: 200, body: { name: "digits-mlp-2", ready: true } });
    expect(reply("modelVersionReady")).toEqual({ status: 200, body: { name: "digits-mlp-2", ready: true } });
    expect(reply("metadataOtherVersion").status).toBe(404);
    expect(reply("metadataOtherVersion").body.error).toMatch(/no version "2".*serves version 1/);
    expect(reply("metadataOtherModel").status).toBe(404);
  });

  it("infers from flat data: every output with its shape and datatype, data flat, the id sent back", () => {
    const expected = rows.slice(0, 2).map(classify);
    const { status, body } = reply("inferFlat");
    expect(status).toBe(200);
    expect(Object.keys(body)).toEqual(["model_name", "model_version", "id", "outputs"]);
    expect(body).toMatchObject({ model_name: "digits-mlp-2", model_version: "1", id: "request-7" });
    const [label, probabilities] = body.outputs as { name: string; datatype: string; shape: number[]; data: number[] }[];
    expect(label).toEqual({ name: "label", datatype: "INT64", shape: [2], data: expected.map((row) => row.label) });
    expect(probabilities).toMatchObject({ name: "probabilities", datatype: "FP32", shape: [2, 2] });
    probabilities?.data.forEach((value, index) =>
      expect(value).toBeCloseTo(expected.flatMap((row) => row.probabilities)[index] ?? Number.NaN, 6),
    );
  });

  it("infers from nested data the same as from flat data, and gives a request without an id one", () => {
    const nested = reply("inferNested").body;
    expect(nested.outputs).toEqual(reply("inferFlat").body.outputs);
    expect(nested.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(reply("inferVersion").status).toBe(200);
  });

  it("returns only the outputs asked for, and refuses an output the model does not have", () => {
    const outputs = reply("inferFiltered").body.outputs as { name: string; shape: number[] }[];
    expect(outputs.map((output) => [output.name, output.shape])).toEqual([["probabilities", [3, 2]]]);
    expect(reply("inferUnknownOutput").status).toBe(400);
    expect(reply("inferUnknownOutput").body.error).toContain('"label" INT64 [-1], "probabilities" FP32 [-1, 2]');
  });

  it("refuses tensors that do not fit with 400 and a message naming the expected shape", () => {
    expect(reply("inferWrongShape")).toEqual({
      status: 400,
      body: { error: 'The input "input" has shape [1, 4], but it takes FP32 of shape [-1, 3] (-1 is any size).' },
    });
    expect(reply("inferWrongRank").body.error).toContain("has shape [3], but it takes FP32 of shape [-1, 3]");
    expect(reply("inferWrongCount").body.error).toBe('The input "input" has 3 values, but its shape [2, 3] holds 6.');
    expect(reply("inferWrongType").body.error).toContain('has datatype "FP64", but it takes FP32 of shape [-1, 3]');
    expect(reply("inferUnknownInput").body.error).toBe(
      'inputs[0] names "pixels", which is not an input of this model; this model takes "input" FP32 [-1, 3].',
    );
    expect(reply("inferNoInputs").body.error).toContain('this model takes "input" FP32 [-1, 3]');
    for (const key of ["inferWrongRank", "inferWrongCount", "inferWrongType", "inferUnknownInput", "inferNoInputs"]) {
      expect(reply(key).status, key).toBe(400);
    }
  });

  it("answers the README's example requests", () => {
    expect(reply("predictExample").status).toBe(200);
    expect(reply("inferExample").status).toBe(200);
  });

  it("answers unknown routes and methods with JSON errors that list its routes", () => {
    expect(reply("unknownRoute").status).toBe(404);
    expect(reply("unknownRoute").body.error).toContain("POST /api/models/digits-mlp-2/predict");
    expect(reply("wrongMethod").status).toBe(405);
  });

  it("runs under gunicorn with the Dockerfile's command, and passes the Dockerfile's health check", async () => {
    const dockerfile = renderDockerfile();
    const command = JSON.parse(/^CMD (\[.*\])$/m.exec(dockerfile)?.[1] ?? "null") as string[];
    const check = JSON.parse(/^\s+CMD (\[.*\])$/m.exec(dockerfile)?.[1] ?? "null") as string[];
    expect(command.slice(0, 2)).toEqual(["sh", "-c"]);
    expect(check[0]).toBe("python");
    const port = await freePort();
    // The image's `python` and `gunicorn` are this Python's; the arguments are the Dockerfile's own.
    const server = spawn(
      command[0] ?? "sh",
      [command[1] ?? "-c", (command[2] ?? "").replace("exec gunicorn", `exec ${PYTHON} -m gunicorn`)],
      {
        cwd: folder(),
        env: { ...process.env, PORT: String(port), PYTHONPATH: STAND_IN },
        stdio: ["ignore", "ignore", "pipe"],
        detached: true,
      },
    );
    let log = "";
    server.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
    try {
      const healthy = () => spawnSync(PYTHON, check.slice(1), { env: { ...process.env, PORT: String(port) } }).status === 0;
      const deadline = Date.now() + 15_000;
      while (!healthy() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
      expect(healthy(), log).toBe(true);
      const response = await fetch(`http://127.0.0.1:${port}/predict`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ instances: rows }),
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual(reply("predict").body);
      expect(log).toMatch(/Booting worker[\s\S]*Booting worker/);
    } finally {
      await stop(server);
    }
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** Stops gunicorn and its workers (the server has a process group of its own) and waits for it to go. */
async function stop(server: ChildProcess): Promise<void> {
  if (server.pid === undefined || server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((resolve) => server.once("exit", resolve));
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-(server.pid as number), name);
    } catch {
      // Already gone.
    }
  };
  signal("SIGTERM");
  const timer = setTimeout(() => signal("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}
