import type { ModelCard, TensorSpec } from "../../../shared/api/index.js";
import { bundleFolderName, type SelfHostBundleInput } from "./bundle-input.js";
import { exampleInferBody, examplePredictBody } from "./example-requests.js";
import { codeBlock, codeSpan, demoteHeadings, tableCell, tableCodeSpan } from "./markdown-text.js";
import { type PythonValue, pythonExpression } from "./python-literal.js";
import { PYTHON_BASE_IMAGE } from "./render-dockerfile.js";
import { kserveServiceName } from "./render-kserve-service.js";
import { PINNED_REQUIREMENTS } from "./render-requirements.js";
import { shellQuote } from "./shell-quote.js";

/** A Triton release to show in the README; any recent one serves this repository. */
export const TRITON_IMAGE = "nvcr.io/nvidia/tritonserver:24.12-py3";

/** Bodies longer than this are built by a line of Python in the README instead of written out. */
const INLINE_BODY_LIMIT = 2000;

/**
 * A curl command POSTing `body` as JSON to `url`. Short bodies are written out; a long one (an
 * image batch can hold 150,000 numbers) is made by `python3 -c` and piped in, so the README
 * stays readable and the request is still exactly the example. `url` and `headerWords` are shell
 * words already (quoted where they need to be).
 */
export function curlPost(url: string, body: PythonValue, headerWords: readonly string[] = []): string {
  const json = JSON.stringify(body);
  const extra = headerWords.map((word) => ` -H ${word}`).join("");
  const curl = `curl -s${extra} -H 'Content-Type: application/json' ${url}`;
  if (json.length <= INLINE_BODY_LIMIT) return `${curl} \\\n  -d ${shellQuote(json)}`;
  const python = `import json; print(json.dumps(${pythonExpression(body)}))`;
  return `python3 -c ${shellQuote(python)} \\\n  | ${curl} -d @-`;
}

function tensorRows(side: string, tensors: readonly TensorSpec[]): string[] {
  return tensors.map(
    (tensor) => `| ${side} | ${tableCodeSpan(tensor.name)} | ${tensor.datatype} | [${tensor.shape.join(", ")}] |`,
  );
}

function predictionText(outputs: readonly TensorSpec[]): string {
  const only = outputs[0];
  if (outputs.length === 1 && only) {
    return `each prediction is that instance's row of the output ${JSON.stringify(only.name)} (a single value when the row is one value).`;
  }
  const example = Object.fromEntries(outputs.map((tensor) => [tensor.name, tensor.shape.length > 1 ? "[...]" : "..."]));
  return `each prediction holds that instance's row of every output: ${codeSpan(JSON.stringify(example).replace(/"(\[\.\.\.\]|\.\.\.)"/g, "$1"))}.`;
}

function cardSection(card: ModelCard): string {
  const metrics =
    card.metrics.length === 0
      ? "No metrics were recorded."
      : [
          "| metric | value |",
          "|---|---|",
          ...card.metrics.map((metric) => `| ${tableCell(metric.name)} | ${metric.value} |`),
        ].join("\n");
  const origin = [
    card.projectId ? `Built for the Stepwise project ${codeSpan(card.projectId)}` : "",
    card.submissionId ? `, submission ${codeSpan(card.submissionId)}` : "",
  ].join("");
  return [
    "## Model card",
    "",
    "What the model's author wrote about it in Stepwise.",
    "",
    "### Description",
    "",
    demoteHeadings(card.description.trim(), 3) || "No description was given.",
    "",
    "### Metrics",
    "",
    metrics,
    "",
    "### Training data",
    "",
    demoteHeadings(card.trainingData.trim(), 3) || "Not described.",
    ...(origin ? ["", `${origin}.`] : []),
    "",
    "### Notes",
    "",
    demoteHeadings(card.notes.trim(), 3) || "None.",
  ].join("\n");
}

/**
 * The bundle's `README.md`: what is inside, how to run it (Docker, a virtual environment, Triton,
 * KServe), requests that fit this model's real signature, and the model card. The card's text
 * is the learner's own Markdown and goes in as written.
 */
