import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { projectFiles } from "../../core/projects/build-project-data.js";
import { prepareProject } from "../../core/projects/project-data-cache.js";
import { STARTER_NOTEBOOK_FILE } from "../../shared/content/index.js";
import { cliCurriculum, findProject } from "../load-content.js";
import { UsageError } from "../usage-error.js";
import type { Command } from "../command.js";
import { PROJECT_MARKER_FILE, projectMarkerText } from "../project-folder.js";

export const projectDownloadCommand: Command = {
  help: [
    "Usage: stepwise project download <id> [dir] [--server URL] [--force]",
    "",
    "Writes README.md (the brief and the steps), train.csv, test.csv (inputs only),",
    "sample_submission.csv and starter.ipynb (a notebook that trains a baseline and writes",
    "submission.csv) into dir (default: ./<id>) — the same files as the project page.",
    "Then check predictions with: stepwise score --file <dir>/submission.csv",
    "and submit them with:        stepwise submit <dir>/submission.csv",
    "(in this folder, the project may be left out of both: the folder says it).",
    "",
    "Options:",
    '  --server URL  the Stepwise that "stepwise submit" and "score" for files in this folder talk to',
    "                (without it: STEPWISE_URL, else http://127.0.0.1:$PORT, PORT defaulting to 3000)",
    "  --force       overwrite files that already exist",
  ].join("\n"),
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      options: { force: { type: "boolean" }, server: { type: "string" } },
      allowPositionals: true,
    });
    const [id, target] = positionals;
    const curriculum = cliCurriculum();
    const project = findProject(curriculum, id);
    const dir = resolve(target ?? project.id);
    const { data } = prepareProject(curriculum, project);
    const files = projectFiles(data);
    const names = ["README.md", ...files.map((item) => item.name), STARTER_NOTEBOOK_FILE, PROJECT_MARKER_FILE];
    const existing = names.filter((name) => existsSync(join(dir, name)));
    if (existing.length > 0 && !values.force) {
      throw new UsageError(
        `${dir} already has ${existing.join(", ")}; nothing was written. Choose another folder or pass --force.`,
      );
    }
    const steps = project.steps.map((step, index) => `${index + 1}. **${step.title}** ${step.body}`).join("\n");
    const shown = relative(process.cwd(), dir) || ".";
    const readme = `# ${project.title}\n\n${project.summary}\n\n${project.briefMarkdown.trim()}\n\n## Steps\n\n${steps}\n\n## Start from the notebook\n\n\`${STARTER_NOTEBOOK_FILE}\` loads these files, trains a simple baseline and writes \`submission.csv\`. Open it in Jupyter in this folder and run the cells from the top, then improve on it.\n\n## Check and submit\n\n\`\`\`bash\nstepwise score --file ${join(shown, "submission.csv")}\nstepwise submit ${join(shown, "submission.csv")}\n\`\`\`\n`;
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "README.md"), readme);
    for (const { name, file } of files) writeFileSync(join(dir, name), file.text);
    writeFileSync(join(dir, STARTER_NOTEBOOK_FILE), project.starterNotebook.text);
    writeFileSync(join(dir, PROJECT_MARKER_FILE), projectMarkerText(project.id, values.server));
    console.log(
      `Downloaded "${project.title}" to ${dir}\n` +
        files.map(({ name, file }) => `  ${name.padEnd(22)} ${file.rows.toLocaleString("en")} rows`).join("\n") +
        `\n  ${STARTER_NOTEBOOK_FILE.padEnd(22)} a notebook that trains a baseline and writes submission.csv`,
    );
    return 0;
  },
};
