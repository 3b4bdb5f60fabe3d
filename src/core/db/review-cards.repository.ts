import type { Database } from "./database-schema.js";
import type { ReviewCardRow, ReviewItemType } from "./review-cards.table.js";

export async function findCardByItem(
  db: Database,
  userId: string,
  itemType: ReviewItemType,
  itemId: string,
): Promise<ReviewCardRow | undefined> {
  return db
    .selectFrom("review_cards")
    .selectAll()
    .where("user_id", "=", userId)
    .where("item_type", "=", itemType)
    .where("item_id", "=", itemId)
    .executeTakeFirst();
}

export async function findCard(db: Database, userId: string, cardId: string): Promise<ReviewCardRow | undefined> {
  return db.selectFrom("review_cards").selectAll().where("user_id", "=", userId).where("id", "=", cardId).executeTakeFirst();
}

export async function insertCard(db: Database, row: ReviewCardRow): Promise<void> {
  await db.insertInto("review_cards").values(row).execute();
}

export async function updateCard(
  db: Database,
  row: { id: string; cardJson: string; due: string; updatedAt: string },
): Promise<void> {
  await db
    .updateTable("review_cards")
    .set({ card_json: row.cardJson, due: row.due, updated_at: row.updatedAt })
    .where("id", "=", row.id)
    .execute();
}

/** Cards due at `now` (ISO), soonest first. */
export async function dueCards(db: Database, userId: string, now: string, limit: number): Promise<ReviewCardRow[]> {
  return db
    .selectFrom("review_cards")
    .selectAll()
    .where("user_id", "=", userId)
    .where("due", "<=", now)
    .orderBy("due", "asc")
    .limit(limit)
    .execute();
}

export async function countDueCards(
  db: Database,
  userId: string,
  now: string,
): Promise<{ due: number; total: number; nextDue: string | null }> {
  const [due, total, next] = await Promise.all([
    db
      .selectFrom("review_cards")
      .select((eb) => eb.fn.countAll<number | string>().as("n"))
      .where("user_id", "=", userId)
      .where("due", "<=", now)
      .executeTakeFirst(),
    db
      .selectFrom("review_cards")
      .select((eb) => eb.fn.countAll<number | string>().as("n"))
      .where("user_id", "=", userId)
      .executeTakeFirst(),
    db
      .selectFrom("review_cards")
      .select("due")
      .where("user_id", "=", userId)
      .where("due", ">", now)
      .orderBy("due", "asc")
      .limit(1)
      .executeTakeFirst(),
  ]);
  return { due: Number(due?.n ?? 0), total: Number(total?.n ?? 0), nextDue: next?.due ?? null };
}
