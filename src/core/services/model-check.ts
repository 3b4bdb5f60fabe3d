import { parseCsv } from "../../shared/csv/parse-csv.js";
import { csvField } from "../../shared/csv/write-csv.js";
import { scoreSubmission, type Scores } from "../../shared/projects/score-submission.js";
import { SubmissionError, validateSubmission } from "../../shared/projects/validate-submission.js";
import type { PreparedProject } from "../projects/project-data-cache.js";

/** A project's test inputs as numbers, as a deployed model is given them. */
export interface ModelInputs {
  /** test.csv's columns after the id, e.g. pixel0 … pixel783. */
  readonly columns: readonly string[];
  /** One row of numbers per test id, in test.csv's order. */
  readonly rows: readonly (readonly number[])[];
}

/** A model that cannot be checked against a submission; the message says why. */
export class ModelCheckError extends Error {
  override readonly name = "ModelCheckError";
}

const inputsCache = new WeakMap<PreparedProject, ModelInputs | null>();
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * The project's test inputs as numbers per row — what a model trained on train.csv's columns takes
 * — or null when a column holds text or dates, which a model exported from Stepwise cannot take.
 */
export function numericTestInputs(prepared: PreparedProject): ModelInputs | null {
  if (inputsCache.has(prepared)) return inputsCache.get(prepared) ?? null;
  const [header, ...body] = parseCsv(prepared.data.files["test.csv"].text).rows;
  const columns = (header ?? []).slice(1);
  let inputs: ModelInputs | null = null;
  if (columns.length > 0 && body.every((row) => row.slice(1).every((cell) => NUMBER.test(cell)))) {
    inputs = { columns, rows: body.map((row) => row.slice(1).map(Number)) };
  }
  inputsCache.set(prepared, inputs);
  return inputs;
}

/** What a model's prediction for one row becomes in a submission file: a label or a number. */
function submittedValue(prepared: PreparedProject, prediction: unknown, id: string): string {
  const value =
    typeof prediction === "object" && prediction !== null && !Array.isArray(prediction)
      ? ((prediction as Record<string, unknown>)[prepared.project.value.type === "label" ? "label" : "prediction"] ?? null)
      : prediction;
  if (typeof value === "number" || typeof value === "string") return String(value);
  throw new ModelCheckError(
    `The model's prediction for ${id} is ${JSON.stringify(prediction)?.slice(0, 80) ?? "nothing"}; a ${prepared.project.value.type === "label" ? "classifier must give a label" : "regressor must give a number"} (stepwise.export's label or prediction output).`,
  );
}

export interface ModelCheckOutcome {
  readonly reproduced: boolean;
  readonly rows: number;
  readonly matchingRows: number;
  readonly firstDifference: { readonly id: string; readonly submitted: string; readonly served: string } | null;
  readonly submittedPublicScores: Scores;
  readonly servedPublicScores: Scores;
}

/**
 * Compares what a served model predicts for the project's test inputs with a submission's file,
 * row by row, and scores the served predictions on the public rows — proof that the deployed model
 * is the one that scored (or where it is not). `predict` sends rows through the model's endpoint.
 */
export async function checkModelAgainstSubmission(
  prepared: PreparedProject,
  submittedCsv: string,
  predict: (instances: readonly (readonly number[])[]) => Promise<readonly unknown[]>,
  chunkRows = 250,
): Promise<ModelCheckOutcome> {
  const inputs = numericTestInputs(prepared);
  if (!inputs)
    throw new ModelCheckError(
      `The test inputs of "${prepared.project.title}" are not all numbers, so no model can be run on them.`,
    );
  const { data, project } = prepared;
  const served: string[] = [];
  for (let start = 0; start < inputs.rows.length; start += chunkRows) {
    const predictions = await predict(inputs.rows.slice(start, start + chunkRows));
    predictions.forEach((prediction, offset) =>
      served.push(submittedValue(prepared, prediction, data.testIds[start + offset] ?? "")),
    );
  }
  if (served.length !== data.testIds.length) {
    throw new ModelCheckError(`The model gave ${served.length} predictions for ${data.testIds.length} test rows.`);
  }
  const servedCsv = [
    `${csvField(data.spec.idColumn)},${csvField(data.spec.valueColumn)}`,
    ...data.testIds.map((id, row) => `${csvField(id)},${csvField(served[row] ?? "")}`),
  ].join("\n");
  let servedParsed;
  try {
    servedParsed = validateSubmission(servedCsv, data.spec, data.testIds, data.positionOf);
  } catch (error) {
    if (error instanceof SubmissionError)
      throw new ModelCheckError(`The model's predictions are not a valid submission: ${error.message}`);
    throw error;
  }
  const submitted = validateSubmission(submittedCsv, data.spec, data.testIds, data.positionOf);
  // numericTestInputs already refused tasks whose inputs are text, which rankings are.
  if (submitted.kind === "rankings" || servedParsed.kind === "rankings") {
    throw new ModelCheckError(`"${prepared.project.title}" is scored on rankings, which no deployed model produces.`);
  }
  const submittedValues = parseCsv(submittedCsv).rows.slice(1);
  const submittedById = new Map(submittedValues.map((row) => [row[0] ?? "", row[1] ?? ""]));
  let matchingRows = 0;
  let firstDifference: ModelCheckOutcome["firstDifference"] = null;
  data.testIds.forEach((id, row) => {
    const a = submitted.values[row] as number;
    const b = servedParsed.values[row] as number;
    const same = submitted.kind === servedParsed.kind && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
    if (same) matchingRows += 1;
    else firstDifference ??= { id, submitted: submittedById.get(id) ?? "", served: served[row] ?? "" };
  });
  const servedScores = scoreSubmission(project.metrics, data.hidden, servedParsed);
  const submittedScores = scoreSubmission(project.metrics, data.hidden, submitted);
  return {
    reproduced: matchingRows === data.testIds.length,
    rows: data.testIds.length,
    matchingRows,
    firstDifference,
    submittedPublicScores: submittedScores.public,
    servedPublicScores: servedScores.public,
  };
}
