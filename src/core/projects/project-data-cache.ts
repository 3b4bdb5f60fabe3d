import type { Curriculum, Project } from "../../shared/content/index.js";
import { scoreSubmission, type Scores } from "../../shared/projects/score-submission.js";
import { buildProjectData, type ProjectData } from "./build-project-data.js";

export interface PreparedProject {
  readonly project: Project;
  readonly data: ProjectData;
  /** The baseline scored like any submission, for the leaderboard's reference row. */
  readonly baselineScores: { readonly public: Scores; readonly private: Scores };
}

// Built on first use and kept: the data never changes while the process runs, and building the
// digits project reads 10,000 images.
const prepared = new WeakMap<Project, PreparedProject>();

/** A project's split, files and hidden test set, built once per process. */
export function prepareProject(curriculum: Curriculum, project: Project): PreparedProject {
  const cached = prepared.get(project);
  if (cached) return cached;
  const dataset = curriculum.datasets.find((item) => item.id === project.dataset);
  if (!dataset) throw new Error(`${project.id}: dataset ${project.dataset} is not in the catalog`);
  const corpusId = project.value.type === "ranking" ? project.value.corpus : null;
  const corpus = corpusId === null ? null : (curriculum.datasets.find((item) => item.id === corpusId) ?? null);
  const data = buildProjectData(project, dataset, corpus);
  const result: PreparedProject = {
    project,
    data,
    baselineScores: scoreSubmission(project.metrics, data.hidden, data.baseline.submission),
  };
  prepared.set(project, result);
  return result;
}
