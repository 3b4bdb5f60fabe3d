import type { NextStep } from "../api/next-steps.js";
import type { Curriculum, Topic } from "../content/index.js";
import { webPaths } from "../web-paths.js";
import type { TopicStatus } from "./topic-status.js";

/** What the learner has going on, as far as "continue where you left off" needs to know. */
export interface LearnerPosition {
  readonly statuses: ReadonlyMap<string, TopicStatus>;
  readonly solvedExercises: ReadonlySet<string>;
  /** Exercises the learner worked on (an attempt or a saved draft) but has not solved, most recently touched first. */
  readonly unfinishedExercises: readonly string[];
  readonly reviewsDue: number;
  /** Topic ids in the order of the learner's study plan; null to follow the roadmap's order. */
  readonly planOrder: readonly string[] | null;
}

/**
 * The next things to do, most useful first: the exercise the learner left unfinished, reviews that
 * are due, then the next topic in plan order (or its first unsolved exercise, when the learner is on it).
 */
export function nextSteps(curriculum: Curriculum, position: LearnerPosition): NextStep[] {
  const steps: NextStep[] = [];
  const unfinished = position.unfinishedExercises.find((id) => curriculum.exercisesById.has(id));
  if (unfinished !== undefined) {
    const exercise = curriculum.exercisesById.get(unfinished);
    steps.push({
      kind: "exercise",
      title: exercise?.title ?? unfinished,
      href: webPaths.exercise(unfinished),
      reason: "You started it and it is not solved yet",
    });
  }
  if (position.reviewsDue > 0) {
    steps.push({
      kind: "review",
      title: position.reviewsDue === 1 ? "1 review due" : `${position.reviewsDue} reviews due`,
      href: webPaths.review(),
      reason: "Reviewing on time keeps what you learned",
    });
  }
  const topic = nextTopic(curriculum, position);
  if (topic) {
    const open = topic.exerciseIds.find((id) => !position.solvedExercises.has(id) && id !== unfinished);
    const inPlan = position.planOrder !== null ? "your plan" : "the roadmap";
    if (position.statuses.get(topic.id) === "learning" && open !== undefined) {
      steps.push({
        kind: "exercise",
        title: curriculum.exercisesById.get(open)?.title ?? open,
        href: webPaths.exercise(open),
        reason: `Next exercise of ${topic.title}, the topic you are learning`,
      });
    } else {
      steps.push({ kind: "topic", title: topic.title, href: webPaths.topic(topic.id), reason: `Next topic in ${inPlan}` });
    }
  }
  if (steps.length === 0) {
    steps.push({
      kind: "finished",
      title: "Write up your portfolio",
      href: webPaths.portfolio(),
      reason: "Every topic is done or skipped",
    });
  }
  return steps;
}

/** The topic being learned, else the first one still to do whose prerequisites are done or skipped. */
function nextTopic(curriculum: Curriculum, position: LearnerPosition): Topic | undefined {
  const ordered = (position.planOrder ?? curriculum.stages.flatMap((stage) => stage.topics.map((topic) => topic.id)))
    .map((id) => curriculum.topicsById.get(id))
    .filter((topic): topic is Topic => topic !== undefined);
  const status = (id: string) => position.statuses.get(id) ?? "todo";
  const learning = ordered.find((topic) => status(topic.id) === "learning");
  if (learning) return learning;
  const settled = (id: string) => status(id) === "done" || status(id) === "skipped";
  return (
    ordered.find((topic) => status(topic.id) === "todo" && topic.prerequisites.every(settled)) ??
    ordered.find((topic) => status(topic.id) === "todo")
  );
}
