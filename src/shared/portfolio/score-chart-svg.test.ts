import { describe, expect, it } from "vitest";
import { scoreChartSvg, svgDataUri } from "./score-chart-svg.js";

const chart = (scores: number[], baseline: number | null = null) =>
  scoreChartSvg({
    title: "Titanic <survival> & co",
    metricLabel: "Accuracy",
    lowerIsBetter: false,
    scores,
    baseline,
    format: (value) => value.toFixed(2),
  });

describe("scoreChartSvg", () => {
  it("is an accessible standalone image: title, description, no script, no outside reference", () => {
    const svg = chart([0.7, 0.8, 0.75], 0.72);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('<title id="t">Titanic &lt;survival&gt; &amp; co</title>');
    expect(svg).toContain("3 submissions; first 0.70, best 0.80, baseline 0.72 (higher is better).");
    expect(svg).not.toMatch(/<script|href=|url\(/i);
    expect(svg.match(/<circle /g)).toHaveLength(3);
    expect(svg).toContain('stroke-dasharray="6 4"');
  });

  it("plots a better score higher, and a single submission in the middle", () => {
    const ys = [...chart([0.5, 0.9]).matchAll(/<circle cx="[\d.]+" cy="([\d.]+)"/g)].map((match) => Number(match[1]));
    expect(ys[1]).toBeLessThan(ys[0] ?? 0);
    const single = chart([0.5]);
    expect(single).toMatch(/<circle cx="304" /);
    expect(single).not.toContain("NaN");
  });

  it("round-trips through a base64 data URI, non-ASCII included", () => {
    const svg = chart([1, 2]).replace("co", "coût");
    const uri = svgDataUri(svg);
    expect(uri.startsWith("data:image/svg+xml;base64,")).toBe(true);
    const bytes = Uint8Array.from(atob(uri.split(",")[1] ?? ""), (char) => char.charCodeAt(0));
    expect(new TextDecoder().decode(bytes)).toBe(svg);
  });
});
