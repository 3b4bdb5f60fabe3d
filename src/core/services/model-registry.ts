import { randomUUID } from "node:crypto";
import type { ModelCard, ModelSignature } from "../../shared/api/index.js";
import type { Database } from "../db/database-schema.js";
import {
  countVersionsWithFile,
  deleteAlias,
  deleteVersion,
  ensureModel,
  findModel,
  findVersion,
  insertVersion,
  listAliases,
  listModels,
  listVersions,
  nextVersionNumber,
  setAlias,
  touchModel,
  updateCard,
} from "../db/models.repository.js";
import type { ModelAliasRow, ModelRow, ModelVersionRow } from "../db/models.table.js";
import type { ModelFileStore, StagedModelFile } from "../models/model-file-store.js";
import { checkOnnxStructure } from "../models/onnx-structure.js";
import { probeModel } from "../models/probe-model.js";

/** A request the registry cannot carry out; `status` is the HTTP status that says why. */
export class RegistryError extends Error {
  constructor(
    readonly status: 404 | 409,
    message: string,
  ) {
    super(message);
    this.name = "RegistryError";
  }
}

export interface RegistryDeps {
  readonly db: Database;
  readonly store: ModelFileStore;
}

/** A stored version with its JSON columns read. */
export interface StoredVersion {
  readonly row: ModelVersionRow;
  readonly signature: ModelSignature;
  readonly opsets: Readonly<Record<string, number>>;
  readonly card: ModelCard;
  readonly aliases: readonly string[];
}

export interface StoredModel {
  readonly row: ModelRow;
  /** Newest first. */
  readonly versions: readonly StoredVersion[];
  /** Alias → version number. */
  readonly aliases: Readonly<Record<string, number>>;
}

export const EMPTY_CARD: ModelCard = {
  description: "",
  metrics: [],
  trainingData: "",
  projectId: null,
  submissionId: null,
  notes: "",
};

/** How many times an upload retries when another upload of the same model took its version number. */
const VERSION_RACE_RETRIES = 5;

function readVersion(row: ModelVersionRow, aliases: readonly ModelAliasRow[]): StoredVersion {
  return {
    row,
    signature: JSON.parse(row.signature_json) as ModelSignature,
    opsets: JSON.parse(row.opsets_json) as Record<string, number>,
    card: { ...EMPTY_CARD, ...(JSON.parse(row.card_json) as Partial<ModelCard>) },
    aliases: aliases.filter((alias) => alias.version_id === row.id).map((alias) => alias.alias),
  };
}

async function readModel(db: Database, row: ModelRow): Promise<StoredModel> {
  const [versionRows, aliasRows] = await Promise.all([listVersions(db, row.id), listAliases(db, row.id)]);
  const versions = versionRows.map((version) => readVersion(version, aliasRows));
  const numberOf = new Map(versionRows.map((version) => [version.id, version.version]));
  const aliases: Record<string, number> = {};
  for (const alias of aliasRows) {
    const number = numberOf.get(alias.version_id);
    if (number !== undefined) aliases[alias.alias] = number;
  }
  return { row, versions, aliases };
}

const noModel = (name: string) =>
  new RegistryError(
    404,
    `You have no model named "${name}". GET /api/models lists yours; upload one with POST /api/models/${name}/versions.`,
  );

async function requireModel(db: Database, learnerId: string, name: string): Promise<ModelRow> {
  const model = await findModel(db, learnerId, name);
  if (!model) throw noModel(name);
  return model;
}

/** The learner's model with its versions and aliases, or undefined. */
export async function getModel(db: Database, learnerId: string, name: string): Promise<StoredModel | undefined> {
  const model = await findModel(db, learnerId, name);
  return model ? readModel(db, model) : undefined;
}

/** All of a learner's models, most recently changed first. */
export async function listLearnerModels(db: Database, learnerId: string): Promise<StoredModel[]> {
  return Promise.all((await listModels(db, learnerId)).map((model) => readModel(db, model)));
}

/**
 * Finds a version by number ("3") or alias ("production"). Throws a 404 {@link RegistryError}
 * naming what exists when there is no such model, version or alias.
 */
export async function resolveVersion(db: Database, learnerId: string, name: string, ref: string): Promise<StoredVersion> {
  const model = await requireModel(db, learnerId, name);
  const aliases = await listAliases(db, model.id);
  let row: ModelVersionRow | undefined;
  if (/^\d+$/.test(ref)) row = await findVersion(db, model.id, Number(ref));
  else {
    const alias = aliases.find((entry) => entry.alias === ref);
    row = alias ? (await listVersions(db, model.id)).find((version) => version.id === alias.version_id) : undefined;
  }
  if (!row) {
    const known = aliases.map((alias) => alias.alias);
    throw new RegistryError(
      404,
      `Model "${name}" has no version or alias "${ref}". Use a version number${known.length > 0 ? ` or one of its aliases: ${known.join(", ")}` : ""}; GET /api/models/${name} lists them.`,
    );
  }
  return readVersion(row, aliases);
}

/**
 * Checks an uploaded ONNX file and keeps it as the next version of the learner's model (created on
 * its first upload). Nothing is stored unless every check passes: the file parses as ONNX with all
 * weights inside it, and onnxruntime, in a child process, loads it. Throws a ModelFileError (400)
 * for a bad file.
 */
