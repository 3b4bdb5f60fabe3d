import { fileURLToPath } from "node:url";

/** The folder holding package.json, content/ and dist/, wherever Stepwise is installed. */
export const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));
