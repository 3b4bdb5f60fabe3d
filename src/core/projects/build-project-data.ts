import type { Dataset, Project } from "../../shared/content/index.js";
import { csvField, csvLine } from "../../shared/csv/write-csv.js";
import type { HiddenTestSet } from "../../shared/projects/score-submission.js";
import { labelCode, type ParsedSubmission, type SubmissionSpec } from "../../shared/projects/validate-submission.js";
import { rankingTask, type RankingTask } from "./ranking-task.js";
import { seededPermutation } from "../../shared/random/seeded-random.js";
import { readDatasetTable, type Cell } from "../datasets/read-table.js";

export const PROJECT_FILES = ["train.csv", "test.csv", "sample_submission.csv", "corpus.csv"] as const;
export type ProjectFileName = (typeof PROJECT_FILES)[number];
/** Every project has these; a retrieval project adds corpus.csv, the documents it ranks. */
type CommonFileName = Exclude<ProjectFileName, "corpus.csv">;
type ProjectFile = { readonly text: string; readonly rows: number };

/** The files a project hands out, in PROJECT_FILES order. */
export function projectFiles(data: Pick<ProjectData, "files">): { readonly name: ProjectFileName; readonly file: ProjectFile }[] {
  return PROJECT_FILES.flatMap((name) => {
    const file = data.files[name];
    return file ? [{ name, file }] : [];
  });
}

/**
 * Everything a project needs at run time. The hidden part (truth, public rows) stays in this
 * process: routes hand out only the CSV files, which never hold a test row's target.
 */
export interface ProjectData {
  readonly spec: SubmissionSpec;
  /** Test ids in the order of test.csv, and each id's position in it. */
  readonly testIds: readonly string[];
  readonly positionOf: ReadonlyMap<string, number>;
  readonly hidden: HiddenTestSet;
  readonly trainRows: number;
  readonly publicRows: number;
  readonly files: Readonly<Record<CommonFileName, ProjectFile>> & { readonly "corpus.csv"?: ProjectFile };
  readonly baseline: { readonly submission: ParsedSubmission; readonly name: string };
}

/**
 * The CSV header and, per row, the CSV text of the named columns. Image cells become one column
 * per pixel, as in Kaggle's digit recogniser; pixels are plain numbers, so they are joined
 * directly rather than field by field (10,000 images × 784 pixels).
 */
function expand(dataset: Dataset, names: readonly string[]): { header: string[]; cells: (row: Cell[]) => string } {
  const indexes = names.map((name) => dataset.columns.findIndex((column) => column.name === name));
  const header: string[] = [];
  names.forEach((name, k) => {
    const column = dataset.columns[indexes[k] as number];
    if (column?.type === "image")
      for (let p = 0; p < (column.width ?? 0) * (column.height ?? 0); p += 1) header.push(`pixel${p}`);
    else header.push(name);
  });
  return {
    header,
    cells: (row) =>
      indexes
        .map((index) => {
          const cell = row[index] ?? null;
          return cell instanceof Uint8Array ? cell.join(",") : csvField(cell ?? "");
        })
        .join(","),
  };
}

