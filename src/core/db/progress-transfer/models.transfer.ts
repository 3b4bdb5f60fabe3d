import type { Database } from "../database-schema.js";
import type { SectionItem } from "./transfer-kind.js";
import { deleteOwnedRows, inChunks, type TransferKind, upsertRows } from "./transfer-kind.js";

type ModelItem = SectionItem<"models">;
type VersionItem = ModelItem["versions"][number];

/** A learner's models with their versions and aliases; the files themselves travel in the zip export. */
export const modelsTransfer: TransferKind<"models"> = {
  section: "models",
  async read(db, userId) {
    const models = await db.selectFrom("models").selectAll().where("user_id", "=", userId).orderBy("name").execute();
    const ids = models.map((model) => model.id);
    const versions =
      ids.length === 0
        ? []
        : await db.selectFrom("model_versions").selectAll().where("model_id", "in", ids).orderBy("version").execute();
    const aliases =
      ids.length === 0
        ? []
        : await db.selectFrom("model_aliases").selectAll().where("model_id", "in", ids).orderBy("alias").execute();
    return models.map((model) => ({
      id: model.id,
      name: model.name,
      createdAt: model.created_at,
      updatedAt: model.updated_at,
      versions: versions
        .filter((version) => version.model_id === model.id)
        .map((version) => ({
          id: version.id,
          version: version.version,
          sha256: version.sha256,
          // bigint: PostgreSQL hands it over as a string.
          sizeBytes: Number(version.size_bytes),
          fileName: version.file_name,
          signature: JSON.parse(version.signature_json) as VersionItem["signature"],
          opsets: JSON.parse(version.opsets_json) as VersionItem["opsets"],
          card: JSON.parse(version.card_json) as VersionItem["card"],
          createdAt: version.created_at,
        })),
      aliases: aliases
        .filter((alias) => alias.model_id === model.id)
        .map((alias) => ({ alias: alias.alias, versionId: alias.version_id, updatedAt: alias.updated_at })),
    }));
  },
  key: (item) => item.id,
  async remove(db, userId, keys) {
    // Aliases first: they keep their version from being deleted (the cascade from models would trip on that).
    for (const chunk of inChunks(keys)) {
      await db
        .deleteFrom("model_aliases")
        .where("model_id", "in", chunk)
        .where("model_id", "in", db.selectFrom("models").select("id").where("user_id", "=", userId))
        .execute();
    }
    await deleteOwnedRows(db, "models", "user_id", "id", userId, keys);
  },
  async write(db, userId, items) {
    await upsertRows(
      db,
      "models",
      items.map((item) => ({
        id: item.id,
        user_id: userId,
        name: item.name,
        created_at: item.createdAt,
        updated_at: item.updatedAt,
      })),
      ["id"],
      { column: "user_id", userId },
    );
    for (const item of items) await writeVersions(db, item);
  },
};

/** Makes a model's versions and aliases exactly the item's; links to versions that stay are kept. */
async function writeVersions(db: Database, item: ModelItem): Promise<void> {
  await db.deleteFrom("model_aliases").where("model_id", "=", item.id).execute();
  const kept = item.versions.map((version) => version.id);
  let stale = db.deleteFrom("model_versions").where("model_id", "=", item.id);
  if (kept.length > 0) stale = stale.where("id", "not in", kept);
  await stale.execute();
  await upsertRows(
    db,
    "model_versions",
    item.versions.map((version) => ({
      id: version.id,
      model_id: item.id,
      version: version.version,
      sha256: version.sha256,
      size_bytes: version.sizeBytes,
      file_name: version.fileName,
      signature_json: JSON.stringify(version.signature),
      opsets_json: JSON.stringify(version.opsets),
      card_json: JSON.stringify(version.card),
      created_at: version.createdAt,
    })),
    ["id"],
    { column: "model_id", userId: item.id },
  );
  await upsertRows(
    db,
    "model_aliases",
    item.aliases.map((alias) => ({
      model_id: item.id,
      alias: alias.alias,
      version_id: alias.versionId,
      updated_at: alias.updatedAt,
    })),
    ["model_id", "alias"],
  );
}
