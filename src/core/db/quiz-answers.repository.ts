import { randomUUID } from "node:crypto";
import type { Database } from "./database-schema.js";

export async function insertQuizAnswer(
  db: Database,
  row: { userId: string; topicId: string; questionId: string; answer: unknown; correct: boolean; createdAt: string },
): Promise<void> {
  await db
    .insertInto("quiz_answers")
    .values({
      id: randomUUID(),
      user_id: row.userId,
      topic_id: row.topicId,
      question_id: row.questionId,
      answer_json: JSON.stringify(row.answer),
      correct: row.correct ? 1 : 0,
      created_at: row.createdAt,
    })
    .execute();
}

/** The latest answer to each question of a topic, by question id. */
export async function latestQuizAnswers(
  db: Database,
  userId: string,
  topicId: string,
): Promise<Map<string, { correct: boolean; answeredAt: string }>> {
  const rows = await db
    .selectFrom("quiz_answers")
    .select(["question_id", "correct", "created_at"])
    .where("user_id", "=", userId)
    .where("topic_id", "=", topicId)
    .orderBy("created_at", "asc")
    .execute();
  return new Map(rows.map((row) => [row.question_id, { correct: row.correct === 1, answeredAt: row.created_at }]));
}

/** Per topic: how many questions the learner answered and how many of their latest answers are right. */
export async function quizTallies(db: Database, userId: string): Promise<Map<string, { answered: number; correct: number }>> {
  const rows = await db
    .selectFrom("quiz_answers")
    .select(["topic_id", "question_id", "correct"])
    .where("user_id", "=", userId)
    .orderBy("created_at", "asc")
    .orderBy("id", "asc")
    .execute();
  // Later rows overwrite earlier ones, so each question keeps its latest answer.
  const latest = new Map(rows.map((row) => [`${row.topic_id}\u0000${row.question_id}`, row]));
  const tallies = new Map<string, { answered: number; correct: number }>();
  for (const row of latest.values()) {
    const tally = tallies.get(row.topic_id) ?? { answered: 0, correct: 0 };
    tallies.set(row.topic_id, { answered: tally.answered + 1, correct: tally.correct + row.correct });
  }
  return tallies;
}
