import { homedir } from "node:os";
import { join } from "node:path";

/** Where the CLI keeps caches (the Pyodide snapshot): $XDG_CACHE_HOME/stepwise or ~/.cache/stepwise. */
export function cliCacheDir(): string {
  return join(process.env.XDG_CACHE_HOME || join(homedir(), ".cache"), "stepwise");
}
