/**
 * Okapi BM25, the keyword ranking search engines used before (and beside) embeddings:
 *
 *   score(q, d) = Σ_{t ∈ q} idf(t) · tf(t, d) · (k1 + 1) / (tf(t, d) + k1 · (1 − b + b · |d| / avgdl))
 *   idf(t)      = ln(1 + (N − n(t) + 0.5) / (n(t) + 0.5))
 *
 * with N documents, n(t) of them containing term t, |d| the document's length in terms and avgdl
 * the mean length. This idf (Lucene's) never goes negative, so a common word cannot push a
 * document down. The retrieval project ranks its corpus with it as the leaderboard's baseline.
 */

/** Lower-case letters and digits, split on everything else: "Cross-validation's k" → cross, validation, s, k. */
export function tokenize(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

export interface Bm25Options {
  /** How fast repeated terms stop adding score (default 1.5). */
  readonly k1?: number;
  /** How much a long document is penalised, 0 (not at all) to 1 (fully) (default 0.75). */
  readonly b?: number;
}

export interface Bm25Index {
  /** The ids of the `limit` best documents for `query`, best first; ties go to the earlier document. Documents sharing no term are left out. */
  search(query: string, limit: number): string[];
}

/** Indexes `documents` (id and text) for BM25 search. */
export function bm25Index(
  documents: readonly { readonly id: string; readonly text: string }[],
  options: Bm25Options = {},
): Bm25Index {
  const k1 = options.k1 ?? 1.5;
  const b = options.b ?? 0.75;
  const termCounts = documents.map((document) => {
    const counts = new Map<string, number>();
    for (const term of tokenize(document.text)) counts.set(term, (counts.get(term) ?? 0) + 1);
    return counts;
  });
  const lengths = documents.map((document) => tokenize(document.text).length);
  const averageLength = lengths.reduce((sum, length) => sum + length, 0) / Math.max(1, documents.length);
  const containing = new Map<string, number>();
  for (const counts of termCounts) for (const term of counts.keys()) containing.set(term, (containing.get(term) ?? 0) + 1);
  const idf = (term: string) => {
    const n = containing.get(term) ?? 0;
    return Math.log(1 + (documents.length - n + 0.5) / (n + 0.5));
  };
  return {
    search(query, limit) {
      const terms = tokenize(query);
      const scored: { index: number; score: number }[] = [];
      termCounts.forEach((counts, index) => {
        let score = 0;
        let matched = false;
        for (const term of terms) {
          const tf = counts.get(term) ?? 0;
          if (tf === 0) continue;
          matched = true;
          score += (idf(term) * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * (lengths[index] ?? 0)) / averageLength));
        }
        if (matched) scored.push({ index, score });
      });
      scored.sort((x, y) => y.score - x.score || x.index - y.index);
      return scored.slice(0, limit).map(({ index }) => documents[index]?.id ?? "");
    },
  };
}
