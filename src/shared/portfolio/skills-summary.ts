import type { SkillsSummary } from "../api/portfolio.js";
import type { Curriculum } from "../content/index.js";
import type { LearnerEvidence } from "../readiness/evaluate-readiness.js";
import { count } from "../text/plural.js";

/** The skills Stepwise can vouch for: counts of checked work only, never a status the learner set. */
export function skillsSummary(curriculum: Curriculum, evidence: LearnerEvidence): SkillsSummary {
  const stages = curriculum.stages.map((stage) => {
    const ids = stage.topics.flatMap((topic) => topic.exerciseIds);
    return {
      id: stage.id,
      order: stage.order,
      title: stage.title,
      solved: ids.filter((id) => evidence.solvedExercises.has(id)).length,
      total: ids.length,
    };
  });
  const quiz = [...evidence.quizzes.values()].reduce(
    (sum, tally) => ({ answered: sum.answered + tally.answered, correct: sum.correct + tally.correct }),
    { answered: 0, correct: 0 },
  );
  return {
    stages,
    exercisesSolved: stages.reduce((sum, stage) => sum + stage.solved, 0),
    exercisesTotal: stages.reduce((sum, stage) => sum + stage.total, 0),
    quiz,
    projectsScored: evidence.scoredProjects.size,
    projectsBeatingBaseline: [...evidence.scoredProjects.values()].filter((project) => project.beatsBaseline).length,
    modelsDeployed: evidence.models.deployed,
    modelsReproducing: evidence.models.reproducing,
  };
}

/** The summary in sentences, for the exported site, README.md and resume.json. */
export function skillsLines(skills: SkillsSummary): string[] {
  const accuracy = skills.quiz.answered === 0 ? null : Math.round((skills.quiz.correct / skills.quiz.answered) * 100);
  return [
    `${skills.exercisesSolved} of ${skills.exercisesTotal} Python exercises solved (every test passed)`,
    accuracy === null
      ? "No quiz questions answered yet"
      : `${accuracy}% of ${skills.quiz.answered} quiz questions answered right (latest answers)`,
    `${count(skills.projectsScored, "project")} scored on hidden test sets, ${skills.projectsBeatingBaseline} beating the baseline`,
    `${count(skills.modelsDeployed, "model")} deployed as an HTTP endpoint, ${skills.modelsReproducing} reproducing a scored submission exactly`,
  ];
}
