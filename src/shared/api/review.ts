import { z } from "zod";

export const ReviewRatingSchema = z.enum(["again", "hard", "good", "easy"], {
  error: 'must be one of "again", "hard", "good", "easy"',
});

const ReviewQuestionSchema = z.object({
  type: z.enum(["single", "multiple", "numeric"]),
  promptHtml: z.string(),
  choices: z.array(z.object({ html: z.string(), correct: z.boolean() })).nullable(),
  answer: z.number().nullable(),
  unit: z.string().nullable(),
  explanationHtml: z.string(),
});

export const ReviewItemSchema = z.object({
  cardId: z.string(),
  itemType: z.enum(["question", "exercise"]),
  itemId: z.string(),
  due: z.string(),
  topic: z.object({ id: z.string(), title: z.string() }),
  title: z.string().describe("The exercise's title, or the question's topic"),
  question: ReviewQuestionSchema.nullable().describe("For questions: what to recall and the answer to check against"),
});

export const ReviewQueueResponseSchema = z.object({
  due: z.array(ReviewItemSchema),
  dueCount: z.number().int(),
  total: z.number().int(),
  nextDue: z.string().nullable(),
});

export const ReviewSummaryResponseSchema = z.object({
  dueCount: z.number().int(),
  total: z.number().int(),
  nextDue: z.string().nullable(),
});

export const GradeReviewBodySchema = z.strictObject({ rating: ReviewRatingSchema });
export const GradeReviewParamsSchema = z.object({ cardId: z.string().min(1).max(100) });
export const GradeReviewResponseSchema = z.object({ cardId: z.string(), due: z.string(), scheduledDays: z.number() });
