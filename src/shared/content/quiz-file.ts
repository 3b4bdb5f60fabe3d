import { z } from "zod";
import { SlugSchema } from "./slug.js";

const ChoiceSchema = z.strictObject({ text: z.string().trim().min(1), correct: z.boolean() });
const common = { id: SlugSchema, prompt: z.string().trim().min(1), explanation: z.string().trim().min(1) };

export const QuizQuestionSchema = z.discriminatedUnion("type", [
  z.strictObject({ ...common, type: z.literal("single"), choices: z.array(ChoiceSchema).min(2).max(6) }),
  z.strictObject({ ...common, type: z.literal("multiple"), choices: z.array(ChoiceSchema).min(2).max(6) }),
  z.strictObject({
    ...common,
    type: z.literal("numeric"),
    answer: z.number().finite(),
    tolerance: z.number().min(0),
    unit: z.string().optional(),
  }),
]);

/** `content/stages/NN-<stage>/quizzes/<topic>.yaml`: questions that check a topic is understood. */
export const QuizFileSchema = z
  .strictObject({ topic: SlugSchema, questions: z.array(QuizQuestionSchema).min(5, "a topic's quiz needs at least 5 questions") })
  .superRefine((quiz, context) => {
    const seen = new Set<string>();
    quiz.questions.forEach((question, index) => {
      const path = ["questions", index];
      if (seen.has(question.id)) context.addIssue({ code: "custom", path: [...path, "id"], message: `"${question.id}" is used twice in this quiz` });
      seen.add(question.id);
      if (question.type === "numeric") return;
      const texts = question.choices.map((choice) => choice.text);
      if (new Set(texts).size !== texts.length) context.addIssue({ code: "custom", path: [...path, "choices"], message: "two choices have the same text" });
      const correct = question.choices.filter((choice) => choice.correct).length;
      if (question.type === "single" && correct !== 1) {
        context.addIssue({ code: "custom", path: [...path, "choices"], message: `a single-choice question needs exactly 1 correct choice, not ${correct}` });
      }
      if (question.type === "multiple" && (correct === 0 || correct === question.choices.length)) {
        context.addIssue({ code: "custom", path: [...path, "choices"], message: "a multiple-choice question needs at least one correct and one wrong choice" });
      }
    });
  });

export type QuizFile = z.infer<typeof QuizFileSchema>;
export type QuizQuestionFile = z.infer<typeof QuizQuestionSchema>;
