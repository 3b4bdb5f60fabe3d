import { text } from "node:stream/consumers";
import { parseArgs } from "node:util";
import type { MeResponse } from "../../shared/api/index.js";
import { credentialsFile, forgetToken, saveToken } from "../credentials.js";
import { UsageError } from "../usage-error.js";
import type { Command } from "../command.js";
import { DEFAULT_SERVER, serverUrl, unreachable } from "../server-url.js";

export const loginCommand: Command = {
  help: [
    "Usage: stepwise login [--server URL]   (the token on standard input)",
    "",
    "On a shared Stepwise (multi-user mode), make an access token on your account page with the",
    "scopes the CLI needs (attempts for `stepwise test`, submissions for `stepwise submit`, models for",
    "`stepwise deploy`, read for the rest), then:",
    "",
    "  printf '%s' swp_… | stepwise login --server https://stepwise.example.org",
    "",
    `The token is checked with the server and kept in ${credentialsFile()} (readable by you only);`,
    "every command that talks to that server then uses it. STEPWISE_TOKEN, when set, is used instead.",
    "A local Stepwise (npm start on your machine) needs no login.",
    "",
    "Options:",
    `  --server URL  the Stepwise server (default: STEPWISE_URL, else ${DEFAULT_SERVER})`,
  ].join("\n"),
  async run(args) {
    const { values } = parseArgs({ args, options: { server: { type: "string" } } });
    const server = serverUrl(values.server);
    if (process.stdin.isTTY) process.stderr.write("Paste your access token and press Enter, then Ctrl+D: ");
    const token = (await text(process.stdin)).trim();
    if (!/^swp_[A-Za-z0-9_-]+$/.test(token))
      throw new UsageError("that is not a Stepwise access token (they start with swp_); make one on your account page.");
    let response: Response;
    try {
      response = await fetch(`${server}/api/me`, { headers: { authorization: `Bearer ${token}` } });
    } catch {
      throw new UsageError(unreachable(server));
    }
    const body = (await response.json().catch(() => ({}))) as Partial<MeResponse> & { message?: string };
    if (!response.ok || !body.user) {
      console.error(
        `stepwise login: ${server} did not accept the token: ${body.message ?? `HTTP ${response.status}`}. Nothing was saved.`,
      );
      return 1;
    }
    saveToken(server, token);
    console.log(`Signed in to ${server} as ${body.user.name}${body.user.email ? ` <${body.user.email}>` : ""}.`);
    return 0;
  },
};

export const logoutCommand: Command = {
  help: ["Usage: stepwise logout [--server URL]", "", `Removes the server's token from ${credentialsFile()}.`].join("\n"),
  async run(args) {
    const { values } = parseArgs({ args, options: { server: { type: "string" } } });
    const server = serverUrl(values.server);
    console.log(forgetToken(server) ? `Signed out of ${server}.` : `The CLI was not signed in to ${server}.`);
    return 0;
  },
};
