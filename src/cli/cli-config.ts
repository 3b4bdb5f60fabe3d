import { ConfigError, loadConfig, type AppConfig } from "../core/config.js";
import { PROJECT_ROOT } from "../core/project-root.js";
import { UsageError } from "./usage-error.js";

/** The server's settings from the environment, as `npm start` reads them; a bad one is a usage error. */
export function cliConfig(): AppConfig {
  try {
    return loadConfig(process.env, PROJECT_ROOT);
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
}
