import type { Database } from "./database-schema.js";

/** One minute of a model version's traffic: what an instance adds, or the sum every instance added. */
export interface ServingMinute {
  readonly versionId: string;
  /** Start of the minute, ISO time. */
  readonly minute: string;
  readonly requests: number;
  readonly failures: number;
  /** Requests by latency bucket (core/models/serving/latency-histogram.ts). */
  readonly latencies: ReadonlyMap<number, number>;
}

/**
 * Adds minutes to what is stored, in one transaction: the counts and every latency bucket are
 * added in SQL (`x = x + excluded.x`), so instances flushing the same minute at once both count.
 * Minutes of a version deleted meanwhile are dropped, not refused: the insert reads the version.
 */
export async function addServingMinutes(db: Database, minutes: readonly ServingMinute[]): Promise<void> {
  // One order for every instance, so that two flushes lock the same rows in the same order and never deadlock.
  const ordered = [...minutes].sort((a, b) =>
    a.versionId === b.versionId ? a.minute.localeCompare(b.minute) : a.versionId.localeCompare(b.versionId),
  );
  await db.transaction().execute(async (trx) => {
    for (const minute of ordered) {
      const added = await trx
        .insertInto("serving_minutes")
        .columns(["model_version_id", "minute", "requests", "failures"])
        .expression((eb) =>
          eb
            .selectFrom("model_versions")
            .select([
              "id",
              // Typed casts: PostgreSQL reads an untyped parameter in a select list as text.
              eb.cast<string>(eb.val(minute.minute), "text").as("minute"),
              eb.cast<number>(eb.val(minute.requests), "integer").as("requests"),
              eb.cast<number>(eb.val(minute.failures), "integer").as("failures"),
            ])
            .where("id", "=", minute.versionId),
        )
        .onConflict((conflict) =>
          conflict.columns(["model_version_id", "minute"]).doUpdateSet((eb) => ({
            requests: eb("serving_minutes.requests", "+", eb.ref("excluded.requests")),
            failures: eb("serving_minutes.failures", "+", eb.ref("excluded.failures")),
          })),
        )
        .executeTakeFirst();
      if (Number(added.numInsertedOrUpdatedRows ?? 0) === 0 || minute.latencies.size === 0) continue;
      await trx
        .insertInto("serving_minute_latencies")
        .values(
          [...minute.latencies]
            .sort(([a], [b]) => a - b)
            .map(([bucket, requests]) => ({ model_version_id: minute.versionId, minute: minute.minute, bucket, requests })),
        )
        .onConflict((conflict) =>
          conflict.columns(["model_version_id", "minute", "bucket"]).doUpdateSet((eb) => ({
            requests: eb("serving_minute_latencies.requests", "+", eb.ref("excluded.requests")),
          })),
        )
        .execute();
    }
  });
}

/** A version's stored minutes from `fromMinute` on, oldest first; minutes without traffic have no row. */
export async function servingMinutesSince(db: Database, versionId: string, fromMinute: string): Promise<ServingMinute[]> {
  // One statement, so the counts and the latencies come from the same moment even while instances flush.
  const rows = await db
    .selectFrom("serving_minutes")
    .leftJoin("serving_minute_latencies", (join) =>
      join
        .onRef("serving_minute_latencies.model_version_id", "=", "serving_minutes.model_version_id")
        .onRef("serving_minute_latencies.minute", "=", "serving_minutes.minute"),
    )
    .select([
      "serving_minutes.minute",
      "serving_minutes.requests",
      "serving_minutes.failures",
      "serving_minute_latencies.bucket",
      "serving_minute_latencies.requests as bucket_requests",
    ])
    .where("serving_minutes.model_version_id", "=", versionId)
    .where("serving_minutes.minute", ">=", fromMinute)
    .orderBy("serving_minutes.minute")
    .execute();
  const minutes = new Map<string, ServingMinute & { readonly latencies: Map<number, number> }>();
  for (const row of rows) {
    let minute = minutes.get(row.minute);
    if (!minute) {
      minute = { versionId, minute: row.minute, requests: row.requests, failures: row.failures, latencies: new Map() };
      minutes.set(row.minute, minute);
    }
    if (row.bucket !== null && row.bucket_requests !== null) minute.latencies.set(row.bucket, row.bucket_requests);
  }
  return [...minutes.values()];
}

/** Deletes every version's minutes before `minute`, their latencies with them. */
export async function deleteServingMinutesBefore(db: Database, minute: string): Promise<void> {
  await db.deleteFrom("serving_minutes").where("minute", "<", minute).execute();
}
