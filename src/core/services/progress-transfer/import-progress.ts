import { randomUUID } from "node:crypto";
import stringify from "safe-stable-stringify";
import type { Curriculum } from "../../../shared/content/index.js";
import { type ImportDocument, type ProgressSection } from "../../../shared/progress/progress-export.js";
import type { Database } from "../../db/database-schema.js";
import { insertBackup } from "../../db/progress-backups.repository.js";
import { type ImportSource, type SectionItem, TRANSFER_KINDS } from "../../db/progress-transfer/index.js";
import type { ModelFileStore } from "../../models/model-file-store.js";
import { keepModelFile } from "../model-registry.js";
import { findImportProblems, type ImportBase } from "./check-import.js";
import { exportProgress, modelFilesOf, readSections } from "./export-progress.js";

export type ImportMode = "replace" | "merge";

export interface ImportDeps {
  readonly db: Database;
  readonly curriculum: Curriculum;
  readonly store: ModelFileStore;
}

/** How many records of one kind an import adds, changes, removes or leaves as they are. */
export interface SectionChanges {
  readonly section: ProgressSection;
  readonly added: number;
  readonly changed: number;
  readonly removed: number;
  readonly unchanged: number;
}

export interface ImportResult {
  readonly mode: ImportMode;
  readonly sections: SectionChanges[];
  /** The backup of everything as it was just before, to restore if the file was the wrong one. */
  readonly backupId: string;
}

/** A file the import refuses, with every problem found (nothing was changed). */
export class ImportRefused extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`${problems.join("; ")}. Nothing was changed.`);
    this.name = "ImportRefused";
  }
}

/** Model files that came with the import (from the zip), by SHA-256, already checked to match it. */
export type ArrivingModelFiles = ReadonlyMap<string, Uint8Array>;

/**
 * Two records are the same when they hold the same data. Whether one was imported is not data the
 * learner made: an identical record is left alone, so it keeps its mark.
 */
function fingerprint(item: object): string {
  return stringify({ ...item, imported: undefined }) ?? "";
}

interface SectionPlan {
  readonly section: ProgressSection;
  readonly write: readonly object[];
  readonly removeKeys: readonly string[];
  /** Key → fingerprint of what the section must hold once the import is done. */
  readonly expected: ReadonlyMap<string, string>;
  readonly changes: SectionChanges;
}

function planSection<S extends ProgressSection>(
  section: S,
  current: readonly SectionItem<S>[],
  incoming: readonly SectionItem<S>[],
  mode: ImportMode,
): SectionPlan {
  const kind = TRANSFER_KINDS[section];
  const before = new Map(current.map((item) => [kind.key(item), fingerprint(item)]));
  const expected = new Map(mode === "merge" ? before : []);
  const write: SectionItem<S>[] = [];
  let unchanged = 0;
  let changed = 0;
  for (const item of incoming) {
    const key = kind.key(item);
    const print = fingerprint(item);
    expected.set(key, print);
    const old = before.get(key);
    if (old === print) unchanged += 1;
    else {
      if (old !== undefined) changed += 1;
      write.push(item);
    }
  }
  const removeKeys = mode === "replace" ? [...before.keys()].filter((key) => !expected.has(key)) : [];
  return {
    section,
    write,
    removeKeys,
    expected,
    changes: {
      section,
      added: write.length - changed,
      changed,
      removed: removeKeys.length,
      unchanged,
    },
  };
}

async function planImport(db: Database, userId: string, file: ImportDocument, mode: ImportMode): Promise<SectionPlan[]> {
  const current = await readSections(db, userId, file.sections);
  return file.sections.map((section) =>
    planSection(section, (current[section] ?? []) as SectionItem<typeof section>[], file.document[section], mode),
  );
}

async function importBase(deps: ImportDeps, userId: string, mode: ImportMode, arriving: ArrivingModelFiles): Promise<ImportBase> {
  const hasModelFile = (sha256: string) => arriving.has(sha256) || deps.store.has(sha256);
  if (mode === "replace")
    return { submissionIds: new Set(), modelVersionIds: new Set(), modelIdsByName: new Map(), hasModelFile };
  const current = await readSections(deps.db, userId, ["projectSubmissions", "models"]);
  const models = current.models ?? [];
  return {
    submissionIds: new Set((current.projectSubmissions ?? []).map((item) => item.id)),
    modelVersionIds: new Set(models.flatMap((model) => model.versions.map((version) => version.id))),
    modelIdsByName: new Map(models.map((model) => [model.name, model.id])),
    hasModelFile,
  };
}

