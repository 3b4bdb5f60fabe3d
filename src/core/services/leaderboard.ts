import type { ProjectMetricId } from "../../shared/content/index.js";
import { isBetter, PROJECT_METRIC_TABLE } from "../../shared/projects/project-metrics.js";
import type { LeaderboardRow } from "../db/project-submissions.repository.js";
import type { PreparedProject } from "../projects/project-data-cache.js";

/** How many submissions a learner may choose for the final (private) ranking, as on Kaggle. */
export const MAX_FINAL_SUBMISSIONS = 2;

export interface LeaderboardEntry {
  readonly rank: number | null;
  readonly userId: string | null;
  readonly name: string;
  readonly score: number;
  readonly submissions: number;
  readonly lastSubmittedAt: string | null;
  readonly isBaseline: boolean;
  /** A deployed model reproduces one of the learner's submissions. */
  readonly liveModel: boolean;
}

/**
 * The submissions that count on the private board: the learner's chosen finals, or — when they
 * chose none — their best public ones, up to the limit (Kaggle's rule).
 */
export function finalPicks(rows: readonly LeaderboardRow[], primary: ProjectMetricId): LeaderboardRow[] {
  const chosen = rows.filter((row) => row.final === 1);
  if (chosen.length > 0) return chosen;
  const metric = PROJECT_METRIC_TABLE[primary];
  return [...rows]
    .sort((a, b) =>
      isBetter(metric, a.public_score, b.public_score)
        ? -1
        : isBetter(metric, b.public_score, a.public_score)
          ? 1
          : a.created_at.localeCompare(b.created_at),
    )
    .slice(0, MAX_FINAL_SUBMISSIONS);
}

/**
 * Ranks learners by their best public score, or once the competition is closed by the best private
 * score among their final picks. Ties share a rank (1, 2, 2, 4). The baseline is listed for
 * reference without a rank on the public board, and ranked like a learner on the private one.
 */
export function buildLeaderboard(
  prepared: PreparedProject,
  rows: readonly LeaderboardRow[],
  closed: boolean,
): LeaderboardEntry[] {
  const primary = prepared.project.metrics[0] as ProjectMetricId;
  const metric = PROJECT_METRIC_TABLE[primary];
  const byUser = new Map<string, LeaderboardRow[]>();
  for (const row of rows) {
    const own = byUser.get(row.user_id);
    if (own) own.push(row);
    else byUser.set(row.user_id, [row]);
  }
  type Row = Omit<LeaderboardEntry, "rank" | "isBaseline">;
  const learners = [...byUser.entries()].map(([userId, own]): Row => {
    const counted = closed ? finalPicks(own, primary) : own;
    const scores = counted.map((row) => (closed ? row.private_score : row.public_score));
    const best = scores.reduce((a, b) => (isBetter(metric, b, a) ? b : a));
    const last =
      own
        .map((row) => row.created_at)
        .sort()
        .at(-1) ?? null;
    return {
      userId,
      name: own[0]?.display_name ?? userId,
      score: best,
      submissions: own.length,
      lastSubmittedAt: last,
      liveModel: own.some((row) => row.live_model === 1),
    };
  });
  const baselineScore = (closed ? prepared.baselineScores.private : prepared.baselineScores.public)[primary];
  const baseline: Row | null =
    baselineScore === undefined
      ? null
      : {
          userId: null,
          name: prepared.data.baseline.name,
          score: baselineScore,
          submissions: 0,
          lastSubmittedAt: null,
          liveModel: false,
        };
  // The final, private board ranks the baseline like any other row (how many learners beat it is
  // part of the result); the public board places it by its score, for reference, unranked.
  const entries: Row[] = closed && baseline ? [...learners, baseline] : learners;
  entries.sort((a, b) =>
    isBetter(metric, a.score, b.score)
      ? -1
      : isBetter(metric, b.score, a.score)
        ? 1
        : (a.lastSubmittedAt ?? "").localeCompare(b.lastSubmittedAt ?? ""),
  );
  const ranked: LeaderboardEntry[] = [];
  entries.forEach((entry, index) => {
    const previous = ranked[index - 1];
    const rank = previous && previous.score === entry.score ? (previous.rank as number) : index + 1;
    ranked.push({ ...entry, rank, isBaseline: entry === baseline });
  });
  if (!baseline || closed) return ranked;
  const unranked: LeaderboardEntry = { ...baseline, rank: null, isBaseline: true };
  // The baseline sits where its score would rank, so a learner sees at a glance whether they beat it.
  const at = ranked.findIndex((entry) => isBetter(metric, baseline.score, entry.score));
  return at === -1 ? [...ranked, unranked] : [...ranked.slice(0, at), unranked, ...ranked.slice(at)];
}
