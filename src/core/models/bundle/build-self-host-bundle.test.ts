import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { buildSelfHostBundle } from "./build-self-host-bundle.js";
import type { SelfHostBundleInput } from "./bundle-input.js";
import { standInBundle } from "./stand-in/stand-in-models.js";

const PYTHON = process.env.STEPWISE_PYTHON ?? "python3";
const PARSE_TRITON = fileURLToPath(new URL("./stand-in/parse_triton_config.py", import.meta.url));
const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

/** A model with several inputs and outputs of several types, fixed and variable dimensions, and awkward names. */
const MIXED: SelfHostBundleInput = {
  ...standInBundle("classifier", "3d-scan-"),
  version: 12,
  onnx: Uint8Array.from({ length: 3000 }, (_, index) => (index * 7919) % 251),
  signature: {
    inputs: [
      { name: "image", datatype: "UINT8", shape: [-1, 3, 32, 32] },
      { name: 'scale "x"\\é', datatype: "FP64", shape: [-1] },
      { name: "flag", datatype: "BOOL", shape: [] },
    ],
    outputs: [
      { name: "label", datatype: "BYTES", shape: [-1] },
      { name: "scores", datatype: "FP16", shape: [-1, 10] },
      { name: "count", datatype: "INT32", shape: [1] },
    ],
  },
};

interface TritonConfig {
  name: string;
  platform: string;
  input: { name: string; data_type: string; dims: string[]; reshape?: { shape?: string[] } }[];
  output: { name: string; data_type: string; dims: string[]; reshape?: { shape?: string[] } }[];
}

/** config.pbtxt parsed by protobuf's text format with Triton's field names (stand-in/parse_triton_config.py). */
function parseTritonConfig(config: string): TritonConfig {
  const result = spawnSync(PYTHON, [PARSE_TRITON], { input: config, encoding: "utf8" });
  if (result.status !== 0) {
    throw new Error(
      `config.pbtxt did not parse with ${PYTHON}: ${result.stderr || result.error?.message}. ` +
        "If google.protobuf is missing, install python3-protobuf (it comes with python3-onnx) and set STEPWISE_PYTHON.",
    );
  }
  return JSON.parse(result.stdout) as TritonConfig;
}

