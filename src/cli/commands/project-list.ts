import { parseArgs } from "node:util";
import { PROJECT_METRIC_TABLE } from "../../shared/projects/project-metrics.js";
import { cliCurriculum } from "../load-content.js";
import type { Command } from "../command.js";

export const projectListCommand: Command = {
  help: [
    "Usage: stepwise project list [--json]",
    "",
    "Each project's id, title, dataset and metrics, the first of which ranks the leaderboard.",
    "",
    "Options:",
    "  --json  print [{id, title, summary, dataset, topic, metrics}] as JSON",
  ].join("\n"),
  async run(args) {
    const { values } = parseArgs({ args, options: { json: { type: "boolean" } } });
    const { projects } = cliCurriculum();
    if (values.json) {
      const rows = projects.map((p) => ({
        id: p.id,
        title: p.title,
        summary: p.summary,
        dataset: p.dataset,
        topic: p.topic,
        metrics: p.metrics,
      }));
      console.log(JSON.stringify(rows, null, 2));
      return 0;
    }
    const width = Math.max(...projects.map((project) => project.id.length));
    for (const project of projects) {
      const metrics = project.metrics.map((id) => PROJECT_METRIC_TABLE[id].label).join(", ");
      console.log(`${project.id.padEnd(width)}  ${project.title} — ${metrics} (dataset ${project.dataset})`);
    }
    return 0;
  },
};
