import { z } from "zod";

export const QuizParamsSchema = z.object({ topicId: z.string().min(1).max(200) });

export const QuizQuestionViewSchema = z.object({
  id: z.string(),
  type: z.enum(["single", "multiple", "numeric"]),
  promptHtml: z.string(),
  choices: z
    .array(z.object({ index: z.number().int(), html: z.string() }))
    .nullable()
    .describe("null for numeric questions"),
  unit: z.string().nullable(),
  lastAnswer: z.object({ correct: z.boolean(), answeredAt: z.string() }).nullable(),
});

export const QuizResponseSchema = z.object({
  topicId: z.string(),
  questions: z.array(QuizQuestionViewSchema).describe("Without the answers: those come back after answering"),
});

export const AnswerBodySchema = z.strictObject({
  questionId: z.string().min(1).max(200),
  choices: z.array(z.number().int()).max(10).optional().describe("Choice indexes, for single and multiple choice"),
  value: z.number().optional().describe("The number, for numeric questions"),
});

export const AnswerResponseSchema = z.object({
  correct: z.boolean(),
  explanationHtml: z.string(),
  correctChoices: z.array(z.number().int()).nullable(),
  answer: z.number().nullable().describe("The right number, for numeric questions"),
  tolerance: z.number().nullable(),
  review: z.object({ cardId: z.string(), due: z.string() }).describe("When the question comes back for review"),
});
