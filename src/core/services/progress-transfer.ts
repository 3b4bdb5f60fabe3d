import { randomUUID } from "node:crypto";
import type { Curriculum } from "../../shared/content/index.js";
import {
  PROGRESS_EXPORT_FORMAT,
  PROGRESS_EXPORT_VERSION,
  type ProgressExport,
  ProgressExportSchema,
} from "../../shared/progress/progress-export.js";
import type { Database } from "../db/database-schema.js";
import { findBackup, insertBackup } from "../db/progress-backups.repository.js";
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
  /** The backup of the progress as it was just before, to restore if the file was the wrong one. */
  readonly backupId: string;
}

/** How many of one kind an import would add, change, remove or leave as they are. */
export interface ChangeCounts {
  readonly added: number;
  readonly changed: number;
  readonly removed: number;
  readonly unchanged: number;
}

function countChanges(
  current: ReadonlyMap<string, string>,
  incoming: ReadonlyMap<string, string>,
  mode: ImportMode,
): ChangeCounts {
  let added = 0;
  let changed = 0;
  let unchanged = 0;
  for (const [key, value] of incoming) {
    const before = current.get(key);
    if (before === undefined) added += 1;
    else if (before === value) unchanged += 1;
    else changed += 1;
  }
  const removed = mode === "replace" ? [...current.keys()].filter((key) => !incoming.has(key)).length : 0;
  return { added, changed, removed, unchanged };
}

/** What an import would do to the learner's statuses and notes, without doing it. */
export async function previewImport(
  db: Database,
  userId: string,
  document: ProgressExport,
  mode: ImportMode,
): Promise<{ mode: ImportMode; statuses: ChangeCounts; notes: ChangeCounts }> {
  const [progress, notes] = await Promise.all([listTopicProgress(db, userId), listTopicNotes(db, userId)]);
  const entries = Object.entries(document.topics);
  const incoming = (pick: (entry: ProgressExport["topics"][string]) => string | undefined) =>
    new Map(
      entries.flatMap(([topicId, entry]) => (pick(entry) === undefined ? [] : [[topicId, pick(entry) as string] as const])),
    );
  return {
    mode,
    statuses: countChanges(
      new Map(progress.map((row) => [row.topic_id, row.status])),
      incoming((entry) => entry.status),
      mode,
    ),
    notes: countChanges(
      new Map(notes.map((row) => [row.topic_id, row.text])),
      incoming((entry) => entry.note),
      mode,
    ),
  };
}

/** Restores a backup: a replace import of it, which itself backs up the progress it replaces. */
export async function restoreBackup(
  db: Database,
  userId: string,
  backupId: string,
  now: Date,
): Promise<ImportResult | undefined> {
  const backup = await findBackup(db, userId, backupId);
  if (!backup) return undefined;
  const document = ProgressExportSchema.parse(JSON.parse(backup.document_json));
  return applyImport(db, userId, document, "replace", now, `before restoring the backup of ${backup.created_at}`);
}

/**
 * Applies a checked document in one transaction, after keeping a backup of the progress it
 * changes: `replace` makes the learner's progress equal to the document; `merge` only overwrites
 * the topics the document names.
 */
export async function applyImport(
  db: Database,
  userId: string,
  document: ProgressExport,
  mode: ImportMode,
  now: Date,
  reason = `before importing a file (${mode})`,
): Promise<ImportResult> {
  let statusesImported = 0;
  let notesImported = 0;
  const backupId = randomUUID();
  await db.transaction().execute(async (trx) => {
    const before = await exportProgress(trx, userId, now);
    await insertBackup(trx, {
      id: backupId,
      user_id: userId,
      reason,
      document_json: JSON.stringify(before),
      created_at: now.toISOString(),
    });
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
  return { mode, statusesImported, notesImported, backupId };
}