describe("buildSelfHostBundle", () => {
  it("holds exactly the bundle's files, in one folder named after the model and version", async () => {
    const files = unzipSync(await buildSelfHostBundle(standInBundle("classifier", "digits-mlp-2", 4)));
    expect(Object.keys(files).sort()).toEqual([
      "digits-mlp-2-v4/Dockerfile",
      "digits-mlp-2-v4/README.md",
      "digits-mlp-2-v4/app.py",
      "digits-mlp-2-v4/kserve/inference-service.yaml",
      "digits-mlp-2-v4/model.onnx",
      "digits-mlp-2-v4/requirements.txt",
      "digits-mlp-2-v4/triton/digits-mlp-2/1/model.onnx",
      "digits-mlp-2-v4/triton/digits-mlp-2/config.pbtxt",
    ]);
  });

  it("puts the ONNX file in byte for byte, twice, also when it is larger than one compression piece", async () => {
    const onnx = Uint8Array.from({ length: 700_000 }, (_, index) => (index * 2_654_435_761) >>> 24);
    const files = unzipSync(await buildSelfHostBundle({ ...MIXED, onnx }));
    expect(files["3d-scan--v12/model.onnx"]).toEqual(onnx);
    expect(files["3d-scan--v12/triton/3d-scan-/1/model.onnx"]).toEqual(onnx);
  });

  it("gives the same bytes for the same model and time, so a bundle can be checked against another", async () => {
    const first = await buildSelfHostBundle(MIXED);
    expect(await buildSelfHostBundle(MIXED)).toEqual(first);
    expect(await buildSelfHostBundle({ ...MIXED, modifiedAt: new Date(Date.UTC(2027, 5, 1)) })).not.toEqual(first);
  });

  it("writes a Triton configuration with every input and output, its type and its full dimensions", async () => {
    const files = unzipSync(await buildSelfHostBundle(MIXED));
    const source = text(files["3d-scan--v12/triton/3d-scan-/config.pbtxt"]);
    expect(source).toMatch(/^max_batch_size: 0$/m);
    const config = parseTritonConfig(source);
    const dims = (tensor: { dims: string[] }) => tensor.dims.map(Number);
    expect(config.name).toBe("3d-scan-");
    expect(config.platform).toBe("onnxruntime_onnx");
    expect(config.input.map((tensor) => [tensor.name, tensor.data_type, dims(tensor)])).toEqual([
      ["image", "TYPE_UINT8", [-1, 3, 32, 32]],
      ['scale "x"\\é', "TYPE_FP64", [-1]],
      ["flag", "TYPE_BOOL", [1]],
    ]);
    // A scalar is declared as [1] and reshaped to no dimensions, as Triton asks.
    expect(config.input[2]?.reshape).toEqual({});
    expect(source).toContain("reshape: { shape: [ ] }");
    expect(config.output.map((tensor) => [tensor.name, tensor.data_type, dims(tensor)])).toEqual([
      ["label", "TYPE_STRING", [-1]],
      ["scores", "TYPE_FP16", [-1, 10]],
      ["count", "TYPE_INT32", [1]],
    ]);
  });

  it("writes a KServe InferenceService for the Triton repository, named as KServe allows", async () => {
    const files = unzipSync(await buildSelfHostBundle(MIXED));
    const source = text(files["3d-scan--v12/kserve/inference-service.yaml"]);
    const service = parse(source) as {
      apiVersion: string;
      kind: string;
      metadata: { name: string };
      spec: { predictor: { model: { modelFormat: { name: string }; protocolVersion: string; storageUri: string } } };
    };
    expect(service.apiVersion).toBe("serving.kserve.io/v1beta1");
    expect(service.kind).toBe("InferenceService");
    // A Stepwise name may start with a digit and end with a dash; a KServe name may not.
    expect(service.metadata.name).toBe("model-3d-scan");
    expect(service.spec.predictor.model.modelFormat.name).toBe("onnx");
    expect(service.spec.predictor.model.protocolVersion).toBe("v2");
    expect(service.spec.predictor.model.storageUri).toMatch(/^s3:\/\//);
    expect(source).toMatch(/# .*triton\/ folder[\s\S]*3d-scan-\/config\.pbtxt and 3d-scan-\/1\/model\.onnx[\s\S]*storageUri:/);
  });

  it("bakes the model into app.py as Python literals, escaping what could end a string", async () => {
    const files = unzipSync(await buildSelfHostBundle(MIXED));
    const app = text(files["3d-scan--v12/app.py"]);
    expect(app).toContain('MODEL_NAME = "3d-scan-"\nMODEL_VERSION = 12\nSTEPWISE_VERSION = "9.8.7-test"\n');
    expect(app).toContain('{"name": "scale \\"x\\"\\\\\\xe9", "datatype": "FP64", "shape": [-1]},');
    expect(app).toContain('{"name": "flag", "datatype": "BOOL", "shape": []},');
  });

  it("pins the Python packages and runs gunicorn as a user without privileges in the Dockerfile", async () => {
    const files = unzipSync(await buildSelfHostBundle(MIXED));
    expect(text(files["3d-scan--v12/requirements.txt"]).match(/^[a-z]+==[\d.]+$/gm)).toEqual([
      "flask==3.1.0",
      "gunicorn==23.0.0",
      "numpy==2.1.3",
      "onnxruntime==1.20.1",
    ]);
    const dockerfile = text(files["3d-scan--v12/Dockerfile"]);
    expect(dockerfile).toMatch(/^FROM python:3\.12-slim$/m);
    expect(dockerfile).toMatch(/^RUN pip install --no-cache-dir -r requirements\.txt$/m);
    expect(dockerfile).toMatch(/^USER (?!root)\w+$/m);
    // The user never changes: created before the first COPY, its layer stays in the cache across code changes.
    expect(dockerfile.indexOf("\nRUN useradd ")).toBeGreaterThan(-1);
    expect(dockerfile.indexOf("\nRUN useradd ")).toBeLessThan(dockerfile.indexOf("\nCOPY "));
    expect(dockerfile).toMatch(/^EXPOSE 8080$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK [^\n]*\\\n\s+CMD \["python", "-c", "[^"]*urllib[^"]*\/v2\/health\/ready/m);
    expect(dockerfile).toMatch(/^CMD \[.*gunicorn --workers 2 .*app:app"\]$/m);
  });

  it("refuses a name, version or signature that could not make a safe bundle", async () => {
    const base = standInBundle("classifier", "ok");
    await expect(buildSelfHostBundle({ ...base, name: "../etc" })).rejects.toThrow(/model name "\.\.\/etc"/);
    await expect(buildSelfHostBundle({ ...base, name: 'a"\nimport os' })).rejects.toThrow(/letters, digits and dashes/);
    await expect(buildSelfHostBundle({ ...base, version: 1.5 })).rejects.toThrow(/version 1\.5/);
    await expect(buildSelfHostBundle({ ...base, version: 0 })).rejects.toThrow(/version 0/);
    const repeated = { inputs: base.signature.inputs, outputs: [...base.signature.outputs, ...base.signature.outputs] };
    await expect(buildSelfHostBundle({ ...base, signature: repeated })).rejects.toThrow(
      /output name "label" is empty or repeated/,
    );
    const badShape = { ...base.signature, inputs: [{ name: "input", datatype: "FP32" as const, shape: [-2, 3] }] };
    await expect(buildSelfHostBundle({ ...base, signature: badShape })).rejects.toThrow(/shape \[-2,3\]/);
  });
});
