import { parseArgs } from "node:util";
import {
  accuracy,
  logLoss,
  mae,
  mape,
  MetricError,
  precisionRecallF1,
  r2,
  rmse,
  rocAuc,
  smape,
  type Average,
} from "../../shared/metrics/index.js";
import { alignById, readIdValues } from "../id-value-csv.js";
import { UsageError } from "../usage-error.js";
import type { Command } from "../command.js";

type Metric = (truth: Float64Array, predicted: Float64Array, average: Average) => number;

const METRICS: Record<string, Metric> = {
  accuracy: (t, p) => accuracy(t, p),
  precision: (t, p, average) => precisionRecallF1(t, p, average).precision,
  recall: (t, p, average) => precisionRecallF1(t, p, average).recall,
  f1: (t, p, average) => precisionRecallF1(t, p, average).f1,
  "roc-auc": (t, p) => rocAuc(t, p),
  "log-loss": (t, p) => logLoss(t, p),
  rmse: (t, p) => rmse(t, p),
  mae: (t, p) => mae(t, p),
  mape: (t, p) => mape(t, p),
  smape: (t, p) => smape(t, p),
  r2: (t, p) => r2(t, p),
};
const AVERAGES: readonly Average[] = ["binary", "macro", "micro", "weighted"];

export const metricsCommand: Command = {
  help: [
    "Usage: stepwise metrics <metric> --truth <csv> --pred <csv> [--average binary|macro|micro|weighted] [--json]",
    "",
    `Metrics: ${Object.keys(METRICS).join(", ")}.`,
    "Both files are two-column CSVs with a header, `id,value`; rows are matched by id and every id",
    "must appear in both. Labels are integers; for roc-auc and log-loss the prediction is the",
    "probability of class 1. mape and smape are fractions (0.05 = 5 %). precision, recall and f1",
    "take --average (default binary, positive label 1).",
    "",
    'Prints the value, or {"metric","value"} with --json. Exit code 2 with a message for a bad file.',
  ].join("\n"),
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      options: {
        truth: { type: "string" },
        pred: { type: "string" },
        average: { type: "string", default: "binary" },
        json: { type: "boolean" },
      },
      allowPositionals: true,
    });
    const [name] = positionals;
    const metric = name ? METRICS[name] : undefined;
    if (!name || !metric)
      throw new UsageError(
        `${name ? `unknown metric "${name}"` : "which metric?"}; choose one of ${Object.keys(METRICS).join(", ")}`,
      );
    if (!values.truth || !values.pred) throw new UsageError("give both files: --truth <csv> --pred <csv>");
    const average = values.average as Average;
    if (!AVERAGES.includes(average)) throw new UsageError(`--average must be one of ${AVERAGES.join(", ")}`);
    const { truth, predicted } = alignById(readIdValues(values.truth, "truth"), readIdValues(values.pred, "predictions"));
    let value: number;
    try {
      value = metric(truth, predicted, average);
    } catch (error) {
      if (error instanceof MetricError) throw new UsageError(error.message);
      throw error;
    }
    console.log(values.json ? JSON.stringify({ metric: name, value }) : String(value));
    return 0;
  },
};
