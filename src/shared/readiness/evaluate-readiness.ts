import type { EvidenceLink, ReadinessItem, ReadinessResponse, RequirementResult } from "../api/readiness.js";
import type { Curriculum, ReadinessRequirement } from "../content/index.js";
import type { TopicStatus } from "../progress/topic-status.js";
import { webPaths } from "../web-paths.js";

/** A quiz counts once every question has an answer and the latest answers are at least this share right. */
export const QUIZ_PASS_ACCURACY = 0.7;

/** How many "what next" links a requirement offers at most. */
const MAX_NEXT_LINKS = 3;

/** What Stepwise's database shows about one learner, gathered by `core/services/learner-evidence`. */
export interface LearnerEvidence {
  readonly solvedExercises: ReadonlySet<string>;
  /** Per topic: questions with an answer, and how many of the latest answers are right. */
  readonly quizzes: ReadonlyMap<string, { readonly answered: number; readonly correct: number }>;
  readonly topicStatuses: ReadonlyMap<string, TopicStatus>;
  /** Projects with at least one scored submission, and whether the best public score beats the baseline. */
  readonly scoredProjects: ReadonlyMap<string, { readonly beatsBaseline: boolean }>;
  /** Models with at least one uploaded version, and how many of them reproduce a project submission. */
  readonly models: { readonly deployed: number; readonly reproducing: number };
  /** Portfolio write-ups the learner saved after editing them, and projects they feature. */
  readonly portfolio: { readonly editedWriteUps: number; readonly featured: number };
}

/** Checks every item of `content/readiness.yaml` against the learner's evidence. */
export function evaluateReadiness(curriculum: Curriculum, evidence: LearnerEvidence): ReadinessResponse {
  const check = (requirements: readonly ReadinessRequirement[]) =>
    requirements.map((requirement) => checkRequirement(curriculum, evidence, requirement));
  const skills = curriculum.readiness.skills.map((skill) => item(skill.id, skill.title, skill.summary, check(skill.evidence)));
  const stages = curriculum.stages.map((stage) => ({
    id: stage.id,
    order: stage.order,
    title: stage.title,
    outcomes: (curriculum.readiness.stages[stage.id] ?? []).map((outcome, index) =>
      item(`${stage.id}-${index + 1}`, stage.outcomes[index] ?? "", null, check(outcome.evidence)),
    ),
  }));
  const outcomes = stages.flatMap((stage) => stage.outcomes);
  const skillsMet = skills.filter((skill) => skill.met).length;
  const outcomesMet = outcomes.filter((outcome) => outcome.met).length;
  const firstGap = skills.find((skill) => !skill.met) ?? outcomes.find((outcome) => !outcome.met);
  const next = firstGap?.requirements.find((requirement) => !requirement.met)?.next[0] ?? null;
  return {
    skills,
    stages,
    summary: {
      skillsMet,
      skillsTotal: skills.length,
      outcomesMet,
      outcomesTotal: outcomes.length,
      text: summaryText(skills, outcomes),
      next,
    },
  };
}

function item(id: string, title: string, summary: string | null, requirements: RequirementResult[]): ReadinessItem {
  const need = requirements.reduce((sum, requirement) => sum + requirement.need, 0);
  const have = requirements.reduce((sum, requirement) => sum + Math.min(requirement.have, requirement.need), 0);
  return {
    id,
    title,
    summary,
    met: requirements.every((requirement) => requirement.met),
    progress: need === 0 ? 1 : have / need,
    requirements,
  };
}

function summaryText(skills: readonly ReadinessItem[], outcomes: readonly ReadinessItem[]): string {
  const met = (items: readonly ReadinessItem[]) => items.filter((item) => item.met).length;
  const underWay = [...skills, ...outcomes].filter((item) => !item.met && item.progress > 0).length;
  if (met(skills) === skills.length && met(outcomes) === outcomes.length) {
    return `Your work shows all ${skills.length} essential skills and every stage outcome.`;
  }
  if (met(skills) === 0 && met(outcomes) === 0 && underWay === 0) {
    return `Your work does not show any of the ${skills.length} essential skills yet: solved exercises, quizzes and project scores will.`;
  }
  const more = underWay === 0 ? "" : ` (${underWay} more under way)`;
  return `Your work shows ${met(skills)} of ${skills.length} essential skills and ${met(outcomes)} of ${outcomes.length} stage outcomes${more}.`;
}

