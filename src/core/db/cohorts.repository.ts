import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { Database } from "./database-schema.js";
import { recordAudit } from "./audit-log.repository.js";
import type { CohortRole, SolutionUnlock } from "./cohorts.table.js";

/** When a cohort's learners may see reference solutions (the API's shape). */
export type SolutionUnlockSetting =
  | { readonly kind: "after-attempts"; readonly attempts: number }
  | { readonly kind: "after-solving" }
  | { readonly kind: "after-date"; readonly date: string }
  | { readonly kind: "never" };

export interface CohortMembership {
  readonly id: string;
  readonly name: string;
  /** The asker's role in it. */
  readonly role: CohortRole;
  readonly learners: number;
  readonly solutionUnlock: SolutionUnlockSetting;
}

function unlockSetting(row: {
  solution_unlock: SolutionUnlock;
  solution_unlock_attempts: number;
  solution_unlock_date: string | null;
}): SolutionUnlockSetting {
  switch (row.solution_unlock) {
    case "after-attempts":
      return { kind: "after-attempts", attempts: row.solution_unlock_attempts };
    case "after-date":
      return { kind: "after-date", date: (row.solution_unlock_date ?? "").slice(0, 10) };
    default:
      return { kind: row.solution_unlock };
  }
}

/** Renames a cohort or changes when its solutions open, with an audit entry for each change. */
export async function changeCohort(
  db: Database,
  cohortId: string,
  actor: { id: string; name: string },
  change: { name?: string | undefined; solutionUnlock?: SolutionUnlockSetting | undefined },
  now: Date,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const at = now.toISOString();
    if (change.name !== undefined) {
      await trx.updateTable("cohorts").set({ name: change.name }).where("id", "=", cohortId).execute();
      await recordAudit(trx, { actor, action: "cohort.name", targetUserId: null, details: { cohortId, to: change.name }, at });
    }
    const unlock = change.solutionUnlock;
    if (unlock !== undefined) {
      await trx
        .updateTable("cohorts")
        .set({
          solution_unlock: unlock.kind,
          solution_unlock_attempts: unlock.kind === "after-attempts" ? unlock.attempts : 1,
          solution_unlock_date: unlock.kind === "after-date" ? `${unlock.date}T00:00:00.000Z` : null,
        })
        .where("id", "=", cohortId)
        .execute();
      await recordAudit(trx, { actor, action: "cohort.solutions", targetUserId: null, details: { cohortId, to: unlock }, at });
    }
  });
}

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** Creates a cohort taught by its creator. */
export async function createCohort(db: Database, creatorId: string, name: string, now: Date): Promise<string> {
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    await trx.insertInto("cohorts").values({ id, name, created_by: creatorId, created_at: now.toISOString() }).execute();
    await trx
      .insertInto("cohort_members")
      .values({ cohort_id: id, user_id: creatorId, role: "instructor", joined_at: now.toISOString() })
      .execute();
  });
  return id;
}

/** The cohorts a person belongs to, with their role in each and how many learners each has. */
export async function cohortsOf(db: Database, userId: string): Promise<CohortMembership[]> {
  const rows = await db
    .selectFrom("cohort_members as mine")
    .innerJoin("cohorts", "cohorts.id", "mine.cohort_id")
    .select([
      "cohorts.id",
      "cohorts.name",
      "mine.role",
      "cohorts.solution_unlock",
      "cohorts.solution_unlock_attempts",
      "cohorts.solution_unlock_date",
    ])
    .select((eb) =>
      eb
        .selectFrom("cohort_members as learner")
        .whereRef("learner.cohort_id", "=", "cohorts.id")
        .where("learner.role", "=", "learner")
        .select((count) => count.fn.countAll<number | string>().as("n"))
        .as("learners"),
    )
    .where("mine.user_id", "=", userId)
    .orderBy("cohorts.created_at")
    .orderBy("cohorts.id")
    .execute();
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    role: row.role,
    learners: Number(row.learners ?? 0),
    solutionUnlock: unlockSetting(row),
  }));
}

/** A cohort as everyone in it sees it: name, learners, when solutions open. */
export async function cohortSummary(db: Database, cohortId: string): Promise<Omit<CohortMembership, "role">> {
  const row = await db
    .selectFrom("cohorts")
    .select(["id", "name", "solution_unlock", "solution_unlock_attempts", "solution_unlock_date"])
    .where("id", "=", cohortId)
    .executeTakeFirstOrThrow();
  const learners = await db
    .selectFrom("cohort_members")
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .where("cohort_id", "=", cohortId)
    .where("role", "=", "learner")
    .executeTakeFirstOrThrow();
  return { id: row.id, name: row.name, learners: Number(learners.n), solutionUnlock: unlockSetting(row) };
}

/** The person's role in the cohort, or null when they are not in it (or it does not exist). */
export async function roleIn(db: Database, cohortId: string, userId: string): Promise<CohortRole | null> {
  const row = await db
    .selectFrom("cohort_members")
    .select("role")
    .where("cohort_id", "=", cohortId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return row?.role ?? null;
}

export async function findCohort(db: Database, cohortId: string): Promise<{ id: string; name: string } | undefined> {
  return db.selectFrom("cohorts").select(["id", "name"]).where("id", "=", cohortId).executeTakeFirst();
}

/** A new invite link's token (shown once; only its hash is kept). */
export async function createInvite(db: Database, cohortId: string, creatorId: string, expiresAt: Date): Promise<string> {
  const token = randomBytes(24).toString("base64url");
  await db
    .insertInto("cohort_invites")
    .values({ token_hash: hashToken(token), cohort_id: cohortId, created_by: creatorId, expires_at: expiresAt.toISOString() })
    .execute();
  return token;
}

export type JoinOutcome =
  { readonly kind: "joined" | "already-in"; readonly cohortId: string; readonly name: string } | { readonly kind: "invalid" };

/** Joins the cohort an unexpired invite is for, as a learner (a member already in it stays as they are). */
export async function joinWithInvite(db: Database, userId: string, token: string, now: Date): Promise<JoinOutcome> {
  const invite = await db
    .selectFrom("cohort_invites")
    .innerJoin("cohorts", "cohorts.id", "cohort_invites.cohort_id")
    .select(["cohorts.id", "cohorts.name", "cohort_invites.expires_at"])
    .where("token_hash", "=", hashToken(token))
    .executeTakeFirst();
  if (!invite || invite.expires_at <= now.toISOString()) return { kind: "invalid" };
  const inserted = await db
    .insertInto("cohort_members")
    .values({ cohort_id: invite.id, user_id: userId, role: "learner", joined_at: now.toISOString() })
    .onConflict((conflict) => conflict.columns(["cohort_id", "user_id"]).doNothing())
    .executeTakeFirst();
  return {
    kind: Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0 ? "joined" : "already-in",
    cohortId: invite.id,
    name: invite.name,
  };
}

/** The cohort's learners (not its instructors), in the order they joined. */
export async function cohortLearners(
  db: Database,
  cohortId: string,
): Promise<{ id: string; name: string; email: string | null }[]> {
  return db
    .selectFrom("cohort_members")
    .innerJoin("users", "users.id", "cohort_members.user_id")
    .select(["users.id", "users.display_name as name", "users.email"])
    .where("cohort_members.cohort_id", "=", cohortId)
    .where("cohort_members.role", "=", "learner")
    .orderBy("cohort_members.joined_at")
    .orderBy("users.id")
    .execute();
}
