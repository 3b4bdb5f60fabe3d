import type { Database } from "./database-schema.js";
import type { ModelAliasRow, ModelRow, ModelVersionRow, NewModelVersionRow } from "./models.table.js";

/** One learner's model by name. */
export function findModel(db: Database, userId: string, name: string): Promise<ModelRow | undefined> {
  return db.selectFrom("models").selectAll().where("user_id", "=", userId).where("name", "=", name).executeTakeFirst();
}

/** The learner's model of that name, created (with `id`) when it does not exist yet. */
export async function ensureModel(
  db: Database,
  row: { id: string; userId: string; name: string; now: string },
): Promise<ModelRow> {
  await db
    .insertInto("models")
    .values({ id: row.id, user_id: row.userId, name: row.name, created_at: row.now, updated_at: row.now })
    .onConflict((conflict) => conflict.columns(["user_id", "name"]).doNothing())
    .execute();
  return db
    .selectFrom("models")
    .selectAll()
    .where("user_id", "=", row.userId)
    .where("name", "=", row.name)
    .executeTakeFirstOrThrow();
}

export function listModels(db: Database, userId: string): Promise<ModelRow[]> {
  return db
    .selectFrom("models")
    .selectAll()
    .where("user_id", "=", userId)
    .orderBy("updated_at", "desc")
    .orderBy("name")
    .execute();
}

export async function touchModel(db: Database, modelId: string, now: string): Promise<void> {
  await db.updateTable("models").set({ updated_at: now }).where("id", "=", modelId).execute();
}

/** A model's versions, newest first. */
export function listVersions(db: Database, modelId: string): Promise<ModelVersionRow[]> {
  return db.selectFrom("model_versions").selectAll().where("model_id", "=", modelId).orderBy("version", "desc").execute();
}

export function findVersion(db: Database, modelId: string, version: number): Promise<ModelVersionRow | undefined> {
  return db
    .selectFrom("model_versions")
    .selectAll()
    .where("model_id", "=", modelId)
    .where("version", "=", version)
    .executeTakeFirst();
}

/** The number the next upload of this model gets: one more than the highest ever kept. */
export async function nextVersionNumber(db: Database, modelId: string): Promise<number> {
  const row = await db
    .selectFrom("model_versions")
    .select((eb) => eb.fn.max("version").as("highest"))
    .where("model_id", "=", modelId)
    .executeTakeFirst();
  return Number(row?.highest ?? 0) + 1;
}

export async function insertVersion(db: Database, row: NewModelVersionRow): Promise<void> {
  await db.insertInto("model_versions").values(row).execute();
}

export async function updateCard(db: Database, versionId: string, cardJson: string): Promise<void> {
  await db.updateTable("model_versions").set({ card_json: cardJson }).where("id", "=", versionId).execute();
}

export async function deleteVersion(db: Database, versionId: string): Promise<void> {
  await db.deleteFrom("model_versions").where("id", "=", versionId).execute();
}

/** How many versions, of any learner's model, keep the file with this digest. */
export async function countVersionsWithFile(db: Database, sha256: string): Promise<number> {
  const row = await db
    .selectFrom("model_versions")
    .select((eb) => eb.fn.countAll<number | string>().as("count"))
    .where("sha256", "=", sha256)
    .executeTakeFirst();
  return Number(row?.count ?? 0);
}

export function listAliases(db: Database, modelId: string): Promise<ModelAliasRow[]> {
  return db.selectFrom("model_aliases").selectAll().where("model_id", "=", modelId).orderBy("alias").execute();
}

/** Points an alias at a version in one statement, so readers see the old version or the new one, never none. */
export async function setAlias(
  db: Database,
  row: { modelId: string; alias: string; versionId: string; now: string },
): Promise<void> {
  await db
    .insertInto("model_aliases")
    .values({ model_id: row.modelId, alias: row.alias, version_id: row.versionId, updated_at: row.now })
    .onConflict((conflict) =>
      conflict.columns(["model_id", "alias"]).doUpdateSet({ version_id: row.versionId, updated_at: row.now }),
    )
    .execute();
}

/** Removes an alias; false when there was none. */
export async function deleteAlias(db: Database, modelId: string, alias: string): Promise<boolean> {
  const result = await db
    .deleteFrom("model_aliases")
    .where("model_id", "=", modelId)
    .where("alias", "=", alias)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** How many of a learner's models have a version, and how many of those reproduce a project submission exactly. */
export async function countDeployedModels(db: Database, userId: string): Promise<{ deployed: number; reproducing: number }> {
  const [deployed, reproducing] = await Promise.all([
    db
      .selectFrom("models")
      .innerJoin("model_versions", "model_versions.model_id", "models.id")
      .select((eb) => eb.fn.count<number | string>("models.id").distinct().as("n"))
      .where("models.user_id", "=", userId)
      .executeTakeFirst(),
    db
      .selectFrom("models")
      .innerJoin("model_versions", "model_versions.model_id", "models.id")
      .innerJoin("submission_models", "submission_models.model_version_id", "model_versions.id")
      .select((eb) => eb.fn.count<number | string>("models.id").distinct().as("n"))
      .where("models.user_id", "=", userId)
      .where("submission_models.reproduced", "=", 1)
      .executeTakeFirst(),
  ]);
  return { deployed: Number(deployed?.n ?? 0), reproducing: Number(reproducing?.n ?? 0) };
}
