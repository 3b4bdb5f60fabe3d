import type { Curriculum } from "../../shared/content/index.js";
import { cohortLearners } from "../db/cohorts.repository.js";
import type { Database } from "../db/database-schema.js";
import { countedResult, loadSolvedExerciseIds } from "../db/exercise-attempts.repository.js";
import { quizTallies } from "../db/quiz-answers.repository.js";
import { loadStatuses } from "../db/topic-progress.repository.js";
import { learnerActivity } from "./learner-activity.js";
import { learnerProgress } from "./progress-summary.js";
import type { ProjectMetricId } from "../../shared/content/index.js";
import { isBetter, PROJECT_METRIC_TABLE } from "../../shared/projects/project-metrics.js";
import { listPublicScores } from "../db/project-submissions.repository.js";
import { planStanding } from "./study-plan.js";

const DAY_MS = 86_400_000;

/** When a learner counts as stuck; an instructor may tune both (being behind one's own plan needs no threshold). */
export interface StuckRules {
  /** No graded run, quiz answer or submission for this many days (counted from joining at the latest). */
  readonly inactiveDays: number;
  /** This many failed runs of one exercise, and no pass yet. */
  readonly failures: number;
}

export type StuckReason =
  | { readonly kind: "inactive"; readonly days: number }
  | { readonly kind: "failing"; readonly exerciseId: string; readonly exerciseTitle: string; readonly failures: number }
  /** Further behind their own study plan than one study block (the plan itself stays theirs). */
  | { readonly kind: "behind-plan"; readonly expectedHours: number; readonly doneHours: number };

export interface CohortLearnerRow {
  readonly id: string;
  readonly name: string;
  readonly email: string | null;
  readonly overallPercent: number;
  /** Per stage, in order: share of its hours done. */
  readonly stages: { id: string; percent: number }[];
  readonly exercisesSolved: number;
  readonly quizAnswered: number;
  /** Share of the latest answers that are right, 0–100; null before any answer. */
  readonly quizAccuracy: number | null;
  readonly lastActive: string | null;
  readonly currentStreak: number;
  readonly stuck: StuckReason[];
  /** Per project, in order: the best public score so far (null before a submission) and how many submissions. */
  readonly projects: { projectId: string; best: number | null; submissions: number }[];
}

export interface CohortDashboard {
  readonly stages: { id: string; title: string }[];
  /** Each project with its leaderboard metric, whose direction says which score is better. */
  readonly projects: {
    id: string;
    title: string;
    metric: string;
    direction: "lower" | "higher";
    format: "number" | "percent";
  }[];
  readonly exercisesTotal: number;
  readonly learners: CohortLearnerRow[];
}

async function lastActivity(db: Database, userId: string): Promise<string | null> {
  const latest = await Promise.all(
    (["exercise_attempts", "quiz_answers", "project_submissions"] as const).map((table) =>
      db
        .selectFrom(table)
        .select((eb) => eb.fn.max("created_at").as("at"))
        .where("user_id", "=", userId)
        .executeTakeFirst(),
    ),
  );
  const times = latest.map((row) => row?.at).filter((at): at is string => typeof at === "string");
  return times.length === 0 ? null : times.reduce((a, b) => (a > b ? a : b));
}

/** Exercises failed at least `failures` times and never passed. */
async function failingExercises(db: Database, curriculum: Curriculum, userId: string, failures: number): Promise<StuckReason[]> {
  const rows = await db
    .selectFrom("exercise_attempts")
    .select(["exercise_id", "status"])
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .where("user_id", "=", userId)
    .where(countedResult)
    .groupBy(["exercise_id", "status"])
    .execute();
  const passed = new Set(rows.filter((row) => row.status === "pass").map((row) => row.exercise_id));
  const failed = new Map<string, number>();
  for (const row of rows)
    if (row.status !== "pass" && !passed.has(row.exercise_id))
      failed.set(row.exercise_id, (failed.get(row.exercise_id) ?? 0) + Number(row.n));
  return [...failed]
    .filter(([, count]) => count >= failures)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([exerciseId, count]) => ({
      kind: "failing" as const,
      exerciseId,
      exerciseTitle: curriculum.exercisesById.get(exerciseId)?.title ?? exerciseId,
      failures: count,
    }));
}

