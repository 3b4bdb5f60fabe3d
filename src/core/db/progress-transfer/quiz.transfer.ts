import type { SectionItem, TransferKind } from "./transfer-kind.js";
import { deleteOwnedRows, upsertRows } from "./transfer-kind.js";

export const quizAnswersTransfer: TransferKind<"quizAnswers"> = {
  section: "quizAnswers",
  async read(db, userId) {
    const rows = await db
      .selectFrom("quiz_answers")
      .selectAll()
      .where("user_id", "=", userId)
      .orderBy("created_at")
      .orderBy("id")
      .execute();
    return rows.map((row) => ({
      id: row.id,
      topicId: row.topic_id,
      questionId: row.question_id,
      answer: JSON.parse(row.answer_json) as SectionItem<"quizAnswers">["answer"],
      correct: row.correct === 1,
      createdAt: row.created_at,
    }));
  },
  key: (item) => item.id,
  remove: (db, userId, keys) => deleteOwnedRows(db, "quiz_answers", "user_id", "id", userId, keys),
  write: (db, userId, items) =>
    upsertRows(
      db,
      "quiz_answers",
      items.map((item) => ({
        id: item.id,
        user_id: userId,
        topic_id: item.topicId,
        question_id: item.questionId,
        answer_json: JSON.stringify(item.answer),
        correct: item.correct ? 1 : 0,
        created_at: item.createdAt,
      })),
      ["id"],
      { column: "user_id", userId },
    ),
};

/** A review card is one per item a learner reviews; the item, not the id, says which record it is. */
const cardKey = (item: { readonly itemType: string; readonly itemId: string }) => `${item.itemType}:${item.itemId}`;

export const reviewCardsTransfer: TransferKind<"reviewCards"> = {
  section: "reviewCards",
  async read(db, userId) {
    const rows = await db
      .selectFrom("review_cards")
      .selectAll()
      .where("user_id", "=", userId)
      .orderBy("item_type")
      .orderBy("item_id")
      .execute();
    return rows.map((row) => ({
      id: row.id,
      itemType: row.item_type,
      itemId: row.item_id,
      card: JSON.parse(row.card_json) as SectionItem<"reviewCards">["card"],
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    }));
  },
  key: cardKey,
  async remove(db, userId, keys) {
    const removed = new Set(keys);
    const ids = (await reviewCardsTransfer.read(db, userId)).filter((item) => removed.has(cardKey(item))).map((item) => item.id);
    await deleteOwnedRows(db, "review_cards", "user_id", "id", userId, ids);
  },
  write: (db, userId, items) =>
    upsertRows(
      db,
      "review_cards",
      items.map((item) => ({
        id: item.id,
        user_id: userId,
        item_type: item.itemType,
        item_id: item.itemId,
        card_json: JSON.stringify(item.card),
        // Kept beside the card so "what is due" is one indexed query.
        due: item.card.due,
        created_at: item.createdAt,
        updated_at: item.updatedAt,
      })),
      ["user_id", "item_type", "item_id"],
    ),
};
