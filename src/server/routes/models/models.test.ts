import { existsSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ModelListResponse, ModelResponse } from "../../../shared/api/index.js";
import { writeOnnxFixtures } from "../../../core/test-support/onnx-fixtures.js";
import { DIALECTS, startTestServer, type TestServer } from "../../test-support/test-dialects.js";

const fixtures = writeOnnxFixtures();
afterAll(() => rmSync(fixtures.dir, { recursive: true, force: true }));

describe.each(DIALECTS)("the model registry on %s", (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect, { modelMaxBytes: 64 * 1024 });
  });
  afterAll(() => server.destroy());

  const upload = (name: string, body: Buffer | string, contentType = "application/octet-stream") =>
    server.app.inject({
      method: "POST",
      url: `/api/models/${name}/versions?fileName=model.onnx`,
      headers: { "content-type": contentType },
      payload: body,
    });
  const get = <T>(url: string) =>
    server.app.inject({ method: "GET", url }).then((response) => ({ status: response.statusCode, body: response.json<T>() }));
  const storedFiles = () => {
    const dir = join(server.app.config.dataDir, "models", "files");
    return existsSync(dir) ? readdirSync(dir, { recursive: true }).filter((entry) => String(entry).endsWith(".onnx")) : [];
  };
  const stagedFiles = () => readdirSync(join(server.app.config.dataDir, "models", "staging"));

  it("keeps an upload as version 1 with the signature onnxruntime reads", async () => {
    const response = await upload("digits", fixtures.read("classifier"));
    expect(response.statusCode).toBe(201);
    const { model, version } = response.json<{ model: ModelResponse; version: number }>();
    expect(version).toBe(1);
    expect(model).toMatchObject({ name: "digits", latestVersion: 1, versionCount: 1, aliases: {} });
    expect(model.versions[0]?.signature).toEqual({
      inputs: [{ name: "input", datatype: "FP32", shape: [-1, 8] }],
      outputs: [
        { name: "label", datatype: "INT64", shape: [-1] },
        { name: "probabilities", datatype: "FP32", shape: [-1, 3] },
      ],
    });
    expect(model.versions[0]?.opsets).toEqual({ "": 17 });
    expect(storedFiles()).toHaveLength(1);
  });

  it("numbers versions in order, shares identical files, and lists models newest first", async () => {
    expect((await upload("digits", fixtures.read("regressor"))).json<{ version: number }>().version).toBe(2);
    expect((await upload("digits", fixtures.read("classifier"))).json<{ version: number }>().version).toBe(3);
    expect(storedFiles()).toHaveLength(2);
    await upload("houses", fixtures.read("regressor"));
    const { body } = await get<ModelListResponse>("/api/models");
    expect(body.models.map((model) => [model.name, model.latestVersion])).toEqual([
      ["houses", 1],
      ["digits", 3],
    ]);
    const digits = (await get<ModelResponse>("/api/models/digits")).body;
    expect(digits.versions.map((version) => version.version)).toEqual([3, 2, 1]);
  });

  it("gives each of several uploads at once its own version number", async () => {
    const responses = await Promise.all(Array.from({ length: 4 }, () => upload("burst", fixtures.read("regressor"))));
    expect(responses.map((response) => response.statusCode)).toEqual([201, 201, 201, 201]);
    expect(responses.map((response) => response.json<{ version: number }>().version).sort()).toEqual([1, 2, 3, 4]);
  });

  it("moves aliases, serves a version by alias, and refuses to delete a version an alias points at", async () => {
    const put = (alias: string, version: number) =>
      server.app.inject({ method: "PUT", url: `/api/models/digits/aliases/${alias}`, payload: { version } });
    expect((await put("production", 1)).json()).toEqual({ alias: "production", version: 1 });
    expect((await put("staging", 3)).statusCode).toBe(200);
    expect((await get<{ version: number }>("/api/models/digits/versions/production")).body.version).toBe(1);
    expect((await put("production", 3)).statusCode).toBe(200);
    const model = (await get<ModelResponse>("/api/models/digits")).body;
    expect(model.aliases).toEqual({ production: 3, staging: 3 });
    expect(model.versions[0]?.aliases).toEqual(["production", "staging"]);

    const refused = await server.app.inject({ method: "DELETE", url: "/api/models/digits/versions/3" });
    expect(refused.statusCode).toBe(409);
    expect(refused.json<{ message: string }>().message).toMatch(
      /is where "production" and "staging" point\. Move or remove those aliases first/,
    );
    expect((await put("production", 99)).statusCode).toBe(404);
    expect((await put("9lives", 1)).statusCode).toBe(400);
    expect((await server.app.inject({ method: "DELETE", url: "/api/models/digits/aliases/staging" })).statusCode).toBe(204);
    expect((await server.app.inject({ method: "DELETE", url: "/api/models/digits/aliases/staging" })).statusCode).toBe(404);
  });

  it("deletes a version, and its file once no version keeps it", async () => {
    const before = storedFiles().length;
    expect((await server.app.inject({ method: "DELETE", url: "/api/models/digits/versions/1" })).statusCode).toBe(204);
    expect(storedFiles()).toHaveLength(before); // version 3 keeps the same file
    expect((await server.app.inject({ method: "DELETE", url: "/api/models/digits/versions/2" })).statusCode).toBe(204);
    expect((await get<ModelResponse>("/api/models/digits")).body.versions.map((version) => version.version)).toEqual([3]);
    // The next upload is 4: numbers are never reused.
    expect((await upload("digits", fixtures.read("regressor"))).json<{ version: number }>().version).toBe(4);
    expect((await server.app.inject({ method: "DELETE", url: "/api/models/digits/versions/2" })).statusCode).toBe(404);
  });

  it("edits a version's card field by field", async () => {
    const put = (payload: object) => server.app.inject({ method: "PUT", url: "/api/models/digits/versions/3/card", payload });
    const first = await put({ description: "Digits, 8 features", metrics: [{ name: "accuracy", value: 0.91 }] });
    expect(first.statusCode).toBe(200);
    const second = (await put({ notes: "## Limits\nOnly tested on MNIST." })).json();
    expect(second).toEqual({
      description: "Digits, 8 features",
      metrics: [{ name: "accuracy", value: 0.91 }],
      trainingData: "",
      projectId: null,
      submissionId: null,
      notes: "## Limits\nOnly tested on MNIST.",
    });
    expect((await put({ description: "x".repeat(3000) })).statusCode).toBe(400);
  });

  it("accepts a multipart upload that says who sent it", async () => {
    const boundary = "stepwise-boundary";
    const body = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="reg.onnx"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      fixtures.read("regressor"),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const headers = { "content-type": `multipart/form-data; boundary=${boundary}` };
    const refused = await server.app.inject({ method: "POST", url: "/api/models/multi/versions", headers, payload: body });
    expect(refused.statusCode).toBe(415);
    const accepted = await server.app.inject({
      method: "POST",
      url: "/api/models/multi/versions",
      headers: { ...headers, "x-requested-with": "test" },
      payload: body,
    });
    expect(accepted.statusCode).toBe(201);
  });

  describe("refuses bad uploads with a message, storing nothing", () => {
    const cases: [string, () => Buffer | string, RegExp][] = [
      ["an empty file", () => Buffer.alloc(0), /empty/],
      [
        "a truncated model",
        () => fixtures.read("classifier").subarray(0, 700),
        /does not parse as an ONNX model|onnxruntime could not load/,
      ],
      [
        "random bytes",
        () => Buffer.from(Array.from({ length: 4000 }, (_, index) => (index * 7919 + 13) % 251)),
        /does not parse as an ONNX model|not an ONNX/,
      ],
      ["a text file", () => Buffer.from("import torch\nmodel = torch.nn.Linear(2, 1)\n"), /text file/],
      ["a zip archive", () => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100)]), /zip archive/],
      ["a model with external data", () => fixtures.read("external-data"), /"secret" in a separate file \(\/etc\/passwd\)/],
      ["a model of an unknown opset", () => fixtures.read("opset-99"), /operator set 99 of ai\.onnx.*supports up to \d+/],
      ["a model with a non-tensor output", () => fixtures.read("sequence-output"), /output "items" is not a tensor/],
    ];
    it.each(cases)("%s", async (_, body, message) => {
      const files = storedFiles().length;
      const response = await upload("refused", body());
      expect(response.statusCode).toBe(400);
      expect(response.json<{ message: string }>().message).toMatch(message);
      expect(storedFiles()).toHaveLength(files);
      expect(stagedFiles()).toEqual([]);
      expect((await get("/api/models/refused")).status).toBe(404);
    });

    it("an upload over the size limit, with 413", async () => {
      const response = await upload("refused", Buffer.alloc(100 * 1024, 1));
      expect(response.statusCode).toBe(413);
      expect(response.json<{ message: string }>().message).toMatch(/at most 0\.06 MB here \(STEPWISE_MODEL_MAX_MB\)/);
    });

    it("a bad name, and a JSON body", async () => {
      expect((await upload("Not A Name", fixtures.read("regressor"))).statusCode).toBe(400);
      const json = await server.app.inject({ method: "POST", url: "/api/models/x/versions", payload: { model: 1 } });
      expect(json.statusCode).toBe(400);
      expect(json.json<{ message: string }>().message).toMatch(/application\/octet-stream/);
    });
  });

  it("keeps models apart from other learners'", async () => {
    await server.app.db.insertInto("users").values({ id: "someone-else", display_name: "Someone", kind: "local" }).execute();
    await server.app.db
      .insertInto("models")
      .values({
        id: "other-model",
        user_id: "someone-else",
        name: "secret-model",
        created_at: "2026-01-01",
        updated_at: "2026-01-01",
      })
      .execute();
    expect((await get("/api/models/secret-model")).status).toBe(404);
    expect((await get<ModelListResponse>("/api/models")).body.models.map((model) => model.name)).not.toContain("secret-model");
  });
});
