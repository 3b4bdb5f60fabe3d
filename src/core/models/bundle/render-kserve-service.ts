import { Document, isMap, isScalar } from "yaml";
import { bundleFolderName, type SelfHostBundleInput } from "./bundle-input.js";

/**
 * The InferenceService's name. KServe requires a DNS-1035 label (`[a-z]([-a-z0-9]*[a-z0-9])?`),
 * stricter than a Stepwise model name, which may start with a digit or end with a dash.
 */
export function kserveServiceName(modelName: string): string {
  const name = /^[a-z]/.test(modelName) ? modelName : `model-${modelName}`;
  return name.slice(0, 63).replace(/-+$/, "");
}

/**
 * `kserve/inference-service.yaml`: an InferenceService for KServe's ONNX runtime (Triton), speaking
 * the Open Inference Protocol. Written through the yaml library, so every value is quoted as YAML
 * needs; storageUri is a placeholder with a comment on what to upload there.
 */
export function renderKserveService(input: SelfHostBundleInput): string {
  const document = new Document({
    apiVersion: "serving.kserve.io/v1beta1",
    kind: "InferenceService",
    metadata: { name: kserveServiceName(input.name) },
    spec: {
      predictor: {
        model: {
          modelFormat: { name: "onnx" },
          protocolVersion: "v2",
          storageUri: "s3://YOUR-BUCKET/PATH/triton",
          resources: { requests: { cpu: "100m", memory: "512Mi" }, limits: { cpu: "1", memory: "1Gi" } },
        },
      },
    },
  });
  document.commentBefore = [
    " A KServe InferenceService for this model, made by Stepwise (see README.md):",
    " kubectl apply -f kserve/inference-service.yaml",
  ].join("\n");
  commentBeforeKey(document, "protocolVersion", [
    " KServe serves ONNX with its Triton runtime, which speaks the Open Inference Protocol (v2) only.",
  ]);
  commentBeforeKey(document, "storageUri", [
    " Upload the bundle's triton/ folder (a Triton model repository) and put its address here, so",
    ` that the address holds ${input.name}/config.pbtxt and ${input.name}/1/model.onnx, e.g.`,
    `   aws s3 cp --recursive triton/ s3://my-bucket/models/${bundleFolderName(input)}/triton/`,
    " gs://, Azure blob https:// and pvc:// addresses work too.",
  ]);
  commentBeforeKey(document, "resources", [" Enough for a small model; raise them for a large one."]);
  return document.toString();
}

function commentBeforeKey(document: Document, key: string, lines: readonly string[]): void {
  const model = document.getIn(["spec", "predictor", "model"], true);
  if (!isMap(model)) return;
  for (const pair of model.items) {
    if (isScalar(pair.key) && pair.key.value === key) pair.key.commentBefore = lines.join("\n");
  }
}
