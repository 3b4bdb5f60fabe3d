// Worker threads do not inherit tsx's loader from the parent, so register it here and then
// load the TypeScript worker. Works the same under tsx, Vitest and the CLI.
import { register } from "tsx/esm/api";

register();
await import("./pyodide-worker.ts");
