import type { ModelSignature, ModelVersionView } from "../../../shared/api/index.js";
import { MODEL_NAME_PATTERN } from "../../../shared/models/names.js";

/** The name rule in words, as the server states it, so the field and the server say the same thing. */
export const MODEL_NAME_RULE = "1–63 lower-case letters, digits and dashes, starting with a letter or digit (e.g. digits-mlp)";

/** The alias rule in words; aliases start with a letter so that they never read as a version number. */
export const MODEL_ALIAS_RULE = "1–32 lower-case letters, digits and dashes, starting with a letter (e.g. canary)";

/**
 * A valid model name made from a file name ("Digits MLP v2.onnx" → "digits-mlp-v2"), or "" when nothing
 * usable is left: the learner then types one. Runs of invalid characters become one dash.
 */
export function modelNameFromFileName(fileName: string): string {
  const name = fileName
    .replace(/\.onnx$/i, "")
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^-+/, "")
    .slice(0, 63)
    .replace(/-+$/, "");
  return MODEL_NAME_PATTERN.test(name) ? name : "";
}

const tensor = ({ name, datatype, shape }: ModelSignature["inputs"][number]) =>
  `${name} ${datatype.toLowerCase().replace(/^fp/, "float")}[${shape.join(", ")}]`;

/** `input float32[-1, 784] → label int64[-1], probabilities float32[-1, 10]`: -1 is a dimension of any size. */
export function formatSignature(signature: ModelSignature): string {
  return `${signature.inputs.map(tensor).join(", ")} → ${signature.outputs.map(tensor).join(", ")}`;
}

/**
 * The version the page shows by default and the unpinned endpoints serve: the production alias's
 * version, else the newest (versions come newest first).
 */
export function servedVersion(versions: readonly ModelVersionView[]): ModelVersionView | undefined {
  return versions.find((version) => version.aliases.includes("production")) ?? versions[0];
}
