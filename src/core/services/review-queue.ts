import { randomUUID } from "node:crypto";
import { createEmptyCard, fsrs, Rating, type Card, type CardInput, type Grade } from "ts-fsrs";
import type { Database } from "../db/database-schema.js";
import { findCard, findCardByItem, insertCard, updateCard } from "../db/review-cards.repository.js";
import type { ReviewItemType } from "../db/review-cards.table.js";

export const REVIEW_RATINGS = ["again", "hard", "good", "easy"] as const;
export type ReviewRating = (typeof REVIEW_RATINGS)[number];

const GRADES: Record<ReviewRating, Grade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };

// FSRS with its published default weights; no fuzz, so the same history always gives the same schedule.
const scheduler = fsrs({ enable_fuzz: false });

const toJson = (card: Card): string => JSON.stringify(card);
const fromJson = (json: string): CardInput => JSON.parse(json) as CardInput;

export interface Scheduled {
  readonly cardId: string;
  readonly due: string;
  readonly scheduledDays: number;
}

/**
 * Puts an item into the learner's review queue the first time they meet it, scheduled from how
 * that first meeting went; later meetings outside the review page leave the schedule alone.
 */
export async function enqueueForReview(
  db: Database,
  input: { userId: string; itemType: ReviewItemType; itemId: string; rating: ReviewRating; now: Date },
): Promise<Scheduled> {
  const existing = await findCardByItem(db, input.userId, input.itemType, input.itemId);
  if (existing) return { cardId: existing.id, due: existing.due, scheduledDays: fromJson(existing.card_json).scheduled_days };
  const { card } = scheduler.next(createEmptyCard(input.now), input.now, GRADES[input.rating]);
  const row = {
    id: randomUUID(),
    user_id: input.userId,
    item_type: input.itemType,
    item_id: input.itemId,
    card_json: toJson(card),
    due: card.due.toISOString(),
    created_at: input.now.toISOString(),
    updated_at: input.now.toISOString(),
  };
  await insertCard(db, row);
  return { cardId: row.id, due: row.due, scheduledDays: card.scheduled_days };
}

/** Records how well the learner recalled a due item and schedules its next review. */
export async function gradeReview(
  db: Database,
  input: { userId: string; cardId: string; rating: ReviewRating; now: Date },
): Promise<Scheduled | undefined> {
  const row = await findCard(db, input.userId, input.cardId);
  if (!row) return undefined;
  const { card } = scheduler.next(fromJson(row.card_json), input.now, GRADES[input.rating]);
  const due = card.due.toISOString();
  await updateCard(db, { id: row.id, cardJson: toJson(card), due, updatedAt: input.now.toISOString() });
  return { cardId: row.id, due, scheduledDays: card.scheduled_days };
}
