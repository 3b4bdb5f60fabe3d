import { existsSync, readFileSync } from "node:fs";
import { UsageError } from "./usage-error.js";

/**
 * A downloaded folder's marker file: what the folder holds (an exercise or a project, under
 * `idField`) and, when the download named one with --server, the Stepwise it belongs to, which
 * commands run there then talk to.
 */
export interface FolderMarker {
  readonly id: string;
  readonly server?: string;
}

/** The marker's JSON text; the server is left out when none was named, so later commands fall back as usual. */
export function markerText(idField: string, id: string, server: string | undefined): string {
  return `${JSON.stringify(server === undefined ? { [idField]: id } : { [idField]: id, server }, null, 2)}\n`;
}

/** Reads a marker; undefined when there is none, a UsageError saying `whenDamaged` when it cannot be read. */
export function readMarker(path: string, idField: string, whenDamaged: string): FolderMarker | undefined {
  if (!existsSync(path)) return undefined;
  try {
    const data = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
    const id = data[idField];
    const server = data.server;
    if (typeof id === "string" && (server === undefined || typeof server === "string"))
      return server === undefined ? { id } : { id, server };
  } catch {
    // fall through to the message below
  }
  throw new UsageError(`${path} is damaged; ${whenDamaged}`);
}
