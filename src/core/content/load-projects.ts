import { join } from "node:path";
import { ProjectFileSchema, STARTER_NOTEBOOK_FILE, type Dataset, type Exercise, type Project, type Topic } from "../../shared/content/index.js";
import { MathRenderError, renderMarkdown } from "../../shared/markdown/index.js";
import { loadStarterNotebook } from "./load-notebook.js";
import { readText, readYamlFile, type IssueLog } from "./read-content-file.js";

interface KnownContent {
  readonly datasets: readonly Dataset[];
  readonly topicsById: ReadonlyMap<string, Topic>;
  readonly exercisesById: ReadonlyMap<string, Exercise>;
}

/** Problems a project file can have against the catalog: each names the field and what to do. */
function crossCheck(project: Omit<Project, "briefMarkdown" | "briefHtml" | "stepsHtml" | "folder" | "starterNotebook">, known: KnownContent): [string, string][] {
  const problems: [string, string][] = [];
  if (!known.topicsById.has(project.topic)) problems.push(["topic", `"${project.topic}" is not a topic id`]);
  project.steps.forEach((step, index) => {
    if (step.exercise && !known.exercisesById.has(step.exercise)) problems.push([`steps.${index}.exercise`, `"${step.exercise}" is not an exercise id`]);
  });
  const dataset = known.datasets.find((item) => item.id === project.dataset);
  if (!dataset) return [...problems, ["dataset", `"${project.dataset}" is not in content/datasets`]];
  if (!dataset.localPath) problems.push(["dataset", `"${dataset.id}" is downloaded on demand; a project needs data that ships, so it works offline`]);
  const columns = new Map(dataset.columns.map((column) => [column.name, column]));
  const named: [string, string | null][] = [
    ["id_column", project.id_column],
    ["target", project.target],
    ...project.train_columns.map((name, index): [string, string] => [`train_columns.${index}`, name]),
    ...project.test_columns.map((name, index): [string, string] => [`test_columns.${index}`, name]),
  ];
  for (const [field, name] of named) {
    if (name !== null && !columns.has(name)) problems.push([field, `"${name}" is not a column of ${dataset.id}`]);
  }
  const targetType = columns.get(project.target)?.type;
  if (targetType && project.value.type === "number" && targetType !== "number") problems.push(["target", "a numeric value needs a number column"]);
  if (targetType && project.value.type === "label" && targetType !== "category") problems.push(["target", "a label value needs a category column"]);
  if (project.split.kind === "time" && !dataset.time_column) problems.push(["split", `${dataset.id} has no time_column to split on`]);
  if (project.value.type === "ranking") problems.push(...corpusProblems(project.value.corpus, project.test_columns, known.datasets));
  return problems;
}

/** A retrieval project's corpus must ship with doc_id and text columns, and its queries be one text column. */
function corpusProblems(corpusId: string, testColumns: readonly string[], datasets: readonly Dataset[]): [string, string][] {
  const problems: [string, string][] = [];
  if (testColumns.length !== 1) problems.push(["test_columns", "a ranking project's test.csv holds one column: the query text"]);
  const corpus = datasets.find((item) => item.id === corpusId);
  if (!corpus) return [...problems, ["value.corpus", `"${corpusId}" is not in content/datasets`]];
  if (!corpus.localPath) problems.push(["value.corpus", `"${corpusId}" is downloaded on demand; the corpus must ship`]);
  const names = new Set(corpus.columns.map((column) => column.name));
  for (const name of ["doc_id", "text"]) {
    if (!names.has(name)) problems.push(["value.corpus", `${corpusId} has no ${name} column; a corpus needs doc_id and text`]);
  }
  return problems;
}

/** Every `content/projects/<id>/` folder: project.yaml validated, brief.md and steps rendered, starter.ipynb checked. */
export function loadProjects(contentDir: string, folders: readonly string[], known: KnownContent, log: IssueLog): Project[] {
  const projects: Project[] = [];
  for (const name of folders) {
    const folder = join(contentDir, "projects", name);
    const path = join(folder, "project.yaml");
    const file = readYamlFile(ProjectFileSchema, path, log);
    const brief = readText(join(folder, "brief.md"), log);
    const starterNotebook = loadStarterNotebook(join(folder, STARTER_NOTEBOOK_FILE), name, log);
    if (!file || brief === undefined || !starterNotebook) continue;
    if (file.id !== name) {
      log.add(path, "id", `is "${file.id}" but the folder is named ${name}; make them equal`);
      continue;
    }
    const problems = crossCheck(file, known);
    for (const [field, reason] of problems) log.add(path, field, reason);
    if (problems.length > 0) continue;
    try {
      projects.push({
        ...file,
        briefMarkdown: brief,
        briefHtml: renderMarkdown(brief),
        stepsHtml: file.steps.map((step) => ({ title: step.title, html: renderMarkdown(step.body), exercise: step.exercise ?? null })),
        folder,
        starterNotebook,
      });
    } catch (error) {
      log.add(path, "(markdown)", error instanceof MathRenderError ? error.describe() : `cannot be rendered: ${String(error)}`);
    }
  }
  return projects;
}
