import { assertBundleInput, type SelfHostBundleInput } from "./bundle-input.js";
import { bundleFiles } from "./bundle-files.js";
import { zipArchive } from "./zip-archive.js";

/**
 * A zip archive for serving one model version without Stepwise: one folder `<name>-v<version>/`
 * holding `model.onnx`, a Flask + onnxruntime `app.py` with Stepwise's routes and the Open
 * Inference Protocol v2, `requirements.txt`, a `Dockerfile`, a `README.md` with the model card,
 * a Triton model repository (`triton/<name>/config.pbtxt`, `triton/<name>/1/model.onnx`) and a
 * KServe `kserve/inference-service.yaml`. docs/self-host-bundle.md describes it.
 *
 * Throws when the name, version or signature could not make a safe bundle (see `assertBundleInput`).
 */
export async function buildSelfHostBundle(input: SelfHostBundleInput): Promise<Uint8Array> {
  assertBundleInput(input);
  return zipArchive(bundleFiles(input), input.modifiedAt ?? new Date());
}
