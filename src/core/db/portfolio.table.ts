import type { Selectable } from "kysely";

/** One project's write-up in a learner's portfolio. */
export interface PortfolioEntriesTable {
  user_id: string;
  project_id: string;
  markdown: string;
  /** The last machine draft; `markdown` differing from it means the learner edited. */
  drafted_markdown: string;
  featured: number;
  work_kind: "individual" | "team";
  /** `[{name, url}]` as JSON. */
  collaborators_json: string;
  /** Ids of solved exercises whose code the write-up quotes, as JSON. */
  code_exercises_json: string;
  updated_at: string;
}

/** Who the portfolio is by: shown on the site's front page, README.md and resume.json. */
export interface PortfolioProfilesTable {
  user_id: string;
  name: string;
  headline: string;
  /** `[{label, url}]` as JSON: GitHub, LinkedIn, Kaggle … */
  links_json: string;
  updated_at: string;
}

export type PortfolioEntryRow = Selectable<PortfolioEntriesTable>;
export type PortfolioProfileRow = Selectable<PortfolioProfilesTable>;

/** A portfolio published at /u/<handle>; no row: not published. */
export interface PublicProfilesTable {
  user_id: string;
  /** 3–30 of a–z, 0–9 and "-"; unique on the instance. */
  handle: string;
  published_at: string;
}
