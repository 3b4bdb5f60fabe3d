import type { Topic } from "../../shared/content/index.js";

export interface PrerequisiteProblem {
  readonly topicId: string;
  readonly reason: string;
}

/** Finds prerequisites that name no topic, name the topic itself, or form a cycle. */
export function checkPrerequisites(topics: ReadonlyMap<string, Topic>): PrerequisiteProblem[] {
  const problems: PrerequisiteProblem[] = [];
  for (const topic of topics.values()) {
    for (const prerequisite of topic.prerequisites) {
      if (prerequisite === topic.id) problems.push({ topicId: topic.id, reason: "a topic cannot require itself" });
      else if (!topics.has(prerequisite)) {
        problems.push({ topicId: topic.id, reason: `"${prerequisite}" is not a topic id` });
      }
    }
  }
  if (problems.length > 0) return problems;

  // Depth-first search; meeting a topic that is still on the stack closes a cycle.
  const state = new Map<string, "visiting" | "done">();
  const visit = (id: string, path: string[]): void => {
    if (state.get(id) === "done") return;
    if (state.get(id) === "visiting") {
      const cycle = [...path.slice(path.indexOf(id)), id];
      problems.push({ topicId: id, reason: `prerequisites form a cycle: ${cycle.join(" → ")}` });
      return;
    }
    state.set(id, "visiting");
    for (const next of topics.get(id)?.prerequisites ?? []) visit(next, [...path, id]);
    state.set(id, "done");
  };
  for (const id of topics.keys()) visit(id, []);
  return problems;
}
