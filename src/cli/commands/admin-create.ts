import { text } from "node:stream/consumers";
import { parseArgs } from "node:util";
import { openDatabase } from "../../core/db/database.js";
import { createAuth } from "../../core/accounts/auth.js";
import { fileMailSender } from "../../core/accounts/mail-sender.js";
import { UsageError } from "../usage-error.js";
import type { Command } from "../command.js";
import { cliConfig } from "../cli-config.js";

const HELP = [
  "Usage: stepwise admin create --email <address> --name <name> [--password-stdin]",
  "",
  "Creates an administrator account on this Stepwise's database (multi-user mode: STEPWISE_MODE=multi",
  "and STEPWISE_AUTH_SECRET set, the same settings as the server). The password comes from",
  "STEPWISE_ADMIN_PASSWORD, or from standard input with --password-stdin (at least 10 characters):",
  "",
  "  printf '%s' \"$PASSWORD\" | npx stepwise admin create --email ada@example.org --name Ada --password-stdin",
  "",
  "The account's email counts as verified: it was created on the server itself.",
].join("\n");

export const adminCreateCommand: Command = {
  help: HELP,
  async run(args) {
    const { values } = parseArgs({
      args,
      options: { email: { type: "string" }, name: { type: "string" }, "password-stdin": { type: "boolean", default: false } },
      strict: true,
    });
    if (!values.email || !values.name) throw new UsageError(`--email and --name are both needed.\n\n${HELP}`);
    const config = cliConfig();
    if (!config.multiUser)
      throw new UsageError(
        "Accounts exist in multi-user mode only: set STEPWISE_MODE=multi and STEPWISE_AUTH_SECRET as the server has them.",
      );
    const password = values["password-stdin"]
      ? (await text(process.stdin)).replace(/\r?\n$/, "")
      : process.env.STEPWISE_ADMIN_PASSWORD;
    if (!password)
      throw new UsageError("No password: set STEPWISE_ADMIN_PASSWORD, or pass it on standard input with --password-stdin.");

    const { db, dialect } = await openDatabase(config);
    try {
      const auth = createAuth({ db, dialect, settings: config.multiUser, mail: fileMailSender(config.dataDir, () => undefined) });
      const taken = await db.selectFrom("users").select("id").where("email", "=", values.email.toLowerCase()).executeTakeFirst();
      if (taken) throw new UsageError(`There is already an account for ${values.email}; nothing was changed.`);
      const created = await auth.api
        .signUpEmail({ body: { email: values.email, password, name: values.name } })
        .catch((error: unknown) => {
          throw new UsageError(`The account was not created: ${error instanceof Error ? error.message : String(error)}`);
        });
      await db
        .updateTable("users")
        .set({ role: "admin", email_verified: dialect === "postgres" ? true : 1 })
        .where("id", "=", created.user.id)
        .execute();
      console.log(`Created administrator ${values.name} <${values.email}>; sign in at ${config.multiUser.publicUrl}.`);
      return 0;
    } finally {
      await db.destroy();
    }
  },
};
