import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import type { ProjectResponse, SubmissionErrorBody, SubmitResponse } from "../../shared/api/index.js";
import { formatScore } from "../../shared/projects/format-score.js";
import { rankedBoard } from "../../shared/projects/ranked-board.js";
import { UsageError } from "../usage-error.js";
import type { Command } from "../command.js";
import { submissionTarget } from "../project-folder.js";
import { DEFAULT_SERVER, unreachable } from "../server-url.js";
import { serverFetch } from "../credentials.js";

export const submitCommand: Command = {
  help: [
    "Usage: stepwise submit [project] <file.csv> [--description TEXT] [--cohort ID] [--server URL] [--json]",
    "",
    "Uploads the file like the web page does: it is checked (header, every test id once, values",
    "of the right type), scored on the hidden test set, and counted against the daily limit.",
    "A malformed file is refused with its first bad line and column, and not counted.",
    'In a folder made by "stepwise project download", the project may be left out: the folder says it.',
    "",
    "Options:",
    "  --description TEXT  what you tried (at most 2,000 characters); your portfolio quotes it",
    "  --cohort ID         a shared Stepwise: your rank on this cohort's board (GET /api/cohorts lists yours)",
    "  --server URL        the Stepwise server (default: the folder's project download --server,",
    `                      else STEPWISE_URL, else ${DEFAULT_SERVER})`,
    "  --json              print the server's answer as JSON",
    "",
    "Exit code 0 when scored; 1 when the server refused the file; 2 for a usage mistake.",
  ].join("\n"),
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      options: {
        server: { type: "string" },
        json: { type: "boolean" },
        description: { type: "string" },
        cohort: { type: "string" },
      },
      allowPositionals: true,
    });
    const file = positionals.at(-1);
    if (!file || positionals.length > 2)
      throw new UsageError("give the project id and the file: stepwise submit <project> <file.csv>");
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch (error) {
      throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
    const { projectId, server } = submissionTarget(file, {
      project: positionals.length === 2 ? positionals[0] : undefined,
      server: values.server,
    });
    if (!projectId)
      throw new UsageError(
        `which project is ${file} for? Give it first: stepwise submit <project> ${file} ("stepwise project list" shows them).`,
      );
    const project = `${server}/api/projects/${encodeURIComponent(projectId)}`;
    let response: Response;
    try {
      const query = new URLSearchParams({
        fileName: basename(file),
        ...(values.description ? { description: values.description } : {}),
        ...(values.cohort ? { cohort: values.cohort } : {}),
      });
      response = await serverFetch(`${project}/submissions?${query}`, {
        method: "POST",
        headers: { "content-type": "text/csv" },
        body: text,
      });
    } catch {
      throw new UsageError(unreachable(server));
    }
    const body = (await response.json()) as SubmitResponse | SubmissionErrorBody;
    if (values.json) console.log(JSON.stringify(body));
    if (!response.ok) {
      if (!values.json) console.error(`${file}: ${(body as SubmissionErrorBody).message}`);
      return 1;
    }
    if (!values.json) {
      const result = body as SubmitResponse;
      const details = (await (await serverFetch(project)).json()) as ProjectResponse;
      const scores = details.metrics
        .filter((metric) => result.submission.publicScores[metric.id] !== undefined)
        .map((metric) => `${metric.label} ${formatScore(metric, result.submission.publicScores[metric.id] as number)}`);
      console.log(`${details.title}: public ${scores.join(", ")}`);
      const standing =
        result.rank === null
          ? "A late submission: scored, not ranked (the competition is finished)"
          : `Rank ${result.rank} of ${result.of} ${rankedBoard(result)}${result.rankedAmong === "own" ? " (--cohort ID ranks you on a cohort's board)" : ""}`;
      console.log(`${standing} · ${result.usedToday} of ${result.dailySubmissions} submissions used today`);
    }
    return 0;
  },
};