function checkRequirement(
  curriculum: Curriculum,
  evidence: LearnerEvidence,
  requirement: ReadinessRequirement,
): RequirementResult {
  if ("exercises" in requirement) {
    const need = requirement.solve ?? requirement.exercises.length;
    const links = (ids: readonly string[]) => ids.map((id) => exerciseLink(curriculum, id));
    const solved = requirement.exercises.filter((id) => evidence.solvedExercises.has(id));
    const open = requirement.exercises.filter((id) => !evidence.solvedExercises.has(id));
    const all = need === requirement.exercises.length;
    return result("exercises", solved.length, need, {
      text: `Solve ${all ? (need === 1 ? "this exercise" : `these ${need} exercises`) : `${need} of these ${requirement.exercises.length} exercises`}: ${solved.length} solved.`,
      shownBy: links(solved),
      next: links(open),
    });
  }
  if ("quiz" in requirement) {
    const topic = curriculum.topicsById.get(requirement.quiz);
    const questions = curriculum.quizzesByTopic.get(requirement.quiz)?.questions.length ?? 0;
    const answers = evidence.quizzes.get(requirement.quiz) ?? { answered: 0, correct: 0 };
    const link: EvidenceLink = {
      kind: "quiz",
      title: `Quiz: ${topic?.title ?? requirement.quiz}`,
      href: `${webPaths.topic(requirement.quiz)}#quiz`,
    };
    const accuracy = answers.answered === 0 ? 0 : answers.correct / answers.answered;
    const met = answers.answered >= questions && accuracy >= QUIZ_PASS_ACCURACY;
    const where =
      answers.answered === 0
        ? "not started"
        : `${answers.answered} of ${questions} answered, ${Math.round(accuracy * 100)}% right`;
    return result("quiz", met ? 1 : 0, 1, {
      text: `Answer every question of the ${topic?.title ?? requirement.quiz} quiz, at least ${QUIZ_PASS_ACCURACY * 100}% right: ${where}.`,
      shownBy: answers.answered > 0 ? [link] : [],
      next: [link],
    });
  }
  if ("projects" in requirement) {
    const need = requirement.scored ?? 1;
    const counts = (id: string) => {
      const scored = evidence.scoredProjects.get(id);
      return scored !== undefined && (!requirement.beat_baseline || scored.beatsBaseline);
    };
    const links = (ids: readonly string[]) => ids.map((id) => projectLink(curriculum, id));
    const done = requirement.projects.filter(counts);
    const what = requirement.beat_baseline ? "a submission that beats the baseline" : "a scored submission";
    const where =
      requirement.projects.length === 1 ? "in this project" : `in ${need} of these ${requirement.projects.length} projects`;
    return result("projects", done.length, need, {
      text: `Make ${what} ${where}: ${done.length} so far.`,
      shownBy: links(done),
      next: links(requirement.projects.filter((id) => !counts(id))),
    });
  }
  if ("models" in requirement) {
    const have = requirement.reproduced ? evidence.models.reproducing : evidence.models.deployed;
    const link: EvidenceLink = { kind: "models", title: "Deploy a model", href: webPaths.models() };
    const what = requirement.reproduced
      ? `Deploy ${requirement.models === 1 ? "a model" : `${requirement.models} models`} that reproduces a project submission`
      : `Deploy ${requirement.models === 1 ? "a model" : `${requirement.models} models`}`;
    return result("models", have, requirement.models, {
      text: `${what}: ${have} so far.`,
      shownBy: have > 0 ? [{ ...link, title: "Your models" }] : [],
      next: [link],
    });
  }
  if ("featured_projects" in requirement || "write_ups" in requirement) {
    const link: EvidenceLink = { kind: "portfolio", title: "Your portfolio", href: webPaths.portfolio() };
    const [have, need, text] =
      "featured_projects" in requirement
        ? [
            evidence.portfolio.featured,
            requirement.featured_projects,
            `Feature at least ${requirement.featured_projects} projects in your portfolio: ${evidence.portfolio.featured} featured.`,
          ]
        : [
            evidence.portfolio.editedWriteUps,
            requirement.write_ups,
            `Write up ${requirement.write_ups === 1 ? "a project" : `${requirement.write_ups} projects`} in your own words (edit the draft): ${evidence.portfolio.editedWriteUps} so far.`,
          ];
    return result("portfolio", have, need, { text, shownBy: have > 0 ? [link] : [], next: [link] });
  }
  const done = requirement.topics_done.filter((id) => evidence.topicStatuses.get(id) === "done");
  const links = (ids: readonly string[]) => ids.map((id) => topicLink(curriculum, id));
  return {
    ...result("topics_done", done.length, requirement.topics_done.length, {
      text: `Mark ${requirement.topics_done.length === 1 ? "this topic" : "these topics"} done once you have acted on it (your word, not a check): ${done.length} marked.`,
      shownBy: links(done),
      next: links(requirement.topics_done.filter((id) => evidence.topicStatuses.get(id) !== "done")),
    }),
    selfReported: true,
  };
}

function result(
  kind: RequirementResult["kind"],
  have: number,
  need: number,
  parts: { text: string; shownBy: EvidenceLink[]; next: EvidenceLink[] },
): RequirementResult {
  const met = have >= need;
  return {
    kind,
    met,
    have,
    need,
    text: parts.text,
    selfReported: false,
    shownBy: parts.shownBy,
    next: met ? [] : parts.next.slice(0, MAX_NEXT_LINKS),
  };
}

function exerciseLink(curriculum: Curriculum, id: string): EvidenceLink {
  return { kind: "exercise", title: curriculum.exercisesById.get(id)?.title ?? id, href: webPaths.exercise(id) };
}

function projectLink(curriculum: Curriculum, id: string): EvidenceLink {
  return {
    kind: "project",
    title: curriculum.projects.find((project) => project.id === id)?.title ?? id,
    href: webPaths.project(id),
  };
}

function topicLink(curriculum: Curriculum, id: string): EvidenceLink {
  return { kind: "topic", title: curriculum.topicsById.get(id)?.title ?? id, href: webPaths.topic(id) };
}
