import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("models")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("name", "text", (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .addUniqueConstraint("models_user_name", ["user_id", "name"])
    .execute();

  await db.schema
    .createTable("model_versions")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("model_id", "text", (col) => col.notNull().references("models.id").onDelete("cascade"))
    .addColumn("version", "integer", (col) => col.notNull())
    // The file, by content: identical uploads share one stored file.
    .addColumn("sha256", "text", (col) => col.notNull())
    .addColumn("size_bytes", "bigint", (col) => col.notNull())
    .addColumn("file_name", "text")
    .addColumn("signature_json", "text", (col) => col.notNull())
    .addColumn("opsets_json", "text", (col) => col.notNull())
    .addColumn("card_json", "text", (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .addUniqueConstraint("model_versions_model_version", ["model_id", "version"])
    .execute();
  await db.schema.createIndex("model_versions_sha256").on("model_versions").column("sha256").execute();

  await db.schema
    .createTable("model_aliases")
    .addColumn("model_id", "text", (col) => col.notNull().references("models.id").onDelete("cascade"))
    .addColumn("alias", "text", (col) => col.notNull())
    // A version an alias points at cannot be deleted: move the alias first.
    .addColumn("version_id", "text", (col) => col.notNull().references("model_versions.id").onDelete("restrict"))
    .addColumn("updated_at", "text", (col) => col.notNull())
    .addPrimaryKeyConstraint("model_aliases_pk", ["model_id", "alias"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("model_aliases").execute();
  await db.schema.dropTable("model_versions").execute();
  await db.schema.dropTable("models").execute();
}
