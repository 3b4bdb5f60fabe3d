import type { Database } from "../../db/database-schema.js";
import { recordAudit } from "../../db/audit-log.repository.js";
import type { GradingQueue } from "./grading-queue.js";

/** How many given-up attempts an administrator sees listed. */
const GIVEN_UP_LISTED = 20;

export interface GradingBacklog {
  readonly waiting: number;
  /** Seconds the oldest verifying attempt has waited; null when none waits. */
  readonly oldestWaitSeconds: number | null;
  readonly verifiedLastHour: number;
  readonly unverifiable: number;
  readonly givenUp: readonly {
    readonly attemptId: string;
    readonly exerciseId: string;
    readonly learnerName: string;
    readonly createdAt: string;
    readonly givenUpAt: string | null;
  }[];
}

/**
 * What waits for grading workers, read from the attempts table — the same whichever queue holds
 * the jobs, and true across every instance.
 */
export async function gradingBacklog(db: Database, now: Date): Promise<GradingBacklog> {
  const hourAgo = new Date(now.getTime() - 3_600_000).toISOString();
  const [waiting, verified, unverifiable, givenUp] = await Promise.all([
    db
      .selectFrom("exercise_attempts")
      .select((eb) => [eb.fn.countAll<number | string>().as("count"), eb.fn.min("created_at").as("oldest")])
      .where("verification", "=", "verifying")
      .executeTakeFirstOrThrow(),
    countWhere(db, "verified", hourAgo),
    countWhere(db, "unverifiable", null),
    db
      .selectFrom("exercise_attempts")
      .innerJoin("users", "users.id", "exercise_attempts.user_id")
      .select([
        "exercise_attempts.id",
        "exercise_attempts.exercise_id",
        "exercise_attempts.created_at",
        "exercise_attempts.verified_at",
        "users.display_name",
      ])
      .where("exercise_attempts.verification", "=", "unverifiable")
      .orderBy("exercise_attempts.created_at", "desc")
      .limit(GIVEN_UP_LISTED)
      .execute(),
  ]);
  const oldest = waiting.oldest as string | null;
  return {
    waiting: Number(waiting.count),
    oldestWaitSeconds: oldest ? Math.max(0, Math.round((now.getTime() - Date.parse(oldest)) / 1000)) : null,
    verifiedLastHour: verified,
    unverifiable,
    givenUp: givenUp.map((row) => ({
      attemptId: row.id,
      exerciseId: row.exercise_id,
      learnerName: row.display_name,
      createdAt: row.created_at,
      givenUpAt: row.verified_at,
    })),
  };
}

async function countWhere(db: Database, verification: "verified" | "unverifiable", since: string | null): Promise<number> {
  let query = db
    .selectFrom("exercise_attempts")
    .select((eb) => eb.fn.countAll<number | string>().as("count"))
    .where("verification", "=", verification);
  if (since) query = query.where("verified_at", ">=", since);
  return Number((await query.executeTakeFirstOrThrow()).count);
}

/**
 * Puts every given-up attempt back in the queue (an administrator fixed the host), in one
 * transaction with its audit entry. Returns how many went back.
 */
export async function retryGivenUp(
  db: Database,
  queue: GradingQueue,
  actor: { readonly id: string; readonly name: string },
  now: Date,
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const rows = await trx.selectFrom("exercise_attempts").select("id").where("verification", "=", "unverifiable").execute();
    if (rows.length === 0) return 0;
    await trx
      .updateTable("exercise_attempts")
      .set({ verification: "verifying", verified_at: null })
      .where("verification", "=", "unverifiable")
      .execute();
    for (const row of rows) await queue.enqueue(trx, row.id);
    await recordAudit(trx, {
      actor,
      action: "grading.retried",
      targetUserId: null,
      details: { attempts: rows.length },
      at: now.toISOString(),
    });
    return rows.length;
  });
}
