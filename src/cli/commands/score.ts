import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import type { Project, ProjectMetricId } from "../../shared/content/index.js";
import { formatScore } from "../../shared/projects/format-score.js";
import { PROJECT_METRIC_TABLE } from "../../shared/projects/project-metrics.js";
import { scoreSubmission } from "../../shared/projects/score-submission.js";
import { SubmissionError, validateSubmission } from "../../shared/projects/validate-submission.js";
import { prepareProject } from "../../core/projects/project-data-cache.js";
import { cliCurriculum, findProject, UsageError } from "../load-content.js";
import type { Command } from "../command.js";

export const scoreCommand: Command = {
  name: "score",
  summary: "Validate a project submission and score it on the hidden test set, locally",
  help: [
    "Usage: stepwise score --project <id> --file <csv> [--json]",
    "",
    "Checks the file the way the server does (header, every test id once, values of the right",
    "type and range) and prints every metric on the public and the private part of the test set.",
    "Nothing is stored and no daily limit applies: use it to check a file before you submit.",
    '"stepwise project list" shows the projects; "stepwise project download <id>" fetches their data.',
    "",
    "Exit code 0 when scored; 1 with the first problem (line and column) for a malformed file;",
    "2 for a usage mistake.",
    "",
    "Options:",
    '  --json  print {"project","kind","public":{metric:value},"private":{...}}',
  ].join("\n"),
  async run(args) {
    const { values } = parseArgs({
      args,
      options: { project: { type: "string" }, file: { type: "string" }, json: { type: "boolean" } },
    });
    const curriculum = cliCurriculum();
    const project = findProject(curriculum, values.project);
    if (!values.file) throw new UsageError("give the submission: --file <csv>");
    let text: string;
    try {
      text = readFileSync(values.file, "utf8");
    } catch (error) {
      throw new UsageError(`cannot read ${values.file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
    const { data } = prepareProject(curriculum, project);
    let parsed: ReturnType<typeof validateSubmission>;
    try {
      parsed = validateSubmission(text, data.spec, data.testIds, data.positionOf);
    } catch (error) {
      if (!(error instanceof SubmissionError)) throw error;
      console.error(`${values.file}: ${error.message}`);
      return 1;
    }
    const scores = scoreSubmission(project.metrics, data.hidden, parsed);
    if (values.json) {
      console.log(JSON.stringify({ project: project.id, kind: parsed.kind, public: scores.public, private: scores.private }));
      return 0;
    }
    printScores(project, scores);
    return 0;
  },
};

function printScores(project: Project, scores: ReturnType<typeof scoreSubmission>): void {
  const rows = project.metrics.map((id: ProjectMetricId) => {
    const metric = PROJECT_METRIC_TABLE[id];
    const show = (value: number | undefined) => (value === undefined ? "– (needs probabilities)" : formatScore(metric, value));
    return {
      label: `${metric.label} (${metric.direction} is better)`,
      publicScore: show(scores.public[id]),
      privateScore: show(scores.private[id]),
    };
  });
  const width = Math.max(...rows.map((row) => row.label.length), 6);
  console.log(`${project.title}\n`);
  console.log(`${"metric".padEnd(width)}  public        private`);
  for (const { label, publicScore, privateScore } of rows)
    console.log(`${label.padEnd(width)}  ${publicScore.padEnd(12)}  ${privateScore}`);
}
