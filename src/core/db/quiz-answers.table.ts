import type { Selectable } from "kysely";

export interface QuizAnswersTable {
  id: string;
  user_id: string;
  topic_id: string;
  question_id: string;
  /** What the learner answered: `{"choices":[1,3]}` or `{"value":2.5}`. */
  answer_json: string;
  correct: number;
  created_at: string;
}

export type QuizAnswerRow = Selectable<QuizAnswersTable>;
