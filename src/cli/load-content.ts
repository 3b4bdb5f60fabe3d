import { existsSync, readdirSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import type { Curriculum, Dataset, Exercise, Project } from "../shared/content/index.js";
import { ContentValidationError } from "../core/content/content-error.js";
import { loadCurriculum, loadDatasets } from "../core/content/load-curriculum.js";
import { loadExercise } from "../core/content/load-exercise.js";
import { IssueLog } from "../core/content/read-content-file.js";
import { PROJECT_ROOT } from "../core/project-root.js";
import { UsageError } from "./usage-error.js";

/** The content folder the CLI works with: STEPWISE_CONTENT_DIR, or the content shipped with Stepwise. */
export function cliContentDir(): string {
  return process.env.STEPWISE_CONTENT_DIR ? resolve(process.env.STEPWISE_CONTENT_DIR) : resolve(PROJECT_ROOT, "content");
}

const contentProblems = (error: ContentValidationError) =>
  new UsageError(`${error.message}\nRun "stepwise content check" for details.`);
const noSuchExercise = (id: string) =>
  new UsageError(`There is no exercise "${id}". Run "stepwise exercise list" to see them all.`);

/** The curriculum in cliContentDir(). */
export function cliCurriculum(): Curriculum {
  try {
    return loadCurriculum(cliContentDir());
  } catch (error) {
    if (error instanceof ContentValidationError) throw contentProblems(error);
    throw error;
  }
}

/**
 * The exercise in `folder`, laid out as content/stages/NN-<stage>/exercises/<id>; the stage's id
 * is read from its folder's name, without loading the stage.
 */
export function loadExerciseFolder(folder: string, log: IssueLog): Exercise | undefined {
  return loadExercise(folder, basename(dirname(dirname(folder))).replace(/^\d+-/, ""), log);
}

/**
 * One exercise of cliContentDir() and the dataset catalog it may read from, without loading the
 * rest of the curriculum (about a second on two cores, paid by every `stepwise test` before).
 * An exercise's folder is named for its id (the content check makes sure).
 */
export function cliExercise(id: string): { readonly exercise: Exercise; readonly datasets: readonly Dataset[] } {
  const stagesDir = join(cliContentDir(), "stages");
  // An id is a slug; anything else (a path) names no exercise.
  const stage =
    /^[\w-]+$/.test(id) && existsSync(stagesDir)
      ? readdirSync(stagesDir).find((name) => existsSync(join(stagesDir, name, "exercises", id, "exercise.yaml")))
      : undefined;
  if (stage === undefined) throw noSuchExercise(id);
  const log = new IssueLog((path) => path);
  const exercise = loadExerciseFolder(join(stagesDir, stage, "exercises", id), log);
  const datasets = loadDatasets(cliContentDir(), log);
  if (!exercise || log.issues.length > 0) throw contentProblems(new ContentValidationError(log.issues));
  return { exercise, datasets };
}

export function findExercise(curriculum: Curriculum, id: string): Exercise {
  const exercise = curriculum.exercisesById.get(id);
  if (!exercise) throw noSuchExercise(id);
  return exercise;
}

export function findProject(curriculum: Curriculum, id: string | undefined): Project {
  const ids = curriculum.projects.map((project) => project.id).join(", ");
  if (!id) throw new UsageError(`Which project? One of ${ids} ("stepwise project list" describes them).`);
  const project = curriculum.projects.find((item) => item.id === id);
  if (!project) throw new UsageError(`There is no project "${id}". Choose one of ${ids}.`);
  return project;
}
