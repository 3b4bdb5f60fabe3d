import type { Database } from "./database-schema.js";
import type { StudyPlanRow } from "./study-plans.table.js";

export function findStudyPlan(db: Database, userId: string): Promise<StudyPlanRow | undefined> {
  return db.selectFrom("study_plans").selectAll().where("user_id", "=", userId).executeTakeFirst();
}

/** Creates or replaces the learner's plan in one statement; a re-plan also records when it happened. */
export async function saveStudyPlan(
  db: Database,
  plan: { userId: string; settingsJson: string; topicsJson: string; now: string; replanned: boolean },
): Promise<void> {
  const replanned = plan.replanned ? { replanned_at: plan.now } : {};
  await db
    .insertInto("study_plans")
    .values({
      user_id: plan.userId,
      settings_json: plan.settingsJson,
      topics_json: plan.topicsJson,
      created_at: plan.now,
      updated_at: plan.now,
      ...replanned,
    })
    .onConflict((conflict) =>
      conflict
        .column("user_id")
        .doUpdateSet({ settings_json: plan.settingsJson, topics_json: plan.topicsJson, updated_at: plan.now, ...replanned }),
    )
    .execute();
}
