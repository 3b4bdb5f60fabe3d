import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { exerciseDataFiles } from "../../core/datasets/exercise-data-files.js";
import type { Exercise } from "../../shared/content/index.js";
import { exerciseNotebook, notebookText } from "../../shared/notebooks/exercise-notebook.js";
import { exerciseMarkerText, MARKER_FILE } from "../exercise-folder.js";
import { cliCurriculum, findExercise } from "../load-content.js";
import { UsageError } from "../usage-error.js";
import type { Command } from "../command.js";

/** The plain download: instructions with hints, the starter as <module>.py and the visible tests. */
function plainFiles(exercise: Exercise, dir: string): Record<string, string> {
  const hints = exercise.hints
    .map((hint, index) => `<details><summary>Hint ${index + 1}</summary>\n\n${hint}\n\n</details>`)
    .join("\n\n");
  return {
    "README.md": `# ${exercise.title}\n\n${exercise.instructions.markdown.trim()}\n\n## Hints\n\n${hints}\n\n## Run the tests\n\n\`\`\`bash\nstepwise test ${relative(process.cwd(), dir) || "."}\n\`\`\`\n`,
    [`${exercise.module}.py`]: exercise.starter,
    [exercise.tests.filename]: exercise.tests.source,
  };
}

export const exerciseDownloadCommand: Command = {
  help: [
    "Usage: stepwise exercise download <id> [dir] [--notebook] [--server URL] [--force]",
    "",
    "Writes README.md, <module>.py (the starter — your code goes here), test_<module>.py and the",
    "data files the tests read (shipped datasets such as seattle-weather.csv) into dir (default:",
    "./<id>). Then edit <module>.py and run: stepwise test <dir>",
    "",
    "Options:",
    "  --notebook  write <id>.ipynb instead (instructions, the starter in the cell you edit, and a",
    "              cell that runs the visible tests; open it in Jupyter) and the data files",
    '  --server URL  the Stepwise that "stepwise test" in this folder records attempts on',
    "              (without it: STEPWISE_URL, else http://127.0.0.1:$PORT, PORT defaulting to 3000)",
    "  --force     overwrite files that already exist (your code is lost)",
  ].join("\n"),
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      options: { force: { type: "boolean" }, notebook: { type: "boolean" }, server: { type: "string" } },
      allowPositionals: true,
    });
    const [id, target] = positionals;
    if (!id)
      throw new UsageError(
        'Which exercise? Usage: stepwise exercise download <id> [dir]  ("stepwise exercise list" shows the ids)',
      );
    const curriculum = cliCurriculum();
    const exercise = findExercise(curriculum, id);
    const dir = resolve(target ?? id);
    const always: Record<string, string> = {
      [MARKER_FILE]: exerciseMarkerText(exercise.id, values.server),
      ...Object.fromEntries(exerciseDataFiles(exercise, curriculum.datasets).map((file) => [file.name, file.text])),
    };
    const files = values.notebook
      ? { [`${exercise.id}.ipynb`]: notebookText(exerciseNotebook(exercise, exercise.starter)), ...always }
      : { ...plainFiles(exercise, dir), ...always };
    const existing = Object.keys(files).filter((name) => existsSync(join(dir, name)));
    if (existing.length > 0 && !values.force) {
      throw new UsageError(
        `${dir} already has ${existing.join(", ")}; nothing was written. Choose another folder or pass --force.`,
      );
    }
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const edit = values.notebook ? `${exercise.id}.ipynb (in Jupyter)` : `${exercise.module}.py`;
    console.log(
      `Downloaded "${exercise.title}" to ${dir}\n  edit:  ${join(dir, edit)}\n  test:  stepwise test ${relative(process.cwd(), dir) || "."}`,
    );
    return 0;
  },
};
