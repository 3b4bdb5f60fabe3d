import { describe, expect, it } from "vitest";
import type { Project } from "../../shared/content/index.js";
import type { LeaderboardRow } from "../db/project-submissions.repository.js";
import type { PreparedProject } from "../projects/project-data-cache.js";
import { buildLeaderboard, finalPicks } from "./leaderboard.js";

// A project ranked by RMSE (lower is better) whose baseline scores 10 in public and 20 in private.
const prepared = {
  project: { metrics: ["rmse", "mape"] } as unknown as Project,
  data: { baseline: { name: "Baseline" } },
  baselineScores: { public: { rmse: 10 }, private: { rmse: 20 } },
} as unknown as PreparedProject;

let clock = 0;
function row(user: string, publicScore: number, privateScore: number, final = false): LeaderboardRow {
  clock += 1;
  return {
    id: `s${clock}`,
    user_id: user,
    display_name: user.toUpperCase(),
    live_model: 0,
    description: null,
    project_id: "p",
    file_name: "f.csv",
    kind: "numbers",
    public_scores_json: "{}",
    private_scores_json: "{}",
    public_score: publicScore,
    private_score: privateScore,
    final: final ? 1 : 0,
    created_at: `2026-11-28T10:00:${String(clock).padStart(2, "0")}.000Z`,
    imported: 0,
    late: 0,
  };
}

describe("the leaderboard", () => {
  it("ranks each learner's best public score, ties sharing a rank, with the baseline placed by its score and unranked", () => {
    const rows = [row("ann", 12, 1), row("ann", 8, 30), row("bob", 8, 5), row("cy", 15, 2)];
    const board = buildLeaderboard(prepared, rows, false);
    expect(board.map((entry) => [entry.name, entry.rank, entry.score])).toEqual([
      ["ANN", 1, 8],
      ["BOB", 1, 8],
      ["Baseline", null, 10],
      ["CY", 3, 15],
    ]);
    expect(board.find((entry) => entry.name === "ANN")?.submissions).toBe(2);
  });

  it("once closed, ranks by the best private score among the chosen finals only, the baseline ranked like any row", () => {
    const rows = [row("ann", 5, 50, true), row("ann", 9, 1), row("bob", 7, 25, true), row("bob", 6, 40, true)];
    const board = buildLeaderboard(prepared, rows, true);
    // ann's private 1 was not chosen; bob's better final is 25.
    expect(board.map((entry) => [entry.name, entry.rank, entry.score])).toEqual([
      ["Baseline", 1, 20],
      ["BOB", 2, 25],
      ["ANN", 3, 50],
    ]);
  });

  it("picks the two best public submissions as finals when a learner chose none", () => {
    const rows = [row("ann", 9, 1), row("ann", 4, 7), row("ann", 6, 3)];
    expect(finalPicks(rows, "rmse").map((picked) => picked.public_score)).toEqual([4, 6]);
    expect(buildLeaderboard(prepared, rows, true).find((entry) => entry.name === "ANN")?.score).toBe(3);
  });
});
