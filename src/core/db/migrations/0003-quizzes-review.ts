import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("quiz_answers")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("topic_id", "text", (col) => col.notNull())
    .addColumn("question_id", "text", (col) => col.notNull())
    .addColumn("answer_json", "text", (col) => col.notNull())
    // 0 or 1: both dialects store it the same way.
    .addColumn("correct", "integer", (col) => col.notNull().check(sql`correct in (0, 1)`))
    .addColumn("created_at", "text", (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex("quiz_answers_user_topic")
    .on("quiz_answers")
    .columns(["user_id", "topic_id", "created_at"])
    .execute();

  await db.schema
    .createTable("review_cards")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("item_type", "text", (col) => col.notNull().check(sql`item_type in ('question', 'exercise')`))
    .addColumn("item_id", "text", (col) => col.notNull())
    .addColumn("card_json", "text", (col) => col.notNull())
    .addColumn("due", "text", (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .addUniqueConstraint("review_cards_item", ["user_id", "item_type", "item_id"])
    .execute();
  await db.schema.createIndex("review_cards_user_due").on("review_cards").columns(["user_id", "due"]).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("review_cards").execute();
  await db.schema.dropTable("quiz_answers").execute();
}
