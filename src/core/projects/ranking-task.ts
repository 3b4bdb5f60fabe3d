import { readFileSync } from "node:fs";
import type { Dataset } from "../../shared/content/index.js";
import { bm25Index } from "../../shared/text/bm25.js";
import { readDatasetTable, type Cell } from "../datasets/read-table.js";

/** What a retrieval project needs of its corpus: the documents' ids, the file learners get, and a BM25 baseline. */
export interface RankingTask {
  readonly documents: ReadonlySet<string>;
  /** The corpus as shipped, handed out as corpus.csv. */
  readonly file: { readonly text: string; readonly rows: number };
  /** The relevant documents a target cell lists (space-separated doc_ids); throws on an id the corpus lacks. */
  relevantOf(cell: Cell): ReadonlySet<string>;
  /** The baseline's ranking for a query: BM25 over each document's title and text. */
  search(query: string): string[];
}

/**
 * Reads a retrieval corpus: a dataset with a `doc_id` column, a `text` column and, if present, a
 * `title` that BM25 reads with the text.
 */
export function rankingTask(corpus: Dataset, maxItems: number): RankingTask {
  if (!corpus.localPath) throw new Error(`the corpus ${corpus.id} is not shipped`);
  const table = readDatasetTable(corpus, corpus.localPath);
  const column = (name: string) => table.columns.indexOf(name);
  const [idAt, textAt, titleAt] = [column("doc_id"), column("text"), column("title")];
  if (idAt < 0 || textAt < 0) throw new Error(`the corpus ${corpus.id} needs doc_id and text columns`);
  const documents = table.rows.map((row) => ({
    id: String(row[idAt]),
    text: `${titleAt >= 0 ? `${String(row[titleAt] ?? "")} ` : ""}${String(row[textAt] ?? "")}`,
  }));
  const ids = new Set(documents.map((document) => document.id));
  if (ids.size !== documents.length) throw new Error(`the corpus ${corpus.id} repeats a doc_id`);
  const index = bm25Index(documents);
  return {
    documents: ids,
    file: { text: readFileSync(corpus.localPath, "utf8"), rows: documents.length },
    relevantOf(cell) {
      const relevant = String(cell ?? "")
        .trim()
        .split(/\s+/)
        .filter(Boolean);
      const unknown = relevant.find((id) => !ids.has(id));
      if (relevant.length === 0 || unknown !== undefined) {
        throw new Error(
          `a judgment names ${unknown === undefined ? "no document" : `"${unknown}", which is not a doc_id of ${corpus.id}`}`,
        );
      }
      return new Set(relevant);
    },
    search: (query) => index.search(query, maxItems),
  };
}
