import type { Database } from "../db/database-schema.js";
import type { SolutionUnlock } from "../db/cohorts.table.js";
import type { AttemptStats } from "../db/exercise-attempts.repository.js";

export interface SolutionRule {
  readonly kind: SolutionUnlock;
  readonly attempts: number;
  readonly date: string | null;
}

/** Without a cohort saying otherwise: after one attempt, as Stepwise always did. */
export const DEFAULT_SOLUTION_RULE: SolutionRule = { kind: "after-attempts", attempts: 1, date: null };

/** Why the rule keeps the solution closed for now, in the learner's words; null when it is open. */
export function solutionRefusal(rule: SolutionRule, stats: AttemptStats, now: Date, cohortName: string | null): string | null {
  const whose = cohortName ? `In ${cohortName}, solutions` : "Solutions";
  switch (rule.kind) {
    case "after-attempts":
      if (stats.count >= rule.attempts) return null;
      return cohortName === null && rule.attempts === 1
        ? "Run your code at least once before looking at the solution; trying first is how it sticks."
        : `${whose} open after ${rule.attempts} graded run${rule.attempts === 1 ? "" : "s"}; you have made ${stats.count}.`;
    case "after-solving":
      return stats.solved ? null : `${whose} open once you have solved the exercise yourself.`;
    case "after-date":
      return rule.date !== null && now.toISOString() >= rule.date
        ? null
        : `${whose} open on ${rule.date?.slice(0, 10) ?? "a date your instructor sets"}.`;
    case "never":
      return `${whose} stay closed: your instructor wants you to work them out.`;
  }
}

/**
 * Whether the learner may see an exercise's solution: every cohort they learn in must allow it
 * (the strictest wins); a learner in no cohort follows the default.
 */
export async function solutionAccess(db: Database, userId: string, stats: AttemptStats, now: Date): Promise<string | null> {
  const cohorts = await db
    .selectFrom("cohort_members")
    .innerJoin("cohorts", "cohorts.id", "cohort_members.cohort_id")
    .select(["cohorts.name", "cohorts.solution_unlock", "cohorts.solution_unlock_attempts", "cohorts.solution_unlock_date"])
    .where("cohort_members.user_id", "=", userId)
    .where("cohort_members.role", "=", "learner")
    .orderBy("cohorts.created_at")
    .execute();
  if (cohorts.length === 0) return solutionRefusal(DEFAULT_SOLUTION_RULE, stats, now, null);
  for (const cohort of cohorts) {
    const rule = { kind: cohort.solution_unlock, attempts: cohort.solution_unlock_attempts, date: cohort.solution_unlock_date };
    const refusal = solutionRefusal(rule, stats, now, cohort.name);
    if (refusal !== null) return refusal;
  }
  return null;
}
