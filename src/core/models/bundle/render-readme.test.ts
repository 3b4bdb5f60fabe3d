import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import type { SelfHostBundleInput } from "./bundle-input.js";
import { exampleInferBody, examplePredictBody } from "./example-requests.js";
import { renderReadme } from "./render-readme.js";
import { standInBundle } from "./stand-in/stand-in-models.js";

const PYTHON = process.env.STEPWISE_PYTHON ?? "python3";
// One shell word in single quotes, '\'' standing for a quote inside.
const WORD = String.raw`'(?:[^']|'\\'')*'`;

/** What a POSIX shell makes of `command`'s standard output. */
function shell(command: string): string {
  const result = spawnSync("sh", ["-c", command], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`sh -c ${command.slice(0, 200)} failed: ${result.stderr}`);
  return result.stdout;
}

/** The JSON body the README's curl command sends to `url`, whether written out or built by python3 -c. */
function bodySentTo(readme: string, url: string): unknown {
  const curl = `curl -s -H 'Content-Type: application/json' ${url.replace(/[.$/]/g, "\\$&")}`;
  const inline = new RegExp(`${curl} \\\\\\n  -d (${WORD})`).exec(readme);
  if (inline?.[1]) return JSON.parse(shell(`printf %s ${inline[1]}`));
  const built = new RegExp(`python3 -c (${WORD}) \\\\\\n  \\| ${curl} -d @-`).exec(readme);
  if (built?.[1]) return JSON.parse(shell(`${PYTHON} -c ${built[1]}`));
  throw new Error(`The README has no curl command for ${url}`);
}

const IMAGES: SelfHostBundleInput = {
  ...standInBundle("classifier", "cats-vs-dogs"),
  signature: {
    inputs: [{ name: "pixels", datatype: "FP32", shape: [-1, 3, 224, 224] }],
    outputs: [{ name: "label", datatype: "INT64", shape: [-1] }],
  },
};

describe("the bundle's README", () => {
  it("renders the model card: description, metrics, training data, origin and notes", () => {
    const readme = renderReadme(standInBundle("classifier", "flowers-2"));
    expect(readme).toMatch(/^# flowers-2, version 1/);
    expect(readme).toContain("### Description\n\nTells two kinds of flower apart from three measurements.");
    expect(readme).toContain("| accuracy | 0.93 |\n| macro F1 \\| held out | 0.91 |");
    expect(readme).toContain("### Training data\n\n120 rows of a made-up flower table.");
    expect(readme).toContain("Built for the Stepwise project `flowers`, submission `s-42`.");
    // The learner's own headings go under the README's "### Notes"; a "#" in their code block stays.
    expect(readme).toContain("### Notes\n\n#### Limits\n\nOnly three measurements.\n\n```text\n# not a heading\n```");
    expect(readme).not.toMatch(/^# Limits/m);
  });

  it("says so when the card is empty", () => {
    const empty = { description: "", metrics: [], trainingData: "", projectId: null, submissionId: null, notes: "" };
    const readme = renderReadme({ ...standInBundle("classifier", "bare"), card: empty });
    expect(readme).toContain("No description was given.");
    expect(readme).toContain("No metrics were recorded.");
    expect(readme).not.toContain("Built for the Stepwise project");
  });

  it("shows the model's real inputs and outputs, and curl requests that send a zero row of the right width", () => {
    const input = standInBundle("classifier", "flowers-2");
    const readme = renderReadme(input);
    expect(readme).toContain("| input | `input` | FP32 | [-1, 3] |");
    expect(readme).toContain("| output | `probabilities` | FP32 | [-1, 2] |");
    expect(bodySentTo(readme, "http://localhost:8080/predict")).toEqual({ instances: [[0, 0, 0]] });
    expect(bodySentTo(readme, "http://localhost:8080/v2/models/flowers-2/infer")).toEqual({
      inputs: [{ name: "input", shape: [1, 3], datatype: "FP32", data: [0, 0, 0] }],
    });
    expect(bodySentTo(readme, "http://localhost:8000/v2/models/flowers-2/infer")).toEqual(exampleInferBody(input.signature));
    expect(readme).toContain('"http://$INGRESS_HOST:$INGRESS_PORT/v2/models/flowers-2/infer"');
  });

  it("builds a large request with a line of Python that makes exactly the example", () => {
    const readme = renderReadme(IMAGES);
    expect(readme.length).toBeLessThan(20_000);
    expect(readme).toContain("python3 -c 'import json; print(json.dumps(");
    expect(bodySentTo(readme, "http://localhost:8080/predict")).toEqual(examplePredictBody(IMAGES.signature));
    expect(bodySentTo(readme, "http://localhost:8080/v2/models/cats-vs-dogs/infer")).toEqual(exampleInferBody(IMAGES.signature));
  });

  it("quotes tensor names for the shell, so a quote in a name does not break the command", () => {
    const quoted: SelfHostBundleInput = {
      ...IMAGES,
      signature: {
        inputs: [
          { name: "it's", datatype: "FP32", shape: [-1, 2] },
          { name: "`$(touch x)`", datatype: "BOOL", shape: [-1] },
        ],
        outputs: [{ name: "y", datatype: "FP32", shape: [-1] }],
      },
    };
    const readme = renderReadme(quoted);
    expect(bodySentTo(readme, "http://localhost:8080/predict")).toEqual({
      instances: [{ "it's": [0, 0], "`$(touch x)`": false }],
    });
    expect(readme).toContain("| input | `` `$(touch x)` `` | BOOL | [-1] |");
  });
});
