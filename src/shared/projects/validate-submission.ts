import type { ProjectFile } from "../content/project-file.js";
import { CsvError, forEachCsvRow } from "../csv/parse-csv.js";
import type { SubmissionKind } from "./project-metrics.js";

/** What a submission must look like: the sample's header, one id column and one value column. */
export interface SubmissionSpec {
  readonly idColumn: string;
  readonly valueColumn: string;
  readonly value: ProjectFile["value"];
  /** For a ranking: the ids of the corpus's documents, the only ones a ranking may name. */
  readonly documents?: ReadonlySet<string>;
}

/** A malformed submission: the message says what to fix; line (1 = header) and column say where. */
export class SubmissionError extends Error {
  constructor(
    message: string,
    readonly line: number | null,
    readonly column: string | null,
  ) {
    super(message);
    this.name = "SubmissionError";
  }
}

/** A submission's rows in the order of the expected ids. */
export type ParsedSubmission =
  | {
      readonly kind: Exclude<SubmissionKind, "rankings">;
      /** Numbers, label codes (binary: 1 = positive), or probabilities. */
      readonly values: Float64Array;
    }
  | {
      readonly kind: "rankings";
      /** Document ids, best first. */
      readonly rankings: readonly (readonly string[])[];
    };

/** In words, what a value must be; shown on the project page and in errors. */
export function describeValue(value: ProjectFile["value"]): string {
  if (value.type === "ranking") {
    return `up to ${value.max_items} doc_ids of ${value.corpus}, best first, separated by spaces`;
  }
  if (value.type === "number") {
    const bounds = [
      value.min !== undefined ? `at least ${value.min}` : null,
      value.max !== undefined ? `at most ${value.max}` : null,
    ];
    const range = bounds.filter(Boolean).join(" and ");
    return `a number${range ? ` (${range})` : ""}`;
  }
  const labels = value.labels.join(", ");
  return value.positive === undefined
    ? `one of the labels ${labels}`
    : `one of the labels ${labels}, or the probability (0 to 1) that the label is ${value.positive}`;
}

/** The code a label is scored as: binary tasks use 1 for the positive label, others the label's index. */
export function labelCode(value: Extract<ProjectFile["value"], { type: "label" }>, label: string): number {
  return value.positive === undefined ? value.labels.indexOf(label) : label === value.positive ? 1 : 0;
}

/** Quotes of the learner's file are cut short: a wrong file can have a 5,000-character header or a whole review in a cell. */
function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Checks one data row at a time, with no object or closure per row: a file can have 100,000 rows. */
class RowChecker {
  readonly values: Float64Array;
  readonly rankings: string[][];
  private readonly seenOnLine: Int32Array;
  private readonly labelCodes: ReadonlyMap<string, number> | null;
  private readonly expectedHeader: string;
  kind: SubmissionKind | null;
  rows = 0;

  constructor(
    private readonly spec: SubmissionSpec,
    private readonly ids: readonly string[],
    private readonly positionOf: ReadonlyMap<string, number>,
  ) {
    this.values = new Float64Array(ids.length);
    this.rankings = spec.value.type === "ranking" ? Array.from({ length: ids.length }, () => []) : [];
    this.seenOnLine = new Int32Array(ids.length);
    const { value } = spec;
    this.labelCodes = value.type === "label" ? new Map(value.labels.map((label) => [label, labelCode(value, label)])) : null;
    this.kind = value.type === "number" ? "numbers" : value.type === "ranking" ? "rankings" : null;
    this.expectedHeader = `${spec.idColumn},${spec.valueColumn}`;
  }

  header(cells: readonly string[], line: number): void {
    const found = cells.map((name) => name.trim()).join(",");
    if (found !== this.expectedHeader) {
      throw new SubmissionError(
        `The header is "${clip(found)}" but must be exactly "${this.expectedHeader}", as in the sample submission.`,
        line,
        null,
      );
    }
  }

