import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { unzipSync } from "fflate";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ModelResponse } from "../shared/api/index.js";
import { writeOnnxFixtures } from "../core/test-support/onnx-fixtures.js";
import { startTestServer, type TestServer } from "../server/test-support/test-dialects.js";
import { runStepwise } from "./test-support/run-stepwise.js";

const work = mkdtempSync(join(tmpdir(), "stepwise-deploy-cli-"));
const fixtures = writeOnnxFixtures();
const stepwise = (...args: string[]) => runStepwise(work, ...args);

describe("stepwise deploy", { timeout: 120_000 }, () => {
  let server: TestServer;
  let url: string;
  beforeAll(async () => {
    server = await startTestServer("sqlite");
    url = await server.app.listen({ host: "127.0.0.1", port: 0 });
  }, 60_000);
  afterAll(async () => {
    await server.destroy();
    rmSync(work, { recursive: true, force: true });
    rmSync(fixtures.dir, { recursive: true, force: true });
  });

  it("uploads a model, moves an alias to it, and says how to call it", async () => {
    const { code, stdout } = await stepwise(
      "deploy",
      join(fixtures.dir, "classifier.onnx"),
      "--name",
      "digits",
      "--alias",
      "production",
      "--server",
      url,
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/^digits version 1 \(production\) from classifier\.onnx, \d+ bytes$/m);
    expect(stdout).toContain("takes input FP32 [-1, 8] → gives label INT64 [-1], probabilities FP32 [-1, 3]");
    expect(stdout).toContain(`POST ${url}/api/models/digits/versions/1/predict`);
    const model = (await server.app.inject({ method: "GET", url: "/api/models/digits" })).json<ModelResponse>();
    expect(model.aliases).toEqual({ production: 1 });

    const again = await stepwise("deploy", join(fixtures.dir, "regressor.onnx"), "--name", "digits", "--server", url, "--json");
    expect(JSON.parse(again.stdout)).toMatchObject({ version: 2, alias: null });
  });

  it("downloads a version's self-host bundle by number or alias, and will not overwrite it", async () => {
    const first = await stepwise("deploy", "bundle", "digits", "production", "--server", url);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Wrote .*digits-v1\.zip \(\d+ KB\)/);
    const files = unzipSync(readFileSync(join(work, "digits-v1.zip")));
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining(["digits-v1/app.py", "digits-v1/Dockerfile", "digits-v1/triton/digits/config.pbtxt"]),
    );
    expect(Buffer.from(files["digits-v1/model.onnx"] ?? new Uint8Array())).toEqual(fixtures.read("classifier"));
    const again = await stepwise("deploy", "bundle", "digits", "1", "--server", url);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists; pass --force/);
    const missing = await stepwise("deploy", "bundle", "digits", "canary", "--server", url);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no version or alias "canary"/);
  });

  it("exits 1 with the server's reason when it refuses the file, and stores nothing", async () => {
    const notes = join(work, "notes.onnx");
    writeFileSync(notes, "my model, in words\n");
    const { code, stderr } = await stepwise("deploy", notes, "--name", "words", "--server", url);
    expect(code).toBe(1);
    expect(stderr).toMatch(/notes\.onnx: This is a text file, not an ONNX model/);
    expect((await server.app.inject({ method: "GET", url: "/api/models/words" })).statusCode).toBe(404);
  });

  it.each([
    [["deploy", "model.onnx"], /name the model with --name/],
    [["deploy", "model.onnx", "--name", "Bad Name"], /--name "Bad Name" must be lower-case/],
    [["deploy", "missing.onnx", "--name", "x"], /cannot read missing\.onnx: ENOENT/],
    [["deploy", "--name", "x"], /give one ONNX file/],
  ])("answers %j with a clear message and exit code 2", async (args, message) => {
    const { code, stderr } = await stepwise(...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it("says how to start a server it cannot reach", async () => {
    const { code, stderr } = await stepwise(
      "deploy",
      join(fixtures.dir, "classifier.onnx"),
      "--name",
      "x",
      "--server",
      "http://127.0.0.1:9",
    );
    expect(code).toBe(2);
    expect(stderr).toMatch(/cannot reach Stepwise at http:\/\/127\.0\.0\.1:9\. Start it with "npm start"/);
  });
});