export function renderReadme(input: SelfHostBundleInput): string {
  const { name, version, signature, card } = input;
  const folder = bundleFolderName(input);
  const predict = examplePredictBody(signature) as unknown as PythonValue;
  const infer = exampleInferBody(signature) as unknown as PythonValue;
  const service = kserveServiceName(name);
  const pins = Object.entries(PINNED_REQUIREMENTS)
    .map(([pkg, pinned]) => `${pkg} ${pinned}`)
    .join(", ");
  return [
    `# ${name}, version ${version}: serve it yourself`,
    "",
    demoteHeadings(card.description.trim(), 2) || "A model exported from Stepwise.",
    "",
    `This folder was made by Stepwise ${tableCell(input.stepwiseVersion)}. It serves the model with the same routes and JSON as`,
    "Stepwise does, so code written against Stepwise works against it unchanged; it also speaks the Open Inference",
    "Protocol v2, as KServe, Triton and MLServer do.",
    "",
    "## What is inside",
    "",
    "| file | what it is |",
    "|---|---|",
    "| `model.onnx` | the model, byte for byte the file Stepwise holds |",
    "| `app.py` | the server: Flask and onnxruntime, with Stepwise's `/predict` and the Open Inference Protocol v2 |",
    "| `requirements.txt` | the Python packages `app.py` needs, pinned |",
    "| `Dockerfile` | an image that runs `app.py` under gunicorn on port 8080 |",
    `| \`triton/${name}/\` | a model repository for NVIDIA Triton Inference Server (\`config.pbtxt\`, \`1/model.onnx\`) |`,
    "| `kserve/inference-service.yaml` | a KServe InferenceService that serves the Triton repository |",
    "",
    "## The model's inputs and outputs",
    "",
    "| | name | datatype | shape |",
    "|---|---|---|---|",
    ...tensorRows("input", signature.inputs),
    ...tensorRows("output", signature.outputs),
    "",
    "-1 is a dimension of any size: usually the first, the number of rows in a batch.",
    "",
    "## Run it with Docker",
    "",
    codeBlock(
      [`cd ${folder}`, `docker build -t ${name}:${version} .`, `docker run --rm -p 8080:8080 ${name}:${version}`].join("\n"),
      "sh",
    ),
    "",
    `The image is \`${PYTHON_BASE_IMAGE}\` with the pinned packages; the server runs as a user without privileges, with`,
    "two gunicorn workers, and Docker's health check asks `/v2/health/ready`. Set `PORT` (`docker run -e PORT=9000",
    "-p 9000:9000 ...`) to listen elsewhere.",
    "",
    "## Run it without Docker",
    "",
    "With Python 3.10 or newer (the image uses 3.12):",
    "",
    codeBlock(
      [
        `cd ${folder}`,
        "python3 -m venv .venv",
        ". .venv/bin/activate          # Windows: .venv\\Scripts\\activate",
        "pip install -r requirements.txt",
        "python app.py                 # Flask's development server on http://127.0.0.1:8080",
        "gunicorn --workers 2 --bind 0.0.0.0:8080 app:app   # or this, for real traffic (Linux, macOS)",
      ].join("\n"),
      "sh",
    ),
    "",
    "## Ask it for predictions",
    "",
    "Stepwise's own route: one instance per example, here a batch of one instance of zeros of the right shape.",
    "",
    codeBlock(curlPost("http://localhost:8080/predict", predict), "sh"),
    "",
    `The answer is \`{"predictions": [...], "model": ${JSON.stringify(name)}, "version": ${version}}\`: one prediction per instance;`,
    predictionText(signature.outputs),
    signature.inputs.length === 1
      ? "An instance is the input's row (its shape without the first, batch, dimension)."
      : "With several inputs, an instance is an object with one row per input.",
    `The same route answers at \`/api/models/${name}/predict\`, as in Stepwise.`,
    "",
    "The Open Inference Protocol v2 (the same request works on Triton and KServe below):",
    "",
    codeBlock(
      [
        curlPost(`http://localhost:8080/v2/models/${name}/infer`, infer),
        `curl -s http://localhost:8080/v2/models/${name}        # inputs, outputs, datatypes, shapes`,
        "curl -s http://localhost:8080/v2/health/ready",
      ].join("\n"),
      "sh",
    ),
    "",
    'An infer request may add `"id"` (sent back as is) and `"outputs": [{"name": ...}]` to ask for some outputs',
    "only; `data` may be flat or nested. A request that does not fit the model gets HTTP 400 and",
    '`{"error": "..."}` naming the shape the model expects; another model name or version gets 404.',
    "",
    "## Serve it with Triton",
    "",
    codeBlock(
      [
        `cd ${folder}`,
        `docker run --rm -p 8000:8000 -v "$PWD/triton:/models" ${TRITON_IMAGE} \\`,
        "  tritonserver --model-repository=/models",
        curlPost(`http://localhost:8000/v2/models/${name}/infer`, infer),
      ].join("\n"),
      "sh",
    ),
    "",
    `Triton speaks only the Open Inference Protocol (no \`/predict\`), on port 8000, and knows this model as version 1`,
    `(the folder \`triton/${name}/1/\`), whatever its Stepwise version. Any recent Triton release will do; it needs no`,
    "GPU for this model.",
    "",
    "## Serve it with KServe",
    "",
    "KServe serves ONNX models with Triton, so it takes the same repository:",
    "",
    `1. Upload the \`triton/\` folder to storage your cluster can read (S3, GCS, Azure, a PVC), so that the address holds \`${name}/config.pbtxt\` and \`${name}/1/model.onnx\`.`,
    "2. Put that address in `storageUri` in `kserve/inference-service.yaml`.",
    "3. Apply it and ask it for a prediction:",
    "",
    codeBlock(
      [
        "kubectl apply -f kserve/inference-service.yaml",
        `kubectl get inferenceservice ${service}          # wait for READY True`,
        `SERVICE_HOSTNAME=$(kubectl get inferenceservice ${service} -o jsonpath='{.status.url}' | cut -d/ -f3)`,
        curlPost(`"http://$INGRESS_HOST:$INGRESS_PORT/v2/models/${name}/infer"`, infer, ['"Host: $SERVICE_HOSTNAME"']),
      ].join("\n"),
      "sh",
    ),
    "",
    "`INGRESS_HOST` and `INGRESS_PORT` are your cluster's ingress, as KServe's documentation explains.",
    "",
    cardSection(card),
    "",
    "## How far this was tested",
    "",
    `The versions in \`requirements.txt\` (${pins}) were chosen to work together on Python 3.12; they were not`,
    "installed together where Stepwise is tested, which has no access to PyPI. There, `app.py` is compiled and its",
    "routes are run with Flask and numpy against a stand-in for onnxruntime that computes a small known model, and",
    "gunicorn runs it with the Dockerfile's command. The image, Triton and KServe were not run there.",
    "",
  ].join("\n");
}