async function refuseProblems(
  deps: ImportDeps,
  userId: string,
  file: ImportDocument,
  mode: ImportMode,
  arriving: ArrivingModelFiles,
) {
  const problems = findImportProblems(deps.curriculum, file.document, await importBase(deps, userId, mode, arriving));
  if (problems.length > 0) throw new ImportRefused(problems);
}

/** What an import would do, kind by kind, without doing it; throws ImportRefused for a file it would refuse. */
export async function previewImport(
  deps: ImportDeps,
  userId: string,
  file: ImportDocument,
  mode: ImportMode,
  arriving: ArrivingModelFiles = new Map<string, Uint8Array>(),
): Promise<{ readonly mode: ImportMode; readonly sections: SectionChanges[] }> {
  await refuseProblems(deps, userId, file, mode, arriving);
  const plans = await planImport(deps.db, userId, file, mode);
  return { mode, sections: plans.map((plan) => plan.changes) };
}

/**
 * Checks a file completely, then applies it in one transaction after keeping a backup of
 * everything: `replace` makes the kinds the file covers equal to it; `merge` adds and overwrites
 * only the records it has. The result is read back inside the transaction and compared with what
 * was meant, so a record that would land elsewhere (another learner's id) undoes it all.
 */
export async function importProgress(
  deps: ImportDeps,
  userId: string,
  file: ImportDocument,
  mode: ImportMode,
  options: {
    readonly now: Date;
    readonly source: ImportSource;
    readonly reason: string;
    readonly arriving?: ArrivingModelFiles | undefined;
  },
): Promise<ImportResult> {
  const arriving = options.arriving ?? new Map<string, Uint8Array>();
  await refuseProblems(deps, userId, file, mode, arriving);
  // Files first, as an upload keeps them: content-addressed, so one the transaction then does not use is harmless.
  for (const sha256 of modelFilesOf(file.document)) {
    const bytes = arriving.get(sha256);
    if (bytes && !deps.store.has(sha256)) await keepModelFile(deps.store, bytes);
  }
  const backupId = randomUUID();
  const plans = await deps.db.transaction().execute(async (trx) => {
    const before = await exportProgress(trx, userId, options.now);
    await insertBackup(trx, {
      id: backupId,
      user_id: userId,
      reason: options.reason,
      document_json: JSON.stringify(before),
      created_at: options.now.toISOString(),
    });
    const plans = await planImport(trx, userId, file, mode);
    for (const plan of [...plans].reverse()) await removeKeys(trx, userId, plan);
    for (const plan of plans) await writeItems(trx, userId, plan, options.source);
    await verify(trx, userId, plans);
    return plans;
  });
  return { mode, sections: plans.map((plan) => plan.changes), backupId };
}

function removeKeys(db: Database, userId: string, plan: SectionPlan): Promise<void> {
  return plan.removeKeys.length === 0 ? Promise.resolve() : TRANSFER_KINDS[plan.section].remove(db, userId, plan.removeKeys);
}

function writeItems(db: Database, userId: string, plan: SectionPlan, source: ImportSource): Promise<void> {
  const kind = TRANSFER_KINDS[plan.section] as {
    write(db: Database, userId: string, items: readonly object[], source: ImportSource): Promise<void>;
  };
  return plan.write.length === 0 ? Promise.resolve() : kind.write(db, userId, plan.write, source);
}

async function verify(db: Database, userId: string, plans: readonly SectionPlan[]): Promise<void> {
  const after = await readSections(
    db,
    userId,
    plans.map((plan) => plan.section),
  );
  for (const plan of plans) {
    const kind = TRANSFER_KINDS[plan.section] as { key(item: object): string };
    const actual = new Map(((after[plan.section] ?? []) as object[]).map((item) => [kind.key(item), fingerprint(item)]));
    const wrong = [...plan.expected].filter(([key, print]) => actual.get(key) !== print).map(([key]) => key);
    if (wrong.length > 0 || actual.size !== plan.expected.size) {
      throw new ImportRefused([
        `${plan.section}: ${wrong.length > 0 ? `the records ${wrong.slice(0, 3).join(", ")}` : "some records"} could not be stored as the file has them; their ids may belong to someone else's records`,
      ]);
    }
  }
}
