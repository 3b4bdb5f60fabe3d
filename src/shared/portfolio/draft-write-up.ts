import { formatScore } from "../projects/format-score.js";
import type { ProjectFacts } from "./project-facts.js";
import { count } from "../text/plural.js";

const day = (iso: string) => iso.slice(0, 10);

/** The best of some scores under the metric's direction. */
export function bestScore(scores: readonly number[], lowerIsBetter: boolean): number | null {
  if (scores.length === 0) return null;
  return scores.reduce((a, b) => ((lowerIsBetter ? b < a : b > a) ? b : a));
}

function byline(facts: ProjectFacts): string {
  if (facts.workKind === "individual") return "_An individual project._";
  const names = facts.collaborators.map((person) => (person.url ? `[${person.name}](${person.url})` : person.name));
  return names.length > 0 ? `_A team project with ${names.join(", ")}._` : "_A team project._";
}

function approach(facts: ProjectFacts): string[] {
  const score = (value: number) => formatScore(facts.metric, value);
  const described = facts.submissions.filter((submission) => submission.description !== null);
  const lines = described.map(
    (submission) =>
      `- **${day(submission.createdAt)}**: ${submission.description} (${facts.metric.label} ${score(submission.publicScore)})`,
  );
  for (const note of facts.notes) {
    lines.push(
      "",
      `From my notes on ${note.topicTitle}:`,
      "",
      ...note.text
        .trim()
        .split("\n")
        .map((line) => `> ${line}`),
    );
  }
  if (lines.length === 0)
    lines.push("_Say what you tried and why: describe your submissions on the project page, or write it here._");
  return lines;
}

/**
 * Whether a score beats the baseline, and by how much: relative for plain metrics, in percentage
 * points for percent metrics (75% to 80% reads as 5 points, not 6.7%).
 */
function baselineComparison(facts: ProjectFacts, board: "public" | "private", score: number, base: number): string {
  const format = (value: number) => formatScore(facts.metric, value);
  const beats = facts.metric.lowerIsBetter ? score < base : score > base;
  const against = `(${format(score)} against ${format(base)}, ${board} test set)`;
  if (!beats) return `Does not beat the baseline ${board === "private" ? "on the private test set" : "yet"} ${against}.`;
  const digits = { maximumFractionDigits: 1 };
  const by =
    facts.metric.format === "percent"
      ? ` by ${(Math.abs(score - base) * 100).toLocaleString("en", digits)} percentage points`
      : base === 0
        ? ""
        : ` by ${(Math.abs((score - base) / base) * 100).toLocaleString("en", digits)}%`;
  return `Beats the baseline${by} ${against}.`;
}

function results(facts: ProjectFacts): string[] {
  const format = (value: number) => formatScore(facts.metric, value);
  const best = bestScore(
    facts.submissions.map((submission) => submission.publicScore),
    facts.metric.lowerIsBetter,
  );
  if (best === null) return ["No submission yet: results appear here once a submission is scored on the hidden test set."];
  const privateBest = facts.closed
    ? bestScore(
        facts.submissions.flatMap((submission) => (submission.privateScore === null ? [] : [submission.privateScore])),
        facts.metric.lowerIsBetter,
      )
    : null;
  const direction = facts.metric.lowerIsBetter ? "lower is better" : "higher is better";
  const lines = [
    `Scored by ${facts.metric.label} (${direction}) on a hidden test set, over ${count(facts.submissions.length, "submission")}.`,
    "",
    `| | ${facts.metric.label} |`,
    "|---|---|",
    `| Best public score | ${format(best)} |`,
    `| Private score | ${privateBest === null ? "revealed when the competition closes" : format(privateBest)} |`,
  ];
  if (facts.baseline) {
    const basePrivate = privateBest === null ? null : facts.baseline.privateScore;
    lines.push(
      `| ${facts.baseline.name} (public) | ${format(facts.baseline.publicScore)} |`,
      ...(basePrivate === null ? [] : [`| ${facts.baseline.name} (private) | ${format(basePrivate)} |`]),
      "",
      baselineComparison(facts, "public", best, facts.baseline.publicScore),
    );
    if (privateBest !== null && basePrivate !== null)
      lines.push("", baselineComparison(facts, "private", privateBest, basePrivate));
  }
  if (facts.rank) {
    lines.push("", `Rank ${facts.rank.rank} of ${facts.rank.of} on the ${facts.closed ? "private" : "public"} leaderboard.`);
  }
  return lines;
}

function deployment(facts: ProjectFacts): string[] {
  const model = facts.model;
  if (!model) return [];
  const lines = [
    "",
    "## Deployed model",
    "",
    `\`${model.name}\` version ${model.version}, served at \`${model.endpoint}\`. ${
      model.reproduced
        ? "Stepwise ran the test inputs through the endpoint and it reproduced the submitted predictions exactly."
        : "Its served predictions did not reproduce the submission exactly."
    }`,
  ];
  if (model.description) lines.push("", model.description);
  if (model.trainingData) lines.push("", `Trained on: ${model.trainingData}`);
  if (model.metrics.length > 0) lines.push("", ...model.metrics.map((metric) => `- ${metric.name}: ${metric.value}`));
  return lines;
}

function code(facts: ProjectFacts): string[] {
  if (facts.code.length === 0) return [];
  return [
    "",
    "## Code",
    ...facts.code.flatMap((excerpt) => ["", `### ${excerpt.title}`, "", "```python", excerpt.code.trimEnd(), "```"]),
  ];
}

/**
 * A first draft of a project's write-up, from what Stepwise recorded and nothing else: the
 * problem and data from the project, the approach from the learner's own words, results from the
 * hidden-test scores. It claims nothing that did not happen: no submission means no results.
 */
export function draftWriteUp(facts: ProjectFacts): string {
  return [
    `# ${facts.title}`,
    "",
    byline(facts),
    "",
    "## The problem",
    "",
    facts.summary.trim(),
    "",
    "## The data",
    "",
    `${facts.datasetTitle}: ${facts.trainRows.toLocaleString("en")} training rows, and ${facts.testRows.toLocaleString("en")} test rows whose answers stay hidden.`,
    "",
    "## Approach",
    "",
    ...approach(facts),
    "",
    "## Results",
    "",
    ...results(facts),
    ...deployment(facts),
    ...code(facts),
    "",
  ].join("\n");
}
