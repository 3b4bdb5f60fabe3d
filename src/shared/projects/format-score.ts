import type { ProjectMetric } from "./project-metrics.js";

/** A score as people read it: fractions of `percent` metrics as percentages, others to 4 significant digits. */
export function formatScore(metric: Pick<ProjectMetric, "format">, value: number): string {
  if (metric.format === "percent") return `${(value * 100).toFixed(2)} %`;
  return Math.abs(value) >= 1000 ? value.toFixed(1) : Number(value.toPrecision(4)).toString();
}