/** Splits a dataset into training rows and a hidden test set with public and private parts, as the project file says. */
export function buildProjectData(project: Project, dataset: Dataset, corpus: Dataset | null = null): ProjectData {
  if (!dataset.localPath) throw new Error(`${project.id}: dataset ${dataset.id} is not shipped`);
  const table = readDatasetTable(dataset, dataset.localPath);
  const column = (name: string) => table.columns.indexOf(name);
  const target = column(project.target);
  const rows = table.rows.filter((row) => row[target] !== null);
  const idColumnName = project.id_column ?? "id";

  let ids: string[];
  let train: number[];
  let test: number[];
  let isPublic: Uint8Array;
  if (project.split.kind === "time") {
    const time = column(dataset.time_column as string);
    const order = rows.map((_, index) => index).sort((a, b) => String(rows[a]?.[time]).localeCompare(String(rows[b]?.[time])));
    const from = project.split.test_from;
    train = order.filter((index) => String(rows[index]?.[time]) < from);
    test = order.filter((index) => String(rows[index]?.[time]) >= from);
    // Forecasts are judged on the nearer future in public and the farther future in private.
    const publicCount = Math.round(test.length * project.split.public_fraction);
    isPublic = Uint8Array.from(test, (_, position) => (position < publicCount ? 1 : 0));
  } else {
    const { seed, test_fraction: testFraction, public_fraction: publicFraction } = project.split;
    const shuffled = Array.from(seededPermutation(rows.length, seed));
    const testCount = Math.round(rows.length * testFraction);
    test = shuffled.slice(0, testCount);
    train = shuffled.slice(testCount);
    const publicPositions = seededPermutation(testCount, seed + 1).slice(0, Math.round(testCount * publicFraction));
    isPublic = new Uint8Array(testCount);
    for (const position of publicPositions) isPublic[position] = 1;
  }
  if (project.id_column !== null) {
    const idIndex = column(project.id_column);
    ids = rows.map((row) => String(row[idIndex]));
  } else {
    // Ids follow a seeded shuffle, so an id says nothing about a row's label or its place in the file.
    ids = new Array<string>(rows.length);
    const numbering = seededPermutation(rows.length, project.split.kind === "random" ? project.split.seed + 2 : 0);
    const width = String(rows.length).length;
    numbering.forEach((rowIndex, n) => (ids[rowIndex] = `${project.id_prefix}${String(n + 1).padStart(width, "0")}`));
  }
  if (project.split.kind === "random") {
    // Test rows listed by id, like a Kaggle test file; the public flags move with them.
    const order = test
      .map((_, position) => position)
      .sort((a, b) => (ids[test[a] as number] as string).localeCompare(ids[test[b] as number] as string));
    const flags = isPublic;
    test = order.map((position) => test[position] as number);
    isPublic = Uint8Array.from(order, (position) => flags[position] as number);
  }
  if (new Set(ids).size !== ids.length) throw new Error(`${project.id}: the id column ${idColumnName} has repeated values`);
  if (train.length === 0 || test.length === 0)
    throw new Error(`${project.id}: the split leaves no ${train.length === 0 ? "training" : "test"} rows`);

  const { value } = project;
  const testIds = test.map((index) => ids[index] as string);
  const trainRows = train.map((index) => rows[index] as Cell[]);
  const testRows = test.map((index) => rows[index] as Cell[]);
  let hidden: HiddenTestSet;
  let baseline: ProjectData["baseline"];
  let ranking: RankingTask | null = null;
  if (value.type === "ranking") {
    if (!corpus) throw new Error(`${project.id}: the corpus ${value.corpus} is not in the catalog`);
    const queryColumn = column(project.test_columns[0] ?? "");
    const task = rankingTask(corpus, value.max_items);
    ranking = task;
    hidden = { kind: "judgments", relevant: testRows.map((row) => task.relevantOf(row[target] ?? null)), isPublic };
    baseline = {
      submission: { kind: "rankings", rankings: testRows.map((row) => task.search(String(row[queryColumn] ?? ""))) },
      name: "Baseline: BM25 keyword search",
    };
  } else {
    const truthOf = (row: Cell[]): number =>
      value.type === "number" ? (row[target] as number) : labelCode(value, String(row[target]));
    hidden = { kind: "values", truth: Float64Array.from(testRows, truthOf), isPublic };
    baseline = makeBaseline(project, trainRows, target, test.length);
  }
  const trainColumns = expand(dataset, [...project.train_columns, project.target]);
  const testColumns = expand(dataset, project.test_columns);
  const lines = (header: string[], indexes: number[], cells: (row: Cell[]) => string) =>
    [
      csvLine([idColumnName, ...header]),
      // A project may have no feature columns besides the id (the forecast's test.csv).
      ...indexes.map((index) => {
        const rest = cells(rows[index] as Cell[]);
        return rest === "" && header.length === 0 ? csvField(ids[index] as string) : `${csvField(ids[index] as string)},${rest}`;
      }),
    ].join("\n") + "\n";
  const sample = baseline.submission;
  const sampleValue = (position: number): string | number => {
    if (sample.kind === "rankings") return (sample.rankings[position] ?? []).join(" ");
    const predicted = sample.values[position] as number;
    return value.type === "label" && sample.kind === "labels"
      ? (value.labels.find((label) => labelCode(value, label) === predicted) ?? "")
      : predicted;
  };
  return {
    spec: { idColumn: idColumnName, valueColumn: project.target, value, ...(ranking ? { documents: ranking.documents } : {}) },
    testIds,
    positionOf: new Map(testIds.map((id, position) => [id, position])),
    hidden,
    trainRows: train.length,
    publicRows: isPublic.reduce((sum, flag) => sum + flag, 0),
    files: {
      "train.csv": { text: lines(trainColumns.header, train, trainColumns.cells), rows: train.length },
      "test.csv": { text: lines(testColumns.header, test, testColumns.cells), rows: test.length },
      "sample_submission.csv": {
        text:
          [csvLine([idColumnName, project.target]), ...testIds.map((id, position) => csvLine([id, sampleValue(position)]))].join(
            "\n",
          ) + "\n",
        rows: test.length,
      },
      ...(ranking ? { "corpus.csv": ranking.file } : {}),
    },
    baseline,
  };
}

/** The naive submission every model should beat: the last known value, or the most frequent training label. */
function makeBaseline(project: Project, trainRows: Cell[][], target: number, testCount: number): ProjectData["baseline"] {
  const { value } = project;
  if (project.baseline === "last-value" || value.type === "number") {
    const last = trainRows[trainRows.length - 1]?.[target] as number;
    return {
      submission: { kind: "numbers", values: new Float64Array(testCount).fill(last) },
      name: "Baseline: last training value",
    };
  }
  if (value.type !== "label") throw new Error(`${project.id}: the ${project.baseline} baseline needs labels`);
  const counts = new Map<string, number>();
  for (const row of trainRows) counts.set(String(row[target]), (counts.get(String(row[target])) ?? 0) + 1);
  const [majority = value.labels[0] as string] =
    [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [];
  return {
    submission: { kind: "labels", values: new Float64Array(testCount).fill(labelCode(value, majority)) },
    name: `Baseline: always "${majority}"`,
  };
}
