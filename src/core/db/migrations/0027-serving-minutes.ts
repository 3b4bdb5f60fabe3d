import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // The model page's last hour of traffic, minute by minute, shared by every app instance: each
  // flushes what it served by adding to these rows, so every instance reads the same sums. Deleting
  // a version takes its minutes with it.
  await db.schema
    .createTable("serving_minutes")
    .addColumn("model_version_id", "text", (col) => col.notNull().references("model_versions.id").onDelete("cascade"))
    .addColumn("minute", "text", (col) => col.notNull())
    .addColumn("requests", "integer", (col) => col.notNull())
    .addColumn("failures", "integer", (col) => col.notNull())
    .addPrimaryKeyConstraint("serving_minutes_pk", ["model_version_id", "minute"])
    .execute();
  // Minutes past the hour are deleted across all versions at once; the index keeps that a short read.
  await db.schema.createIndex("serving_minutes_minute").on("serving_minutes").column("minute").execute();
  // The minute's latency histogram, a row per bucket, so that instances merge their counts in SQL by
  // adding to each bucket — atomic on both databases without locking or rewriting a JSON document.
  await db.schema
    .createTable("serving_minute_latencies")
    .addColumn("model_version_id", "text", (col) => col.notNull())
    .addColumn("minute", "text", (col) => col.notNull())
    .addColumn("bucket", "integer", (col) => col.notNull())
    .addColumn("requests", "integer", (col) => col.notNull())
    .addPrimaryKeyConstraint("serving_minute_latencies_pk", ["model_version_id", "minute", "bucket"])
    .addForeignKeyConstraint(
      "serving_minute_latencies_minute",
      ["model_version_id", "minute"],
      "serving_minutes",
      ["model_version_id", "minute"],
      (constraint) => constraint.onDelete("cascade"),
    )
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("serving_minute_latencies").execute();
  await db.schema.dropTable("serving_minutes").execute();
}
