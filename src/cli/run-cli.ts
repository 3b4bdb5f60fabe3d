import { adminCreateCommand } from "./commands/admin-create.js";
import { backupCommand } from "./commands/backup.js";
import { restoreCommand } from "./commands/restore.js";
import { workerCommand } from "./commands/worker.js";
import { loginCommand, logoutCommand } from "./commands/login.js";
import { contentCheckCommand } from "./commands/content-check.js";
import { contentReportCommand } from "./commands/content-report.js";
import { datasetsDownloadCommand } from "./commands/datasets-download.js";
import { datasetsListCommand } from "./commands/datasets-list.js";
import { deployCommand } from "./commands/deploy.js";
import { deployBundleCommand } from "./commands/deploy-bundle.js";
import { exerciseCheckCommand } from "./commands/exercise-check.js";
import { exerciseDownloadCommand } from "./commands/exercise-download.js";
import { exerciseListCommand } from "./commands/exercise-list.js";
import { metricsCommand } from "./commands/metrics.js";
import { portfolioExportCommand } from "./commands/portfolio-export.js";
import { projectDownloadCommand } from "./commands/project-download.js";
import { projectListCommand } from "./commands/project-list.js";
import { scoreCommand } from "./commands/score.js";
import { submitCommand } from "./commands/submit.js";
import { testCommand } from "./commands/test.js";
import type { Command } from "./command.js";
import { UsageError } from "./load-content.js";

const commands: readonly Command[] = [
  exerciseListCommand,
  exerciseDownloadCommand,
  testCommand,
  exerciseCheckCommand,
  contentCheckCommand,
  contentReportCommand,
  datasetsListCommand,
  datasetsDownloadCommand,
  metricsCommand,
  projectListCommand,
  projectDownloadCommand,
  scoreCommand,
  submitCommand,
  deployCommand,
  deployBundleCommand,
  portfolioExportCommand,
  loginCommand,
  logoutCommand,
  adminCreateCommand,
  backupCommand,
  restoreCommand,
  workerCommand,
];

/** One line per command: its words, then what it does. */
function commandLines(list: readonly Command[]): string[] {
  const width = Math.max(...list.map((command) => command.name.length));
  return list.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
}

function usage(): string {
  return [
    "Usage: stepwise <command> [options]",
    "",
    "Commands:",
    ...commandLines(commands),
    "",
    'Run "stepwise <command> --help" for a command\'s options.',
  ].join("\n");
}

/** The commands whose first word is `word` when they have more than one ("project list", "project download"). */
function groupOf(word: string | undefined): Command[] {
  return commands.filter((command) => command.name.includes(" ") && command.name.split(" ")[0] === word);
}

function groupUsage(group: string, members: readonly Command[]): string {
  return [
    `Usage: stepwise ${group} <command> [options]`,
    "",
    "Commands:",
    ...commandLines(members),
    "",
    `Run "stepwise ${group} <command> --help" for a command's options.`,
  ].join("\n");
}

const isHelp = (arg: string | undefined) => arg === "--help" || arg === "-h" || arg === "help";

/** Finds the command whose words start `argv` (longest match first) and runs it. */
export async function runCli(argv: string[]): Promise<number> {
  const byLength = [...commands].sort((a, b) => b.name.split(" ").length - a.name.split(" ").length);
  for (const command of byLength) {
    const words = command.name.split(" ");
    if (words.every((word, index) => argv[index] === word)) {
      const rest = argv.slice(words.length);
      if (rest.includes("--help") || rest.includes("-h")) {
        console.log(command.help);
        return 0;
      }
      try {
        return await command.run(rest);
      } catch (error) {
        // parseArgs throws TypeError with code ERR_PARSE_ARGS_* for unknown or malformed options.
        const code = (error as NodeJS.ErrnoException).code ?? "";
        if (error instanceof UsageError || code.startsWith("ERR_PARSE_ARGS")) {
          console.error(
            `stepwise ${command.name}: ${(error as Error).message}\nRun "stepwise ${command.name} --help" for usage.`,
          );
          return 2;
        }
        throw error;
      }
    }
  }
  if (argv.length === 0 || isHelp(argv[0])) {
    console.log(usage());
    return 0;
  }
  const group = groupOf(argv[0]);
  if (group.length > 0) {
    // "stepwise project" alone asks what the group can do; "stepwise project fly" is a mistake.
    if (argv.length === 1 || (argv.length === 2 && isHelp(argv[1]))) {
      console.log(groupUsage(argv[0] ?? "", group));
      return 0;
    }
    console.error(`stepwise: unknown command "${argv.join(" ")}"\n\n${groupUsage(argv[0] ?? "", group)}`);
    return 2;
  }
  console.error(`stepwise: unknown command "${argv.join(" ")}"\n\n${usage()}`);
  return 2;
}
