import type { Database } from "./database-schema.js";
import type { PortfolioEntryRow, PortfolioProfileRow } from "./portfolio.table.js";
import { countedPass } from "./exercise-attempts.repository.js";

export function listPortfolioEntries(db: Database, userId: string): Promise<PortfolioEntryRow[]> {
  return db.selectFrom("portfolio_entries").selectAll().where("user_id", "=", userId).execute();
}

/** Creates or replaces one project's write-up. */
export async function savePortfolioEntry(db: Database, row: PortfolioEntryRow): Promise<void> {
  await db
    .insertInto("portfolio_entries")
    .values(row)
    .onConflict((conflict) =>
      conflict.columns(["user_id", "project_id"]).doUpdateSet({
        markdown: row.markdown,
        drafted_markdown: row.drafted_markdown,
        featured: row.featured,
        work_kind: row.work_kind,
        collaborators_json: row.collaborators_json,
        code_exercises_json: row.code_exercises_json,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}

/**
 * Replaces a saved write-up with a new draft only if its text is still `expectedMarkdown`: an edit
 * saved since it was read (an autosave racing a re-draft) makes this a no-op that returns false.
 */
export async function replaceWithDraftIfUnchanged(
  db: Database,
  row: PortfolioEntryRow,
  expectedMarkdown: string,
): Promise<boolean> {
  const result = await db
    .updateTable("portfolio_entries")
    .set({ markdown: row.markdown, drafted_markdown: row.drafted_markdown, updated_at: row.updated_at })
    .where("user_id", "=", row.user_id)
    .where("project_id", "=", row.project_id)
    .where("markdown", "=", expectedMarkdown)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export function findPortfolioProfile(db: Database, userId: string): Promise<PortfolioProfileRow | undefined> {
  return db.selectFrom("portfolio_profiles").selectAll().where("user_id", "=", userId).executeTakeFirst();
}

export async function savePortfolioProfile(db: Database, row: PortfolioProfileRow): Promise<void> {
  await db
    .insertInto("portfolio_profiles")
    .values(row)
    .onConflict((conflict) =>
      conflict
        .column("user_id")
        .doUpdateSet({ name: row.name, headline: row.headline, links_json: row.links_json, updated_at: row.updated_at }),
    )
    .execute();
}

/** The learner's latest passing code for an exercise, for quoting in a write-up. */
export async function latestPassingCode(db: Database, userId: string, exerciseId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom("exercise_attempts")
    .select("code")
    .where("user_id", "=", userId)
    .where("exercise_id", "=", exerciseId)
    .where(countedPass)
    .orderBy("created_at", "desc")
    .limit(1)
    .executeTakeFirst();
  return row?.code;
}

/** A deployed version's model card, as stored. */
export async function findVersionCard(db: Database, userId: string, name: string, version: number): Promise<string | undefined> {
  const row = await db
    .selectFrom("model_versions")
    .innerJoin("models", "models.id", "model_versions.model_id")
    .select("model_versions.card_json")
    .where("models.user_id", "=", userId)
    .where("models.name", "=", name)
    .where("model_versions.version", "=", version)
    .executeTakeFirst();
  return row?.card_json;
}

/** How many write-ups the learner edited after drafting, and how many projects they feature. */
export async function portfolioCounts(db: Database, userId: string): Promise<{ editedWriteUps: number; featured: number }> {
  const rows = await db
    .selectFrom("portfolio_entries")
    .select(["markdown", "drafted_markdown", "featured"])
    .where("user_id", "=", userId)
    .execute();
  return {
    editedWriteUps: rows.filter((row) => row.markdown !== row.drafted_markdown).length,
    featured: rows.filter((row) => row.featured === 1).length,
  };
}