/** A learner's best public score on a project's leaderboard metric, and how many times they submitted. */
function bestPublicScore(
  project: Curriculum["projects"][number],
  scores: readonly { project_id: string; public_score: number }[],
): CohortLearnerRow["projects"][number] {
  const metric = PROJECT_METRIC_TABLE[project.metrics[0] as ProjectMetricId];
  const own = scores.filter((score) => score.project_id === project.id).map((score) => score.public_score);
  const best = own.reduce<number | null>((top, score) => (top === null || isBetter(metric, score, top) ? score : top), null);
  return { projectId: project.id, best, submissions: own.length };
}

/**
 * What an instructor sees of a cohort: each learner's progress, practice and whether they look
 * stuck. Never their notes (instructors do not read those).
 */
export async function cohortDashboard(
  db: Database,
  curriculum: Curriculum,
  cohortId: string,
  rules: StuckRules,
  now: Date,
): Promise<CohortDashboard> {
  const learners = await cohortLearners(db, cohortId);
  const joined = new Map(
    (await db.selectFrom("cohort_members").select(["user_id", "joined_at"]).where("cohort_id", "=", cohortId).execute()).map(
      (row) => [row.user_id, row.joined_at],
    ),
  );
  const rows = await Promise.all(
    learners.map(async (learner): Promise<CohortLearnerRow> => {
      const [statuses, solved, tallies, lastActive, activity, failing, standing, scores] = await Promise.all([
        loadStatuses(db, learner.id),
        loadSolvedExerciseIds(db, learner.id),
        quizTallies(db, learner.id),
        lastActivity(db, learner.id),
        learnerActivity(db, learner.id, "UTC", now),
        failingExercises(db, curriculum, learner.id, rules.failures),
        planStanding(db, learner.id, now),
        listPublicScores(db, learner.id),
      ]);
      const progress = learnerProgress(curriculum, statuses);
      const quiz = [...tallies.values()].reduce(
        (sum, t) => ({ answered: sum.answered + t.answered, correct: sum.correct + t.correct }),
        {
          answered: 0,
          correct: 0,
        },
      );
      const since = [lastActive, joined.get(learner.id)].filter((at): at is string => at !== null && at !== undefined);
      const quietFor = Math.floor((now.getTime() - Math.max(...since.map((at) => new Date(at).getTime()))) / DAY_MS);
      const stuck: StuckReason[] = [
        ...(quietFor >= rules.inactiveDays ? [{ kind: "inactive" as const, days: quietFor }] : []),
        ...failing,
        ...(standing?.kind === "behind"
          ? [{ kind: "behind-plan" as const, expectedHours: standing.expectedHours, doneHours: standing.doneHours }]
          : []),
      ];
      return {
        id: learner.id,
        name: learner.name,
        email: learner.email,
        overallPercent: progress.overall.percent,
        stages: progress.stages.map((stage) => ({ id: stage.id, percent: stage.percent })),
        exercisesSolved: solved.size,
        quizAnswered: quiz.answered,
        quizAccuracy: quiz.answered === 0 ? null : Math.round((quiz.correct / quiz.answered) * 100),
        lastActive: lastActive === null ? null : new Date(lastActive).toISOString(),
        currentStreak: activity.currentStreak,
        stuck,
        projects: curriculum.projects.map((project) => bestPublicScore(project, scores)),
      };
    }),
  );
  return {
    stages: curriculum.stages.map((stage) => ({ id: stage.id, title: stage.title })),
    exercisesTotal: curriculum.exercisesById.size,
    projects: curriculum.projects.map((project) => {
      const metric = PROJECT_METRIC_TABLE[project.metrics[0] as ProjectMetricId];
      return {
        id: project.id,
        title: project.title,
        metric: metric.label,
        direction: metric.direction,
        format: metric.format,
      };
    }),
    learners: rows,
  };
}
