import { bundleFolderName, type SelfHostBundleInput } from "./bundle-input.js";
import { renderAppPy } from "./render-app-py.js";
import { renderDockerfile } from "./render-dockerfile.js";
import { renderKserveService } from "./render-kserve-service.js";
import { renderReadme } from "./render-readme.js";
import { renderRequirements } from "./render-requirements.js";
import { renderTritonConfig } from "./render-triton-config.js";
import type { ArchiveFile } from "./zip-archive.js";

/**
 * Every file of the bundle, under the top folder `<name>-v<version>/`. The only parts of a path
 * taken from the input are the model's name and version, which `assertBundleInput` has checked
 * against the name pattern and for a whole number.
 */
export function bundleFiles(input: SelfHostBundleInput): ArchiveFile[] {
  const top = bundleFolderName(input);
  return [
    { path: `${top}/README.md`, data: renderReadme(input) },
    { path: `${top}/app.py`, data: renderAppPy(input) },
    { path: `${top}/requirements.txt`, data: renderRequirements() },
    { path: `${top}/Dockerfile`, data: renderDockerfile() },
    { path: `${top}/model.onnx`, data: input.onnx },
    { path: `${top}/triton/${input.name}/config.pbtxt`, data: renderTritonConfig(input) },
    // Triton numbers versions by folder; this repository holds the one version, as 1.
    { path: `${top}/triton/${input.name}/1/model.onnx`, data: input.onnx },
    { path: `${top}/kserve/inference-service.yaml`, data: renderKserveService(input) },
  ];
}