  row(rawId: string, rawValue: string, fieldCount: number, line: number): void {
    const { spec, values } = this;
    this.rows += 1;
    if (fieldCount !== 2) {
      throw new SubmissionError(
        `Line ${line} has ${fieldCount} value${fieldCount === 1 ? "" : "s"} but the header has 2 (${this.expectedHeader}).`,
        line,
        null,
      );
    }
    const id = rawId.trim();
    if (id === "") throw new SubmissionError(`Line ${line} has no ${spec.idColumn}.`, line, spec.idColumn);
    const position = this.positionOf.get(id);
    if (position === undefined) {
      throw new SubmissionError(
        `Line ${line}: "${clip(id)}" is not a ${spec.idColumn} of the test set. Use the ids from test.csv.`,
        line,
        spec.idColumn,
      );
    }
    if (this.seenOnLine[position] !== 0) {
      throw new SubmissionError(
        `Line ${line}: ${spec.idColumn} "${id}" appears again (first on line ${this.seenOnLine[position]}). Give each id once.`,
        line,
        spec.idColumn,
      );
    }
    this.seenOnLine[position] = line;
    const cell = rawValue.trim();
    const { value } = spec;
    if (value.type === "ranking") {
      this.rankings[position] = this.ranking(cell, value.max_items, line);
      return;
    }
    if (value.type === "number") {
      const number = Number(cell);
      if (!NUMBER.test(cell) || !Number.isFinite(number))
        throw this.valueError(line, `"${clip(cell)}" is not a number; write ${describeValue(value)}.`);
      if ((value.min !== undefined && number < value.min) || (value.max !== undefined && number > value.max)) {
        throw this.valueError(line, `${cell} is out of range; write ${describeValue(value)}.`);
      }
      values[position] = number;
      return;
    }
    const code = this.labelCodes?.get(cell);
    let cellKind: SubmissionKind = "labels";
    if (code === undefined) {
      const probability = Number(cell);
      if (value.positive === undefined || !NUMBER.test(cell) || !(probability >= 0 && probability <= 1)) {
        throw this.valueError(line, `"${clip(cell)}" is not ${describeValue(value)}.`);
      }
      values[position] = probability;
      cellKind = "probabilities";
    } else {
      values[position] = code;
    }
    if (this.kind === null) this.kind = cellKind;
    else if (this.kind !== cellKind) {
      throw this.valueError(
        line,
        `this line holds ${cellKind === "labels" ? "a label" : "a probability"} but the lines before hold ${this.kind}; use one kind throughout.`,
      );
    }
  }

  /** A ranking cell: known document ids, each once, at most `max` of them; empty means nothing retrieved. */
  private ranking(cell: string, max: number, line: number): string[] {
    const ranked = cell === "" ? [] : cell.split(/\s+/);
    if (ranked.length > max)
      throw this.valueError(line, `${ranked.length} doc_ids, but at most ${max} are scored; keep your best ${max}.`);
    const seen = new Set<string>();
    for (const id of ranked) {
      if (!this.spec.documents?.has(id)) {
        throw this.valueError(line, `"${clip(id)}" is not a doc_id of the corpus; separate ids with spaces, not commas.`);
      }
      if (seen.has(id)) throw this.valueError(line, `"${id}" is ranked twice; give each document once, at its best place.`);
      seen.add(id);
    }
    return ranked;
  }

  finish(): ParsedSubmission {
    const missing = this.ids.length - this.rows;
    if (missing > 0) {
      const first = this.ids.find((_, position) => this.seenOnLine[position] === 0);
      const { idColumn } = this.spec;
      throw new SubmissionError(
        `${missing} ${idColumn}${missing === 1 ? " is" : "s are"} missing, for example "${first}". Give one line for each of the ${this.ids.length} rows of test.csv.`,
        null,
        idColumn,
      );
    }
    if (this.kind === "rankings") return { kind: "rankings", rankings: this.rankings };
    return { kind: this.kind ?? "labels", values: this.values };
  }

  private valueError(line: number, why: string): SubmissionError {
    return new SubmissionError(`Line ${line}, column ${this.spec.valueColumn}: ${why}`, line, this.spec.valueColumn);
  }
}

/**
 * Checks a submission the way Kaggle's parser does and returns its values in the order of `ids`:
 * the header must equal the sample's, every id of the test set must appear exactly once, no
 * other ids, and each value must have the right type and range. Throws a {@link SubmissionError}
 * for the first problem, naming its line and column.
 */
export function validateSubmission(
  text: string,
  spec: SubmissionSpec,
  ids: readonly string[],
  positionOf: ReadonlyMap<string, number>,
): ParsedSubmission {
  const checker = new RowChecker(spec, ids, positionOf);
  // trim() also drops a byte-order mark.
  if (text.trim() === "") {
    throw new SubmissionError(
      `The file is empty. Start from the sample submission: its first line is ${spec.idColumn},${spec.valueColumn}.`,
      null,
      null,
    );
  }
  let sawHeader = false;
  try {
    forEachCsvRow(text, (row, line) => {
      if (sawHeader) checker.row(row[0] ?? "", row[1] ?? "", row.length, line);
      else {
        checker.header(row, line);
        sawHeader = true;
      }
    });
  } catch (error) {
    if (error instanceof CsvError) throw new SubmissionError(`${error.message}. Save the file as plain CSV.`, error.line, null);
    throw error;
  }
  return checker.finish();
}