export async function uploadVersion(
  deps: RegistryDeps,
  learnerId: string,
  name: string,
  bytes: Uint8Array,
  fileName: string | null,
): Promise<{ readonly model: StoredModel; readonly version: number }> {
  const { staged, signature, opsets } = await keepModelFile(deps.store, bytes);
  try {
    for (let attempt = 0; ; attempt += 1) {
      try {
        const version = await deps.db.transaction().execute(async (trx) => {
          const now = new Date().toISOString();
          const model = await ensureModel(trx, { id: randomUUID(), userId: learnerId, name, now });
          const number = await nextVersionNumber(trx, model.id);
          await insertVersion(trx, {
            id: randomUUID(),
            model_id: model.id,
            version: number,
            sha256: staged.sha256,
            size_bytes: staged.sizeBytes,
            file_name: fileName,
            signature_json: JSON.stringify(signature),
            opsets_json: JSON.stringify(opsets),
            card_json: JSON.stringify(EMPTY_CARD),
            created_at: now,
          });
          await touchModel(trx, model.id, now);
          return number;
        });
        const model = await getModel(deps.db, learnerId, name);
        if (!model) throw new Error(`model ${name} vanished right after an upload`);
        return { model, version };
      } catch (error) {
        // Another upload of the same model took this number first: count again.
        if (attempt >= VERSION_RACE_RETRIES || !(await findModel(deps.db, learnerId, name))) throw error;
      }
    }
  } catch (error) {
    if ((await countVersionsWithFile(deps.db, staged.sha256)) === 0) await deps.store.remove(staged.sha256);
    throw error;
  }
}

/**
 * Checks a model file and keeps it in the store: it must parse as ONNX with all weights inside,
 * and onnxruntime, in a child process (a crafted file cannot take the server down), must load it.
 * Throws a ModelFileError (400) for a bad file; nothing is kept then.
 */
export async function keepModelFile(
  store: ModelFileStore,
  bytes: Uint8Array,
): Promise<{
  readonly staged: StagedModelFile;
  readonly signature: ModelSignature;
  readonly opsets: Readonly<Record<string, number>>;
}> {
  const { opsets } = checkOnnxStructure(bytes);
  const staged = await store.stage(bytes);
  let signature: ModelSignature;
  try {
    signature = await probeModel(staged.path);
  } catch (error) {
    await staged.discard();
    throw error;
  }
  await staged.commit();
  return { staged, signature, opsets };
}

/** Points `alias` at a version of the model; returns the version number. */
export async function moveAlias(db: Database, learnerId: string, name: string, alias: string, version: number): Promise<number> {
  const model = await requireModel(db, learnerId, name);
  const target = await findVersion(db, model.id, version);
  if (!target)
    throw new RegistryError(404, `Model "${name}" has no version ${version}. GET /api/models/${name} lists its versions.`);
  const now = new Date().toISOString();
  await setAlias(db, { modelId: model.id, alias, versionId: target.id, now });
  await touchModel(db, model.id, now);
  return version;
}

export async function removeAlias(db: Database, learnerId: string, name: string, alias: string): Promise<void> {
  const model = await requireModel(db, learnerId, name);
  if (!(await deleteAlias(db, model.id, alias))) {
    throw new RegistryError(404, `Model "${name}" has no alias "${alias}".`);
  }
  await touchModel(db, model.id, new Date().toISOString());
}

/** Deletes a version and, when no other version keeps the same file, the file. Refused while an alias points at it. */
export async function removeVersion(deps: RegistryDeps, learnerId: string, name: string, version: number): Promise<void> {
  const model = await requireModel(deps.db, learnerId, name);
  const row = await findVersion(deps.db, model.id, version);
  if (!row) throw new RegistryError(404, `Model "${name}" has no version ${version}.`);
  const pointing = (await listAliases(deps.db, model.id))
    .filter((alias) => alias.version_id === row.id)
    .map((alias) => alias.alias);
  if (pointing.length > 0) {
    throw new RegistryError(
      409,
      `Version ${version} of "${name}" is where ${pointing.map((alias) => `"${alias}"`).join(" and ")} point${pointing.length > 1 ? "" : "s"}. Move or remove ${pointing.length > 1 ? "those aliases" : "that alias"} first.`,
    );
  }
  await deleteVersion(deps.db, row.id);
  await touchModel(deps.db, model.id, new Date().toISOString());
  if ((await countVersionsWithFile(deps.db, row.sha256)) === 0) await deps.store.remove(row.sha256);
}

/** Changes the given fields of a version's model card and returns the whole card. */
export async function editCard(
  db: Database,
  learnerId: string,
  name: string,
  version: number,
  changes: { readonly [K in keyof ModelCard]?: ModelCard[K] | undefined },
): Promise<ModelCard> {
  const model = await requireModel(db, learnerId, name);
  const row = await findVersion(db, model.id, version);
  if (!row) throw new RegistryError(404, `Model "${name}" has no version ${version}.`);
  const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
  const card: ModelCard = { ...readVersion(row, []).card, ...defined };
  await updateCard(db, row.id, JSON.stringify(card));
  await touchModel(db, model.id, new Date().toISOString());
  return card;
}

/** The alias a version-less serving URL uses when the model has it; otherwise the newest version serves. */
export const DEFAULT_SERVING_ALIAS = "production";

/** What `/api/models/:name/predict` and `/v2/models/:name/...` without a version serve. */
export async function resolveDefaultVersion(db: Database, learnerId: string, name: string): Promise<StoredVersion> {
  const model = await requireModel(db, learnerId, name);
  const [aliases, versions] = await Promise.all([listAliases(db, model.id), listVersions(db, model.id)]);
  const production = aliases.find((alias) => alias.alias === DEFAULT_SERVING_ALIAS);
  const row = versions.find((version) => version.id === production?.version_id) ?? versions[0];
  if (!row)
    throw new RegistryError(404, `Model "${name}" has no versions yet. Upload one with POST /api/models/${name}/versions.`);
  return readVersion(row, aliases);
}
