import type { ModelCard, ModelSignature } from "../../../shared/api/index.js";
import { MODEL_NAME_PATTERN } from "../../../shared/models/names.js";

/** Everything a self-host bundle is made from: one version of one model, as the registry holds it. */
export interface SelfHostBundleInput {
  /** The model's name (`MODEL_NAME_PATTERN`): the top folder, the URLs and the Triton model are named after it. */
  readonly name: string;
  /** The version number (1, 2, ...). */
  readonly version: number;
  /** The ONNX file, byte for byte. */
  readonly onnx: Uint8Array;
  readonly signature: ModelSignature;
  readonly card: ModelCard;
  /** The Stepwise release that made the bundle; the bundle's server reports it at `GET /v2`. */
  readonly stepwiseVersion: string;
  /** The files' modification time in the zip (default: now). A fixed time gives the same bytes for the same model. */
  readonly modifiedAt?: Date;
}

/**
 * Refuses an input that could put something unexpected into a path, a URL or generated source.
 * The caller has validated these already; the bundle checks again because a name that slipped
 * through would become a folder in someone's file system and a string in a server they run.
 */
export function assertBundleInput(input: SelfHostBundleInput): void {
  if (!MODEL_NAME_PATTERN.test(input.name)) {
    throw new Error(
      `Cannot build a bundle for the model name ${JSON.stringify(input.name)}: a name must be 1–63 lower-case letters, digits and dashes.`,
    );
  }
  if (!Number.isSafeInteger(input.version) || input.version < 1) {
    throw new Error(`Cannot build a bundle for version ${String(input.version)}: a version is a whole number from 1.`);
  }
  const { inputs, outputs } = input.signature;
  if (inputs.length === 0 || outputs.length === 0) {
    throw new Error("Cannot build a bundle for a model without inputs or outputs: check the ONNX file's graph.");
  }
  for (const [side, tensors] of [
    ["input", inputs],
    ["output", outputs],
  ] as const) {
    const seen = new Set<string>();
    for (const tensor of tensors) {
      if (tensor.name === "" || seen.has(tensor.name)) {
        throw new Error(`Cannot build a bundle: the ${side} name ${JSON.stringify(tensor.name)} is empty or repeated.`);
      }
      seen.add(tensor.name);
      if (!tensor.shape.every((dimension) => Number.isSafeInteger(dimension) && dimension >= -1)) {
        throw new Error(
          `Cannot build a bundle: the ${side} ${JSON.stringify(tensor.name)} has the shape ${JSON.stringify(tensor.shape)}; dimensions are sizes or -1.`,
        );
      }
    }
  }
}

/** The bundle's top folder, `<name>-v<version>`: every file of the archive is inside it. */
export function bundleFolderName(input: Pick<SelfHostBundleInput, "name" | "version">): string {
  return `${input.name}-v${input.version}`;
}
