import type { Curriculum, ProjectMetricId } from "../../shared/content/index.js";
import { isBetter, PROJECT_METRIC_TABLE } from "../../shared/projects/project-metrics.js";
import type { LearnerEvidence } from "../../shared/readiness/evaluate-readiness.js";
import type { Database } from "../db/database-schema.js";
import { loadSolvedExerciseIds } from "../db/exercise-attempts.repository.js";
import { countDeployedModels } from "../db/models.repository.js";
import { portfolioCounts } from "../db/portfolio.repository.js";
import { listPublicScores } from "../db/project-submissions.repository.js";
import { quizTallies } from "../db/quiz-answers.repository.js";
import { loadStatuses } from "../db/topic-progress.repository.js";
import { prepareProject } from "../projects/project-data-cache.js";

/**
 * Everything the database shows about what a learner has done: solved exercises, quiz answers,
 * topic statuses, scored projects and deployed models. Readiness and "continue" read it.
 */
export async function gatherLearnerEvidence(db: Database, curriculum: Curriculum, userId: string): Promise<LearnerEvidence> {
  const [solvedExercises, quizzes, topicStatuses, scores, models, portfolio] = await Promise.all([
    loadSolvedExerciseIds(db, userId),
    quizTallies(db, userId),
    loadStatuses(db, userId),
    listPublicScores(db, userId),
    countDeployedModels(db, userId),
    portfolioCounts(db, userId),
  ]);
  return { solvedExercises, quizzes, topicStatuses, scoredProjects: scoredProjects(curriculum, scores), models, portfolio };
}

/** Projects the learner has a score in, and whether their best public score beats the project's baseline. */
function scoredProjects(
  curriculum: Curriculum,
  scores: readonly { project_id: string; public_score: number }[],
): Map<string, { beatsBaseline: boolean }> {
  const result = new Map<string, { beatsBaseline: boolean }>();
  for (const project of curriculum.projects) {
    const own = scores.filter((row) => row.project_id === project.id).map((row) => row.public_score);
    if (own.length === 0) continue;
    const primary = project.metrics[0] as ProjectMetricId;
    const metric = PROJECT_METRIC_TABLE[primary];
    const best = own.reduce((a, b) => (isBetter(metric, b, a) ? b : a));
    const baseline = prepareProject(curriculum, project).baselineScores.public[primary];
    result.set(project.id, { beatsBaseline: baseline === undefined || isBetter(metric, best, baseline) });
  }
  return result;
}
