import type { PortfolioEntry, PortfolioProfile, SkillsSummary } from "../api/portfolio.js";
import { renderLearnerMarkdown } from "../markdown/render-learner-markdown.js";
import { resumeJson } from "./resume-json.js";
import { svgDataUri } from "./score-chart-svg.js";
import { skillsLines } from "./skills-summary.js";
import { count } from "../text/plural.js";

export interface PortfolioExportInput {
  readonly profile: PortfolioProfile;
  /** Every write-up; the export shows the featured ones, or all of them when none is featured. */
  readonly entries: readonly PortfolioEntry[];
  readonly skills: SkillsSummary;
  readonly generatedAt: Date;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The projects an export shows, in the order the learner sees them. */
export function exportedEntries(entries: readonly PortfolioEntry[]): PortfolioEntry[] {
  const featured = entries.filter((entry) => entry.featured);
  return featured.length > 0 ? featured : [...entries];
}

const displayName = (profile: PortfolioProfile) => profile.name || "My AI engineering portfolio";

// One stylesheet, inlined in every page: the site makes no request beyond its own files.
const STYLE = `
:root { color-scheme: light dark; --text: #1b1f27; --muted: #535b69; --surface: #ffffff; --raised: #f5f6f8; --border: #d5d9e0; --accent: #2a54c6; }
@media (prefers-color-scheme: dark) { :root { --text: #e8eaef; --muted: #a4acba; --surface: #14171d; --raised: #1c2028; --border: #343a46; --accent: #8eaefc; } }
* { box-sizing: border-box; }
body { margin: 0; font: 17px/1.6 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--text); background: var(--surface); }
main { max-width: 46rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
a { color: var(--accent); }
h1, h2, h3 { line-height: 1.25; }
.muted { color: var(--muted); }
.links { display: flex; flex-wrap: wrap; gap: 0.5rem 1.25rem; padding: 0; list-style: none; }
.cards { list-style: none; padding: 0; display: grid; gap: 1rem; }
.card { border: 1px solid var(--border); border-radius: 12px; padding: 1rem 1.25rem; background: var(--raised); }
.card h3 { margin: 0 0 0.25rem; }
img { max-width: 100%; height: auto; border-radius: 8px; border: 1px solid var(--border); background: #fff; }
pre { overflow-x: auto; padding: 0.75rem 1rem; background: var(--raised); border: 1px solid var(--border); border-radius: 8px; font-size: 0.9em; }
table { border-collapse: collapse; }
th, td { border: 1px solid var(--border); padding: 0.35rem 0.75rem; text-align: left; }
blockquote { margin: 0; padding-left: 1rem; border-left: 4px solid var(--border); color: var(--muted); }
footer { margin-top: 3rem; font-size: 0.9em; }
`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
<footer class="muted">Scores were measured by Stepwise on hidden test sets; skills count only work whose tests passed.</footer>
</main>
</body>
</html>
`;
}

function chartFigure(entry: PortfolioEntry, src: string): string {
  return entry.chartSvg
    ? `<figure><img src="${src}" alt="${escapeHtml(`${entry.title}: public score over ${entry.submissions} submissions`)}"></figure>`
    : "";
}

function indexPage(input: PortfolioExportInput, entries: readonly PortfolioEntry[]): string {
  const { profile } = input;
  const links = profile.links
    .map((link) => `<li><a href="${escapeHtml(link.url)}" rel="noopener noreferrer">${escapeHtml(link.label)}</a></li>`)
    .join("");
  const cards = entries
    .map((entry) => {
      const summary = /## The problem\s+([^\n]+)/.exec(entry.markdown)?.[1] ?? "";
      return `<li class="card"><h3><a href="projects/${entry.projectId}.html">${escapeHtml(entry.title)}</a></h3><p>${escapeHtml(summary)}</p><p class="muted">${entry.workKind === "team" ? "Team project" : "Individual project"} · ${count(entry.submissions, "scored submission")}</p></li>`;
    })
    .join("\n");
  return page(
    displayName(profile),
    `<h1>${escapeHtml(displayName(profile))}</h1>
${profile.headline ? `<p>${escapeHtml(profile.headline)}</p>` : ""}
${links ? `<ul class="links">${links}</ul>` : ""}
<h2>Projects</h2>
${entries.length > 0 ? `<ul class="cards">${cards}</ul>` : "<p>No projects yet.</p>"}
<h2>Skills verified by Stepwise</h2>
<ul>${skillsLines(input.skills)
      .map((line) => `<li>${escapeHtml(line)}</li>`)
      .join("")}</ul>
<table><caption class="muted">Exercises solved per stage</caption><thead><tr><th scope="col">Stage</th><th scope="col">Solved</th></tr></thead><tbody>
${input.skills.stages
  .filter((stage) => stage.total > 0)
  .map((stage) => `<tr><td>${stage.order}. ${escapeHtml(stage.title)}</td><td>${stage.solved} of ${stage.total}</td></tr>`)
  .join("\n")}
</tbody></table>`,
  );
}

function projectPage(input: PortfolioExportInput, entry: PortfolioEntry): string {
  const html = renderLearnerMarkdown(entry.markdown);
  // The chart goes right after the results section's first paragraph, or at the end without one.
  const figure = chartFigure(entry, `../charts/${entry.projectId}.svg`);
  const at = html.indexOf("<h2>Results</h2>");
  const withChart =
    figure && at >= 0 ? html.replace(/(<h2>Results<\/h2>\s*<p>[\s\S]*?<\/p>)/, `$1\n${figure}`) : `${html}${figure}`;
  return page(
    `${entry.title} · ${displayName(input.profile)}`,
    `<p><a href="../index.html">← ${escapeHtml(displayName(input.profile))}</a></p>\n${withChart}`,
  );
}

/**
 * A write-up's headings one level down, to sit under the README's "Projects". Lines inside fenced
 * code blocks are left alone: a Python comment is not a heading.
 */
export function demoteHeadings(markdown: string): string {
  let fence: string | null = null;
  return markdown
    .split("\n")
    .map((line) => {
      if (fence === null) {
        fence = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1] ?? null;
        return fence === null ? line.replace(/^(#{1,5})(?= |$)/, "#$1") : line;
      }
      // A closing fence: the same character, at least as long, nothing after it.
      const closing = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line)?.[1];
      if (closing && closing[0] === fence[0] && closing.length >= fence.length) fence = null;
      return line;
    })
    .join("\n");
}

/**
 * The chart image placed where the project page puts it: after the first paragraph under
 * "## Results", or at the end when the learner removed that heading.
 */
export function withChartAfterResults(markdown: string, image: string): string {
  const lines = markdown.split("\n");
  const heading = lines.findIndex((line) => /^## Results\s*$/.test(line));
  const start = heading < 0 ? -1 : lines.findIndex((line, index) => index > heading && line.trim() !== "");
  if (start < 0) return `${markdown}\n\n${image}`;
  const end = lines.findIndex((line, index) => index > start && line.trim() === "");
  const at = end < 0 ? lines.length : end;
  return [...lines.slice(0, at), "", image, ...lines.slice(at)].join("\n");
}

/** README.md for a GitHub profile: charts as SVG images, referenced beside it or embedded as data. */
export function portfolioReadme(input: PortfolioExportInput, chartRef: (entry: PortfolioEntry) => string): string {
  const { profile } = input;
  const entries = exportedEntries(input.entries);
  const lines = [`# ${displayName(profile)}`, ""];
  if (profile.headline) lines.push(profile.headline, "");
  if (profile.links.length > 0) lines.push(profile.links.map((link) => `[${link.label}](${link.url})`).join(" · "), "");
  lines.push(
    "## Skills verified by Stepwise",
    "",
    ...skillsLines(input.skills).map((line) => `- ${line}`),
    "",
    "## Projects",
    "",
  );
  for (const entry of entries) {
    const image = entry.chartSvg
      ? `![${entry.title}: public score over ${entry.submissions} submissions](${chartRef(entry)})`
      : null;
    lines.push(demoteHeadings(image ? withChartAfterResults(entry.markdown.trim(), image) : entry.markdown.trim()), "");
  }
  if (entries.length === 0) lines.push("No projects yet.", "");
  return lines.join("\n");
}

/** README.md on its own: the charts travel inside it as data. */
export function standaloneReadme(input: PortfolioExportInput): string {
  return portfolioReadme(input, (entry) => svgDataUri(entry.chartSvg ?? ""));
}

/**
 * The whole portfolio as files: a static site (index.html, one page per project, the charts as SVG
 * files), README.md pointing at the same charts, and resume.json. It opens from disk and on GitHub
 * Pages alike: relative links only, styles inline, no scripts, no request to anywhere else.
 */
export function portfolioFiles(input: PortfolioExportInput): Record<string, string> {
  const entries = exportedEntries(input.entries);
  const files: Record<string, string> = {
    "index.html": indexPage(input, entries),
    "README.md": portfolioReadme(input, (entry) => `charts/${entry.projectId}.svg`),
    "resume.json": `${JSON.stringify(resumeJson(input, entries), null, 2)}\n`,
  };
  for (const entry of entries) {
    files[`projects/${entry.projectId}.html`] = projectPage(input, entry);
    if (entry.chartSvg) files[`charts/${entry.projectId}.svg`] = entry.chartSvg;
  }
  return files;
}
