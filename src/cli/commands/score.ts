import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import type { Project, ProjectMetricId } from "../../shared/content/index.js";
import { formatScore } from "../../shared/projects/format-score.js";
import { PROJECT_METRIC_TABLE } from "../../shared/projects/project-metrics.js";
import { scoreSubmission } from "../../shared/projects/score-submission.js";
import { SubmissionError, validateSubmission } from "../../shared/projects/validate-submission.js";
import { prepareProject } from "../../core/projects/project-data-cache.js";
import { cliCurriculum, findProject } from "../load-content.js";
import { UsageError } from "../usage-error.js";
import type { Command } from "../command.js";
import { submissionTarget } from "../project-folder.js";
import { DEFAULT_SERVER, unreachable } from "../server-url.js";
import { serverFetch } from "../credentials.js";

export const scoreCommand: Command = {
  help: [
    "Usage: stepwise score [--project <id>] --file <csv> [--server URL] [--json]",
    "",
    "Checks the file the way the server does (header, every test id once, values of the right",
    "type and range) and prints every metric on the public part of the test set. Like the site,",
    "it shows the private part only once the competition is finished on your Stepwise (asked at",
    "--server, else the folder's project download --server, else STEPWISE_URL, else the default);",
    "when that cannot be reached, public only. For a file in a folder made by",
    '"stepwise project download", --project may be left out: the folder says it.',
    "Nothing is stored and no daily limit applies: use it to check a file before you submit.",
    '"stepwise project list" shows the projects; "stepwise project download <id>" fetches their data.',
    "",
    "Exit code 0 when scored; 1 with the first problem (line and column) for a malformed file;",
    "2 for a usage mistake.",
    "",
    "Options:",
    `  --server URL  the Stepwise server that knows whether the competition is finished (default: ${DEFAULT_SERVER})`,
    '  --json        print {"project","kind","public":{metric:value},"private":{...} or null}',
  ].join("\n"),
  async run(args) {
    const { values } = parseArgs({
      args,
      options: { project: { type: "string" }, file: { type: "string" }, server: { type: "string" }, json: { type: "boolean" } },
    });
    const curriculum = cliCurriculum();
    if (!values.file) throw new UsageError("give the submission: --file <csv>");
    const target = submissionTarget(values.file, values);
    const project = findProject(curriculum, target.projectId);
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
    const finished = await competitionFinished(target.server, project.id);
    const privateScores = finished === true ? scores.private : null;
    if (values.json) {
      console.log(JSON.stringify({ project: project.id, kind: parsed.kind, public: scores.public, private: privateScores }));
      return 0;
    }
    printScores(project, scores.public, privateScores);
    if (finished === false) console.log("\nPrivate scores show once the competition is finished, as on the site.");
    if (finished === undefined) {
      console.log(`\nPrivate scores show once the competition is finished; ${unreachable(target.server)}`);
    }
    return 0;
  },
};

/** Whether the competition is finished on the learner's server; undefined when it cannot be asked. */
async function competitionFinished(server: string, projectId: string): Promise<boolean | undefined> {
  try {
    const response = await serverFetch(`${server}/api/projects/${encodeURIComponent(projectId)}`, {
      signal: AbortSignal.timeout(3000),
    });
    return response.ok ? ((await response.json()) as { closed: boolean }).closed : undefined;
  } catch {
    return undefined;
  }
}

type Scores = ReturnType<typeof scoreSubmission>["public"];

function printScores(project: Project, publicScores: Scores, privateScores: Scores | null): void {
  const rows = project.metrics.map((id: ProjectMetricId) => {
    const metric = PROJECT_METRIC_TABLE[id];
    const show = (value: number | undefined) => (value === undefined ? "– (needs probabilities)" : formatScore(metric, value));
    return {
      label: `${metric.label} (${metric.direction} is better)`,
      publicScore: show(publicScores[id]),
      privateScore: privateScores === null ? "hidden until finished" : show(privateScores[id]),
    };
  });
  const width = Math.max(...rows.map((row) => row.label.length), 6);
  console.log(`${project.title}\n`);
  console.log(`${"metric".padEnd(width)}  public        private`);
  for (const { label, publicScore, privateScore } of rows)
    console.log(`${label.padEnd(width)}  ${publicScore.padEnd(12)}  ${privateScore}`);
}
