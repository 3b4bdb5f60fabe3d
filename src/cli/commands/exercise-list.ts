import { parseArgs } from "node:util";
import { cliCurriculum } from "../load-content.js";
import type { Command } from "../command.js";

export const exerciseListCommand: Command = {
  help: [
    "Usage: stepwise exercise list [--json]",
    "",
    "Lists the exercises in roadmap order.",
    "",
    "Options:",
    "  --json  print [{id, title, topic, stage, difficulty, requires}] as JSON",
  ].join("\n"),
  async run(args) {
    const { values } = parseArgs({ args, options: { json: { type: "boolean" } } });
    const curriculum = cliCurriculum();
    const exercises = curriculum.stages.flatMap((stage) =>
      stage.topics.flatMap((topic) => topic.exerciseIds.flatMap((id) => curriculum.exercisesById.get(id) ?? [])),
    );
    if (values.json) {
      const rows = exercises.map((e) => ({
        id: e.id,
        title: e.title,
        topic: e.topicId,
        stage: e.stageId,
        difficulty: e.difficulty,
        requires: e.requires,
      }));
      console.log(JSON.stringify(rows, null, 2));
      return 0;
    }
    const idWidth = Math.max(...exercises.map((e) => e.id.length));
    const topicWidth = Math.max(...exercises.map((e) => e.topicId.length));
    for (const e of exercises) {
      const requires = e.requires.length > 0 ? `  [${e.requires.join(", ")}]` : "";
      console.log(
        `${e.id.padEnd(idWidth)}  ${e.topicId.padEnd(topicWidth)}  ${"★".repeat(e.difficulty).padEnd(4)}  ${e.title}${requires}`,
      );
    }
    console.log(`\n${exercises.length} exercises. Start one with: stepwise exercise download <id>`);
    return 0;
  },
};
