import { MetricError } from "./classification.js";

/** One query of a retrieval task: the documents judged relevant, and a system's ranking (best first). */
export interface RankedQuery {
  readonly relevant: ReadonlySet<string>;
  readonly ranked: readonly string[];
}

/** The ranking with repeats removed (a document counts at its first place only). */
function distinct(ranked: readonly string[]): string[] {
  return [...new Set(ranked)];
}

function checkQueries(queries: readonly RankedQuery[]): void {
  if (queries.length === 0) throw new MetricError("there are no queries to score");
  queries.forEach((query, index) => {
    if (query.relevant.size === 0) throw new MetricError(`query ${index + 1} has no relevant documents, so recall is undefined`);
  });
}

/**
 * Recall@k, averaged over queries: the share of each query's relevant documents found in the top
 * `k` of its ranking (a repeated document counts once, at its first place).
 */
export function recallAtK(queries: readonly RankedQuery[], k: number): number {
  if (!Number.isInteger(k) || k < 1) throw new MetricError(`k must be a whole number of at least 1, got ${k}`);
  checkQueries(queries);
  let total = 0;
  for (const query of queries) {
    const found = distinct(query.ranked)
      .slice(0, k)
      .filter((id) => query.relevant.has(id)).length;
    total += found / query.relevant.size;
  }
  return total / queries.length;
}

/**
 * Mean reciprocal rank: over queries, 1 / the place of the first relevant document in the ranking
 * (1 for first place), or 0 when none is ranked.
 */
export function meanReciprocalRank(queries: readonly RankedQuery[]): number {
  checkQueries(queries);
  let total = 0;
  for (const query of queries) {
    const place = distinct(query.ranked).findIndex((id) => query.relevant.has(id));
    if (place >= 0) total += 1 / (place + 1);
  }
  return total / queries.length;
}
