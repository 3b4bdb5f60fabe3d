import { describe, expect, it } from "vitest";
import type { TopicStatus } from "../progress/topic-status.js";
import { type PlanningCurriculum, remainingTopicsInOrder } from "./plan-order.js";

const topic = (id: string, estimatedHours: number, prerequisites: string[] = []) => ({
  id,
  title: id.toUpperCase(),
  estimatedHours,
  prerequisites,
});
// Roadmap order: python, ml, stats, deep. "ml" needs "stats", which the roadmap lists after it.
const topics = [topic("python", 10), topic("ml", 20, ["stats", "python"]), topic("stats", 8), topic("deep", 30, ["ml"])];
const curriculum: PlanningCurriculum = {
  stages: [{ topics: topics.slice(0, 2) }, { topics: topics.slice(2) }],
  topicsById: new Map(topics.map((item) => [item.id, item])),
};
const order = (statuses: [string, TopicStatus][] = []) =>
  remainingTopicsInOrder(curriculum, new Map(statuses)).map((item) => item.id);

describe("remainingTopicsInOrder", () => {
  it("keeps roadmap order but pulls a prerequisite ahead of the topic that needs it", () => {
    expect(order()).toEqual(["python", "stats", "ml", "deep"]);
    expect(remainingTopicsInOrder(curriculum, new Map())[1]).toEqual({ id: "stats", title: "STATS", hours: 8 });
  });

  it("leaves out topics done or skipped, and does not wait for them as prerequisites", () => {
    expect(
      order([
        ["python", "done"],
        ["stats", "skipped"],
        ["deep", "learning"],
      ]),
    ).toEqual(["ml", "deep"]);
  });
});
