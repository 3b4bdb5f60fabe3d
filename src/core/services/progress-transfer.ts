import type { Curriculum } from "../../shared/content/index.js";
import { PROGRESS_EXPORT_FORMAT, PROGRESS_EXPORT_VERSION, type ProgressExport } from "../../shared/progress/progress-export.js";
import type { Database } from "../db/database-schema.js";
import { deleteAllTopicNotes, listTopicNotes, saveTopicNote } from "../db/topic-notes.repository.js";
import { deleteAllTopicProgress, listTopicProgress, saveTopicStatus } from "../db/topic-progress.repository.js";

/** Gathers a learner's statuses and notes into one portable document. */
export async function exportProgress(db: Database, userId: string, now: Date): Promise<ProgressExport> {
  const [progress, notes] = await Promise.all([listTopicProgress(db, userId), listTopicNotes(db, userId)]);
  const topics: ProgressExport["topics"] = {};
  for (const row of progress) topics[row.topic_id] = { status: row.status, updatedAt: row.updated_at };
  for (const row of notes) {
    const entry = topics[row.topic_id] ?? {};
    topics[row.topic_id] = { ...entry, note: row.text, updatedAt: latest(entry.updatedAt, row.updated_at) };
  }
  return { format: PROGRESS_EXPORT_FORMAT, version: PROGRESS_EXPORT_VERSION, exportedAt: now.toISOString(), topics };
}

function latest(a: string | undefined, b: string): string {
  return a !== undefined && a > b ? a : b;
}

export type ImportMode = "replace" | "merge";

/**
 * The first topic id in an import document that this roadmap does not have, if any. Checked
 * before anything is written, so an import is all or nothing.
 */
export function findUnknownTopic(curriculum: Curriculum, document: ProgressExport): string | undefined {
  return Object.keys(document.topics).find((topicId) => !curriculum.topicsById.has(topicId));
}

export interface ImportResult {
  readonly mode: ImportMode;
  readonly statusesImported: number;
  readonly notesImported: number;
}

/**
 * Applies a checked document in one transaction: `replace` makes the learner's progress equal to
 * the document; `merge` only overwrites the topics the document names.
 */
export async function applyImport(
  db: Database,
  userId: string,
  document: ProgressExport,
  mode: ImportMode,
  now: Date,
): Promise<ImportResult> {
  let statusesImported = 0;
  let notesImported = 0;
  await db.transaction().execute(async (trx) => {
    if (mode === "replace") {
      await deleteAllTopicProgress(trx, userId);
      await deleteAllTopicNotes(trx, userId);
    }
    for (const [topicId, entry] of Object.entries(document.topics)) {
      const updatedAt = entry.updatedAt ?? now.toISOString();
      if (entry.status !== undefined) {
        await saveTopicStatus(trx, { userId, topicId, status: entry.status, updatedAt });
        statusesImported += 1;
      }
      if (entry.note !== undefined) {
        await saveTopicNote(trx, { userId, topicId, text: entry.note, updatedAt });
        notesImported += 1;
      }
    }
  });
  return { mode, statusesImported, notesImported };
}
