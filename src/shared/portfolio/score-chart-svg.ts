export interface ScoreChartInput {
  readonly title: string;
  /** The metric's name, e.g. "RMSE"; the y axis label. */
  readonly metricLabel: string;
  readonly lowerIsBetter: boolean;
  /** Public scores in submission order. */
  readonly scores: readonly number[];
  readonly baseline: number | null;
  readonly format: (value: number) => string;
}

const WIDTH = 560;
const HEIGHT = 260;
const MARGIN = { top: 36, right: 24, bottom: 44, left: 72 };

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * A line chart of a project's public score over the learner's submissions, with the baseline as a
 * dashed line, as a standalone SVG: no script, no external font or stylesheet, so it shows the same
 * as an <img> on GitHub, from a file:// page or inside an app. Colours are fixed because the file
 * leaves the app's themes behind; they keep 4.5:1 contrast on white.
 */
export function scoreChartSvg(input: ScoreChartInput): string {
  const values = input.baseline === null ? [...input.scores] : [...input.scores, input.baseline];
  let low = Math.min(...values);
  let high = Math.max(...values);
  if (low === high) {
    low -= Math.abs(low) * 0.1 || 1;
    high += Math.abs(high) * 0.1 || 1;
  }
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (index: number) =>
    MARGIN.left + (input.scores.length === 1 ? plotWidth / 2 : (index / (input.scores.length - 1)) * plotWidth);
  const y = (value: number) => MARGIN.top + (1 - (value - low) / (high - low)) * plotHeight;
  const round = (value: number) => Math.round(value * 10) / 10;
  const points = input.scores.map((score, index) => `${round(x(index))},${round(y(score))}`);
  const best = input.scores.reduce((a, b) => ((input.lowerIsBetter ? b < a : b > a) ? b : a));
  const description = `${input.scores.length} submissions; first ${input.format(input.scores[0] ?? 0)}, best ${input.format(best)}${
    input.baseline === null ? "" : `, baseline ${input.format(input.baseline)}`
  } (${input.lowerIsBetter ? "lower" : "higher"} is better).`;
  const ticks = [low, (low + high) / 2, high];
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-labelledby="t d" font-family="system-ui, -apple-system, Segoe UI, sans-serif">`,
    `<title id="t">${escapeXml(input.title)}</title>`,
    `<desc id="d">${escapeXml(description)}</desc>`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
    `<text x="${MARGIN.left}" y="22" font-size="15" font-weight="600" fill="#1b1f27">${escapeXml(input.title)}</text>`,
    `<line x1="${MARGIN.left}" y1="${MARGIN.top}" x2="${MARGIN.left}" y2="${HEIGHT - MARGIN.bottom}" stroke="#535b69"/>`,
    `<line x1="${MARGIN.left}" y1="${HEIGHT - MARGIN.bottom}" x2="${WIDTH - MARGIN.right}" y2="${HEIGHT - MARGIN.bottom}" stroke="#535b69"/>`,
    ...ticks.map(
      (tick) =>
        `<text x="${MARGIN.left - 8}" y="${round(y(tick)) + 4}" font-size="12" text-anchor="end" fill="#535b69">${escapeXml(input.format(tick))}</text>`,
    ),
    `<text x="16" y="${MARGIN.top + plotHeight / 2}" font-size="12" fill="#535b69" transform="rotate(-90 16 ${MARGIN.top + plotHeight / 2})" text-anchor="middle">${escapeXml(input.metricLabel)}</text>`,
    `<text x="${MARGIN.left + plotWidth / 2}" y="${HEIGHT - 10}" font-size="12" text-anchor="middle" fill="#535b69">Submission (1 to ${input.scores.length})</text>`,
  ];
  if (input.baseline !== null) {
    const baselineY = round(y(input.baseline));
    parts.push(
      `<line x1="${MARGIN.left}" y1="${baselineY}" x2="${WIDTH - MARGIN.right}" y2="${baselineY}" stroke="#8a5300" stroke-dasharray="6 4"/>`,
      `<text x="${WIDTH - MARGIN.right}" y="${baselineY - 6}" font-size="12" text-anchor="end" fill="#8a5300">Baseline ${escapeXml(input.format(input.baseline))}</text>`,
    );
  }
  parts.push(
    `<polyline points="${points.join(" ")}" fill="none" stroke="#2a54c6" stroke-width="2.5"/>`,
    ...points.map((point) => `<circle cx="${point.split(",")[0]}" cy="${point.split(",")[1]}" r="4" fill="#2a54c6"/>`),
    "</svg>",
  );
  return parts.join("\n");
}

/** The SVG as a data URI for Markdown or an <img>, embedded so nothing is fetched. */
export function svgDataUri(svg: string): string {
  const bytes = new TextEncoder().encode(svg);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}
