import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // Kept from now on, so that a deployed model can be compared with what it submitted; a table of
  // its own, so that lists of submissions never load the files.
  await db.schema
    .createTable("submission_predictions")
    .addColumn("submission_id", "text", (col) => col.primaryKey().references("project_submissions.id").onDelete("cascade"))
    .addColumn("predictions_csv", "text", (col) => col.notNull())
    .execute();

  await db.schema
    .createTable("submission_models")
    .addColumn("submission_id", "text", (col) => col.primaryKey().references("project_submissions.id").onDelete("cascade"))
    // Deleting the version ends the link: a model no longer served is no longer live.
    .addColumn("model_version_id", "text", (col) => col.notNull().references("model_versions.id").onDelete("cascade"))
    .addColumn("reproduced", "integer", (col) => col.notNull())
    .addColumn("result_json", "text", (col) => col.notNull())
    .addColumn("checked_at", "text", (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("submission_models").execute();
  await db.schema.dropTable("submission_predictions").execute();
}
