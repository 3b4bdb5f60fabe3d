import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { ContentValidationError } from "../../server/content/content-error.js";
import { loadCurriculum } from "../../server/content/load-curriculum.js";
import type { Command } from "../run-cli.js";

export const contentCheckCommand: Command = {
  name: "content check",
  summary: "Validate every file under content/ (schemas, links between files, math)",
  help: [
    "Usage: stepwise content check [--dir <content dir>] [--json]",
    "",
    "Validates the curriculum: roadmap.yaml, every stage.yaml and topic file, faq.yaml and",
    "directory.yaml against their schemas; topic ids, stage order and prerequisites; and renders",
    "every lesson's math with KaTeX. Prints every problem as <path>: <field>: <reason>.",
    "Exit code 0 when the content is valid, 1 otherwise.",
    "",
    "Options:",
    "  --dir <path>  the content folder (default: $STEPWISE_CONTENT_DIR or ./content)",
    "  --json        print {ok, issues, stages, topics, resources, lessonWords} as JSON",
  ].join("\n"),
  async run(args) {
    const { values } = parseArgs({ args, options: { dir: { type: "string" }, json: { type: "boolean" } } });
    const dir = resolve(values.dir ?? process.env.STEPWISE_CONTENT_DIR ?? "content");
    try {
      const curriculum = loadCurriculum(dir);
      const topics = [...curriculum.topicsById.values()];
      const resources = new Set([
        ...curriculum.stages.flatMap((stage) => stage.resources.map((resource) => resource.url)),
        ...topics.flatMap((topic) => topic.resources.map((resource) => resource.url)),
      ]).size;
      const lessonWords = topics.reduce((sum, topic) => sum + topic.lesson.wordCount, 0);
      const summary = { stages: curriculum.stages.length, topics: topics.length, resources, lessonWords };
      if (values.json) console.log(JSON.stringify({ ok: true, issues: [], ...summary }));
      else {
        console.log(
          `content is valid: ${summary.stages} stages, ${summary.topics} topics, ${resources} distinct resources, ` +
            `${lessonWords.toLocaleString("en")} words of lessons`,
        );
      }
      return 0;
    } catch (error) {
      if (!(error instanceof ContentValidationError)) throw error;
      if (values.json) console.log(JSON.stringify({ ok: false, issues: error.issues }));
      else console.error(error.message);
      return 1;
    }
  },
};
