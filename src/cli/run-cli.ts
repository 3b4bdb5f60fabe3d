import type { CommandEntry } from "./command.js";
import { UsageError } from "./usage-error.js";

/**
 * Every command, as `stepwise --help` lists them. A command's module is imported only when it runs
 * or shows its help: importing all of them (the database, accounts, onnx, content loading) took
 * about half of a two-second start, paid by every `stepwise test`.
 */
const commands: readonly CommandEntry[] = [
  {
    name: "exercise list",
    summary: "List every exercise: id, title, topic and required packages",
    load: async () => (await import("./commands/exercise-list.js")).exerciseListCommand,
  },
  {
    name: "exercise download",
    summary: "Put an exercise's instructions, starter and tests in a folder to work on",
    load: async () => (await import("./commands/exercise-download.js")).exerciseDownloadCommand,
  },
  {
    name: "test",
    summary: "Grade your solution against an exercise's tests",
    load: async () => (await import("./commands/test.js")).testCommand,
  },
  {
    name: "exercise check",
    summary: "For authors: prove exercise folders work, without loading the rest of the content",
    load: async () => (await import("./commands/exercise-check.js")).exerciseCheckCommand,
  },
  {
    name: "content check",
    summary: "Validate every file under content/ and prove every exercise works",
    load: async () => (await import("./commands/content-check.js")).contentCheckCommand,
  },
  {
    name: "content report",
    summary: "Coverage per stage and topic: lesson words, exercises, quiz questions, resources",
    load: async () => (await import("./commands/content-report.js")).contentReportCommand,
  },
  {
    name: "datasets list",
    summary: "List the dataset catalog: which ship with Stepwise and which download on demand",
    load: async () => (await import("./commands/datasets-list.js")).datasetsListCommand,
  },
  {
    name: "datasets download",
    summary: "Download a dataset too large to ship, check its SHA-256 and turn it into a table",
    load: async () => (await import("./commands/datasets-download.js")).datasetsDownloadCommand,
  },
  {
    name: "metrics",
    summary: "Score predictions against the truth with one metric (matches scikit-learn)",
    load: async () => (await import("./commands/metrics.js")).metricsCommand,
  },
  {
    name: "project list",
    summary: "List the projects (competitions on hidden test sets)",
    load: async () => (await import("./commands/project-list.js")).projectListCommand,
  },
  {
    name: "project download",
    summary: "Put a project's brief, train.csv, test.csv, sample submission and starter notebook in a folder",
    load: async () => (await import("./commands/project-download.js")).projectDownloadCommand,
  },
  {
    name: "score",
    summary: "Validate a project submission and score it on the hidden test set, locally",
    load: async () => (await import("./commands/score.js")).scoreCommand,
  },
  {
    name: "submit",
    summary: "Submit predictions to a project on a running Stepwise server",
    load: async () => (await import("./commands/submit.js")).submitCommand,
  },
  {
    name: "deploy",
    summary: "Upload an ONNX model to a running Stepwise server as the next version of a named model",
    load: async () => (await import("./commands/deploy.js")).deployCommand,
  },
  {
    name: "deploy bundle",
    summary: "Download a model version as a self-host bundle: Flask app, Dockerfile, Triton and KServe files",
    load: async () => (await import("./commands/deploy-bundle.js")).deployBundleCommand,
  },
  {
    name: "portfolio export",
    summary: "Write your portfolio (static site, README.md, resume.json) into a folder",
    load: async () => (await import("./commands/portfolio-export.js")).portfolioExportCommand,
  },
  {
    name: "login",
    summary: "Sign the CLI in to a shared Stepwise with an access token",
    load: async () => (await import("./commands/login.js")).loginCommand,
  },
  {
    name: "logout",
    summary: "Forget the CLI's access token for a Stepwise",
    load: async () => (await import("./commands/login.js")).logoutCommand,
  },
  {
    name: "admin create",
    summary: "Create an administrator account (multi-user mode)",
    load: async () => (await import("./commands/admin-create.js")).adminCreateCommand,
  },
  {
    name: "backup",
    summary: "Back up the whole database and the model files to one file",
    load: async () => (await import("./commands/backup.js")).backupCommand,
  },
  {
    name: "restore",
    summary: "Restore a backup into a new, empty database",
    load: async () => (await import("./commands/restore.js")).restoreCommand,
  },
  {
    name: "worker",
    summary: "Grade attempts from a shared Stepwise's queue in the sandbox (PostgreSQL)",
    load: async () => (await import("./commands/worker.js")).workerCommand,
  },
];

/** One line per command: its words, then what it does. */
function commandLines(list: readonly CommandEntry[]): string[] {
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
function groupOf(word: string | undefined): CommandEntry[] {
  return commands.filter((command) => command.name.includes(" ") && command.name.split(" ")[0] === word);
}

function groupUsage(group: string, members: readonly CommandEntry[]): string {
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
  for (const entry of byLength) {
    const words = entry.name.split(" ");
    if (words.every((word, index) => argv[index] === word)) {
      const rest = argv.slice(words.length);
      const command = await entry.load();
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
          console.error(`stepwise ${entry.name}: ${(error as Error).message}\nRun "stepwise ${entry.name} --help" for usage.`);
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
