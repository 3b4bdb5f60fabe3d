import type { Selectable } from "kysely";

export type ReviewItemType = "question" | "exercise";

export interface ReviewCardsTable {
  id: string;
  user_id: string;
  item_type: ReviewItemType;
  /** `<topic>/<question>` for questions, the exercise id for exercises. */
  item_id: string;
  /** The ts-fsrs card, dates as ISO strings. */
  card_json: string;
  /** Copied out of the card so "what is due" is one indexed query. */
  due: string;
  created_at: string;
  updated_at: string;
}

export type ReviewCardRow = Selectable<ReviewCardsTable>;
