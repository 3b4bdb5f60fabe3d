import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import { BackupHeaderSchema, BackupLineSchema, type BackupHeader } from "./backup-file.js";

export interface Backup {
  readonly header: BackupHeader;
  readonly rows: ReadonlyMap<string, readonly Record<string, unknown>[]>;
  readonly models: ReadonlyMap<string, Buffer>;
}

/** A backup that cannot be restored, with what is wrong in words. */
export class BackupError extends Error {}

const firstIssue = (error: { issues: { path: PropertyKey[]; message: string }[] }) => {
  const issue = error.issues[0];
  return issue ? `${issue.path.join(".") || "line"}: ${issue.message}` : "not valid";
};

/**
 * Reads and checks a whole backup before anything is restored from it: a header first, rows only
 * of the tables it lists and as many as it says, model files whose contents match their digests.
 */
export async function readBackup(file: string): Promise<Backup> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  let header: BackupHeader | undefined;
  const rows = new Map<string, Record<string, unknown>[]>();
  const models = new Map<string, Buffer>();
  let number = 0;
  try {
    for await (const text of lines) {
      number += 1;
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        throw new BackupError(`line ${number} is not JSON: the file is damaged or cut short`);
      }
      if (!header) {
        const parsed = BackupHeaderSchema.safeParse(json);
        if (!parsed.success) throw new BackupError(`the header is not a Stepwise backup's: ${firstIssue(parsed.error)}`);
        header = parsed.data;
        for (const table of header.tables) rows.set(table.name, []);
        continue;
      }
      const parsed = BackupLineSchema.safeParse(json);
      if (!parsed.success) throw new BackupError(`line ${number}: ${firstIssue(parsed.error)}`);
      const line = parsed.data;
      if ("table" in line) {
        const table = rows.get(line.table);
        if (!table) throw new BackupError(`line ${number} holds a row of "${line.table}", a table the header does not list`);
        table.push(line.row);
      } else {
        const bytes = Buffer.from(line.base64, "base64");
        if (createHash("sha256").update(bytes).digest("hex") !== line.model)
          throw new BackupError(`line ${number}: the model file ${line.model.slice(0, 12)}… does not match its digest`);
        models.set(line.model, bytes);
      }
    }
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(
      `the file cannot be read as a Stepwise backup (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  if (!header) throw new BackupError("the file is empty");
  for (const table of header.tables) {
    const found = rows.get(table.name)?.length ?? 0;
    if (found !== table.rows)
      throw new BackupError(
        `"${table.name}" should hold ${table.rows} rows and the file has ${found}: it is damaged or cut short`,
      );
  }
  if (models.size !== header.models)
    throw new BackupError(
      `the header counts ${header.models} model files and the file has ${models.size}: it is damaged or cut short`,
    );
  return { header, rows, models };
}
