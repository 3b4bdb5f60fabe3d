import type { Database } from "./database-schema.js";
import type { UserRow } from "./users.table.js";

/** The id of the built-in learner that local mode uses; no login needed. */
export const LOCAL_LEARNER_ID = "local";

/** Makes sure the built-in local learner exists and returns it. Safe to call on every start. */
export async function ensureLocalLearner(db: Database): Promise<UserRow> {
  await db
    .insertInto("users")
    .values({ id: LOCAL_LEARNER_ID, display_name: "Local learner", kind: "local" })
    .onConflict((conflict) => conflict.column("id").doNothing())
    .execute();
  return db.selectFrom("users").selectAll().where("id", "=", LOCAL_LEARNER_ID).executeTakeFirstOrThrow();
}
