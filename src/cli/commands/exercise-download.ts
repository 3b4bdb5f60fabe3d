import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { exerciseDataFiles } from "../../core/datasets/exercise-data-files.js";
import { MARKER_FILE } from "../exercise-folder.js";
import { cliCurriculum, findExercise, UsageError } from "../load-content.js";
import type { Command } from "../command.js";

export const exerciseDownloadCommand: Command = {
  name: "exercise download",
  summary: "Put an exercise's instructions, starter and tests in a folder to work on",
  help: [
    "Usage: stepwise exercise download <id> [dir] [--force]",
    "",
    "Writes README.md, <module>.py (the starter — your code goes here), test_<module>.py and the",
    "data files the tests read (shipped datasets such as seattle-weather.csv) into dir (default:",
    "./<id>). Then edit <module>.py and run: stepwise test <dir>",
    "",
    "Options:",
    "  --force  overwrite files that already exist (your code in <module>.py is lost)",
  ].join("\n"),
  async run(args) {
    const { values, positionals } = parseArgs({ args, options: { force: { type: "boolean" } }, allowPositionals: true });
    const [id, target] = positionals;
    if (!id)
      throw new UsageError(
        'Which exercise? Usage: stepwise exercise download <id> [dir]  ("stepwise exercise list" shows the ids)',
      );
    const curriculum = cliCurriculum();
    const exercise = findExercise(curriculum, id);
    const dir = resolve(target ?? id);
    const hints = exercise.hints
      .map((hint, index) => `<details><summary>Hint ${index + 1}</summary>\n\n${hint}\n\n</details>`)
      .join("\n\n");
    const files: Record<string, string> = {
      "README.md": `# ${exercise.title}\n\n${exercise.instructions.markdown.trim()}\n\n## Hints\n\n${hints}\n\n## Run the tests\n\n\`\`\`bash\nstepwise test ${relative(process.cwd(), dir) || "."}\n\`\`\`\n`,
      [`${exercise.module}.py`]: exercise.starter,
      [exercise.tests.filename]: exercise.tests.source,
      [MARKER_FILE]: `${JSON.stringify({ exerciseId: exercise.id }, null, 2)}\n`,
      ...Object.fromEntries(exerciseDataFiles(exercise, curriculum.datasets).map((file) => [file.name, file.text])),
    };
    const existing = Object.keys(files).filter((name) => existsSync(join(dir, name)));
    if (existing.length > 0 && !values.force) {
      throw new UsageError(
        `${dir} already has ${existing.join(", ")}; nothing was written. Choose another folder or pass --force.`,
      );
    }
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    console.log(
      `Downloaded "${exercise.title}" to ${dir}\n  edit:  ${join(dir, `${exercise.module}.py`)}\n  test:  stepwise test ${relative(process.cwd(), dir) || "."}`,
    );
    return 0;
  },
};
