import type { DirectoryFile } from "./directory-file.js";
import type { FaqEntry } from "./faq-file.js";
import type { Resource } from "./resource.js";

/** A topic as the app uses it: front matter in camelCase plus its rendered lesson. */
export interface Topic {
  readonly id: string;
  readonly stageId: string;
  readonly title: string;
  readonly summary: string;
  readonly estimatedHours: number;
  readonly prerequisites: readonly string[];
  readonly resources: readonly Resource[];
  readonly lesson: { readonly markdown: string; readonly html: string; readonly wordCount: number };
}

export interface Stage {
  readonly id: string;
  /** 1-based position in the roadmap. */
  readonly order: number;
  readonly title: string;
  readonly summary: string;
  readonly outcomes: readonly string[];
  readonly resources: readonly Resource[];
  readonly topics: readonly Topic[];
  /** The sum of the stage's topics' hours. */
  readonly estimatedHours: number;
}

/** Everything under `content/`, validated, linked and ready to serve. */
export interface Curriculum {
  readonly title: string;
  readonly summary: string;
  readonly source: { readonly title: string; readonly url: string };
  readonly stages: readonly Stage[];
  readonly topicsById: ReadonlyMap<string, Topic>;
  readonly faq: readonly FaqEntry[];
  readonly directory: DirectoryFile;
}
