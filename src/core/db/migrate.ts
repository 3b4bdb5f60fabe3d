import { Migrator } from "kysely/migration";
import type { Database } from "./database-schema.js";
import type { DialectName } from "./dialect-name.js";
import { migrationProvider } from "./migrations/index.js";

/** Brings the schema up to date; throws with the failing migration's name and cause. */
export async function migrateToLatest(db: Database, dialect: DialectName): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider(dialect) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === "Error")?.migrationName ?? "(unknown)";
    throw new Error(`database migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
}
