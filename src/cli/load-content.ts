import { resolve } from "node:path";
import type { Curriculum, Exercise, Project } from "../shared/content/index.js";
import { ContentValidationError } from "../core/content/content-error.js";
import { loadCurriculum } from "../core/content/load-curriculum.js";
import { PROJECT_ROOT } from "../core/project-root.js";
import { UsageError } from "./usage-error.js";

/** The content folder the CLI works with: STEPWISE_CONTENT_DIR, or the content shipped with Stepwise. */
export function cliContentDir(): string {
  return process.env.STEPWISE_CONTENT_DIR ? resolve(process.env.STEPWISE_CONTENT_DIR) : resolve(PROJECT_ROOT, "content");
}

/** The curriculum in cliContentDir(). */
export function cliCurriculum(): Curriculum {
  try {
    return loadCurriculum(cliContentDir());
  } catch (error) {
    if (error instanceof ContentValidationError)
      throw new UsageError(`${error.message}\nRun "stepwise content check" for details.`);
    throw error;
  }
}

export function findExercise(curriculum: Curriculum, id: string): Exercise {
  const exercise = curriculum.exercisesById.get(id);
  if (!exercise) throw new UsageError(`There is no exercise "${id}". Run "stepwise exercise list" to see them all.`);
  return exercise;
}

export function findProject(curriculum: Curriculum, id: string | undefined): Project {
  const ids = curriculum.projects.map((project) => project.id).join(", ");
  if (!id) throw new UsageError(`Which project? One of ${ids} ("stepwise project list" describes them).`);
  const project = curriculum.projects.find((item) => item.id === id);
  if (!project) throw new UsageError(`There is no project "${id}". Choose one of ${ids}.`);
  return project;
}
