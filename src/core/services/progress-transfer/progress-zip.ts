import { createHash } from "node:crypto";
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import type { ProgressExport } from "../../../shared/progress/progress-export.js";
import type { ModelFileStore } from "../../models/model-file-store.js";
import { modelFilesOf } from "./export-progress.js";
import { type ArrivingModelFiles, ImportRefused } from "./import-progress.js";

/** The document's name inside the zip export; model files sit beside it under models/. */
export const ZIP_DOCUMENT = "stepwise-progress.json";
const MODEL_FILE = /^models\/([0-9a-f]{64})\.onnx$/;

/** The export with every model file its versions use: all a learner needs to move to another Stepwise. */
export async function buildProgressZip(document: ProgressExport, store: ModelFileStore): Promise<Uint8Array> {
  const entries: Zippable = { [ZIP_DOCUMENT]: strToU8(JSON.stringify(document, null, 2)) };
  for (const sha256 of modelFilesOf(document)) {
    // ONNX weights barely compress; storing them keeps the export fast.
    entries[`models/${sha256}.onnx`] = [await store.read(sha256), { level: 0 }];
  }
  return zipSync(entries, { level: 6 });
}

/**
 * Opens a zip export: its document (still to be validated) and its model files, each checked to
 * be the file its name says. Refuses anything else inside and entries that would unpack too large.
 */
export function readProgressZip(
  bytes: Uint8Array,
  maxUnpackedBytes: number,
): { document: unknown; arriving: ArrivingModelFiles } {
  let unpacked = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter(file) {
        unpacked += file.originalSize;
        if (unpacked > maxUnpackedBytes)
          throw new ImportRefused([`the zip unpacks to more than ${Math.round(maxUnpackedBytes / 2 ** 20)} MB`]);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ImportRefused) throw error;
    throw new ImportRefused(["the file is not a readable zip; export again from /progress and import the new file"]);
  }
  const documentBytes = entries[ZIP_DOCUMENT];
  if (!documentBytes) throw new ImportRefused([`the zip has no ${ZIP_DOCUMENT}; is it a Stepwise export?`]);
  let document: unknown;
  try {
    document = JSON.parse(strFromU8(documentBytes));
  } catch {
    throw new ImportRefused([`${ZIP_DOCUMENT} in the zip is not valid JSON`]);
  }
  const arriving = new Map<string, Uint8Array>();
  for (const [name, content] of Object.entries(entries)) {
    if (name === ZIP_DOCUMENT || name.endsWith("/")) continue;
    const sha256 = MODEL_FILE.exec(name)?.[1];
    if (!sha256) throw new ImportRefused([`the zip holds "${name}", which a Stepwise export never does`]);
    if (createHash("sha256").update(content).digest("hex") !== sha256)
      throw new ImportRefused([`${name} in the zip is not the file its name says (its SHA-256 differs); the zip may be damaged`]);
    arriving.set(sha256, content);
  }
  return { document, arriving };
}
