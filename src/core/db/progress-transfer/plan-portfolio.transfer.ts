import type { SectionItem } from "./transfer-kind.js";
import { deleteOwnedRows, type TransferKind, upsertRows } from "./transfer-kind.js";

/** A learner has at most one plan and one profile; this is their key. */
const ONLY = "only";

export const studyPlansTransfer: TransferKind<"studyPlans"> = {
  section: "studyPlans",
  async read(db, userId) {
    const rows = await db.selectFrom("study_plans").selectAll().where("user_id", "=", userId).execute();
    return rows.map((row) => ({
      settings: JSON.parse(row.settings_json) as SectionItem<"studyPlans">["settings"],
      topics: JSON.parse(row.topics_json) as SectionItem<"studyPlans">["topics"],
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      replannedAt: row.replanned_at,
    }));
  },
  key: () => ONLY,
  remove: (db, userId) =>
    db
      .deleteFrom("study_plans")
      .where("user_id", "=", userId)
      .execute()
      .then(() => undefined),
  write: (db, userId, items) =>
    upsertRows(
      db,
      "study_plans",
      items.map((item) => ({
        user_id: userId,
        settings_json: JSON.stringify(item.settings),
        topics_json: JSON.stringify(item.topics),
        created_at: item.createdAt,
        updated_at: item.updatedAt,
        replanned_at: item.replannedAt,
      })),
      ["user_id"],
    ),
};

export const portfolioProfilesTransfer: TransferKind<"portfolioProfiles"> = {
  section: "portfolioProfiles",
  async read(db, userId) {
    const rows = await db.selectFrom("portfolio_profiles").selectAll().where("user_id", "=", userId).execute();
    return rows.map((row) => ({
      name: row.name,
      headline: row.headline,
      links: JSON.parse(row.links_json) as SectionItem<"portfolioProfiles">["links"],
      updatedAt: row.updated_at,
    }));
  },
  key: () => ONLY,
  remove: (db, userId) =>
    db
      .deleteFrom("portfolio_profiles")
      .where("user_id", "=", userId)
      .execute()
      .then(() => undefined),
  write: (db, userId, items) =>
    upsertRows(
      db,
      "portfolio_profiles",
      items.map((item) => ({
        user_id: userId,
        name: item.name,
        headline: item.headline,
        links_json: JSON.stringify(item.links),
        updated_at: item.updatedAt,
      })),
      ["user_id"],
    ),
};

export const portfolioEntriesTransfer: TransferKind<"portfolioEntries"> = {
  section: "portfolioEntries",
  async read(db, userId) {
    const rows = await db
      .selectFrom("portfolio_entries")
      .selectAll()
      .where("user_id", "=", userId)
      .orderBy("project_id")
      .execute();
    return rows.map((row) => ({
      projectId: row.project_id,
      markdown: row.markdown,
      draftedMarkdown: row.drafted_markdown,
      featured: row.featured === 1,
      workKind: row.work_kind,
      collaborators: JSON.parse(row.collaborators_json) as SectionItem<"portfolioEntries">["collaborators"],
      codeExercises: JSON.parse(row.code_exercises_json) as string[],
      updatedAt: row.updated_at,
    }));
  },
  key: (item) => item.projectId,
  remove: (db, userId, keys) => deleteOwnedRows(db, "portfolio_entries", "user_id", "project_id", userId, keys),
  write: (db, userId, items) =>
    upsertRows(
      db,
      "portfolio_entries",
      items.map((item) => ({
        user_id: userId,
        project_id: item.projectId,
        markdown: item.markdown,
        drafted_markdown: item.draftedMarkdown,
        featured: item.featured ? 1 : 0,
        work_kind: item.workKind,
        collaborators_json: JSON.stringify(item.collaborators),
        code_exercises_json: JSON.stringify(item.codeExercises),
        updated_at: item.updatedAt,
      })),
      ["user_id", "project_id"],
    ),
};
