import {
  PROGRESS_EXPORT_FORMAT,
  PROGRESS_EXPORT_VERSION,
  PROGRESS_SECTIONS,
  type ProgressExport,
  type ProgressSection,
} from "../../../shared/progress/progress-export.js";
import type { Database } from "../../db/database-schema.js";
import { TRANSFER_KINDS } from "../../db/progress-transfer/index.js";

type Sections = Pick<ProgressExport, ProgressSection>;

/** Reads the named sections of a learner's records. */
export async function readSections(
  db: Database,
  userId: string,
  sections: readonly ProgressSection[],
): Promise<Partial<Sections>> {
  const read = await Promise.all(
    sections.map(async (section) => [section, await TRANSFER_KINDS[section].read(db, userId)] as const),
  );
  return Object.fromEntries(read) as Partial<Sections>;
}

/** Everything a learner has done, as one portable document (model files go beside it in the zip). */
export async function exportProgress(db: Database, userId: string, now: Date): Promise<ProgressExport> {
  const sections = (await readSections(db, userId, PROGRESS_SECTIONS)) as Sections;
  return { format: PROGRESS_EXPORT_FORMAT, version: PROGRESS_EXPORT_VERSION, exportedAt: now.toISOString(), ...sections };
}

/** The model files a document's versions need, each once. */
export function modelFilesOf(document: Pick<ProgressExport, "models">): string[] {
  return [...new Set(document.models.flatMap((model) => model.versions.map((version) => version.sha256)))];
}
