import type { SubmitResponse } from "../api/index.js";

/** Which board a submission's rank is on, said after "Rank 2 of 5". */
export function rankedBoard(result: Pick<SubmitResponse, "rankedAmong" | "cohort">): string {
  if (result.rankedAmong === "cohort") return `on ${result.cohort?.name ?? "your cohort"}'s public leaderboard`;
  if (result.rankedAmong === "own") return "among your own submissions";
  return "on the public leaderboard";
}
