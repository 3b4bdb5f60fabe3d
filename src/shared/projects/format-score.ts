/**
 * A score as people read it, the same in the app and the CLI: `percent` metrics are fractions,
 * shown ×100 with up to two decimals; large numbers to one decimal; the rest to 4 significant digits.
 */
export function formatScore(metric: { readonly format: "number" | "percent" }, value: number): string {
  if (metric.format === "percent") return `${(value * 100).toLocaleString("en", { maximumFractionDigits: 2 })}%`;
  if (Math.abs(value) >= 1000) return value.toLocaleString("en", { maximumFractionDigits: 1 });
  return value.toLocaleString("en", { maximumSignificantDigits: 4 });
}
