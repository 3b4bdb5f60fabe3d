import type { Schedule } from "./schedule-plan.js";

export type PlanStatusKind = "not-started" | "behind" | "on-track" | "ahead" | "finished";

export interface PlanStatus {
  readonly kind: PlanStatusKind;
  /** Hours of planned topics the schedule expected done before today. */
  readonly expectedHours: number;
  /** Hours of planned topics now done or skipped. */
  readonly doneHours: number;
  readonly message: string;
}

/**
 * Compares where the learner is with where the plan expected them to be today. Being within one
 * study block of the plan counts as on track: a day's session either way is noise, not a trend.
 */
export function planStatus(
  schedule: Schedule,
  plannedTopics: readonly { readonly id: string; readonly hours: number }[],
  settledTopicIds: ReadonlySet<string>,
  today: string,
): PlanStatus {
  const round = (hours: number) => Math.round(hours * 10) / 10;
  const expectedHours = round(schedule.blocks.filter((block) => block.date < today).reduce((sum, block) => sum + block.hours, 0));
  const doneHours = round(
    plannedTopics.filter((topic) => settledTopicIds.has(topic.id)).reduce((sum, topic) => sum + topic.hours, 0),
  );
  const slack = schedule.blocks[0]?.hours ?? 0;
  const numbers = `the plan expected ${expectedHours} h of topics done by today; you have done ${doneHours} h.`;
  if (plannedTopics.length > 0 && plannedTopics.every((topic) => settledTopicIds.has(topic.id))) {
    return { kind: "finished", expectedHours, doneHours, message: "Every topic of this plan is done or skipped." };
  }
  if (doneHours > expectedHours + slack) {
    return { kind: "ahead", expectedHours, doneHours, message: `Ahead: ${numbers}` };
  }
  const first = schedule.blocks[0];
  if (first && today < first.date) {
    return { kind: "not-started", expectedHours, doneHours, message: `The plan starts on ${first.date}.` };
  }
  if (doneHours < expectedHours - slack) {
    return { kind: "behind", expectedHours, doneHours, message: `Behind: ${numbers} Re-plan from today to spread what is left.` };
  }
  return { kind: "on-track", expectedHours, doneHours, message: `On track: ${numbers}` };
}
