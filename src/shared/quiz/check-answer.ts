import type { QuizQuestion } from "../content/curriculum.js";

/** What a learner answers: choice indexes (single/multiple) or a number (numeric). */
export interface QuizAnswer {
  readonly choices?: readonly number[] | undefined;
  readonly value?: number | undefined;
}

export type AnswerCheck = { ok: true; correct: boolean } | { ok: false; problem: string };

/**
 * Checks that an answer has the question's shape, then whether it is right: a single choice is
 * one index, a multiple choice is exactly the set of correct indexes (order and duplicates do not
 * matter), a number is right within the question's absolute tolerance.
 */
export function checkAnswer(question: QuizQuestion, answer: QuizAnswer): AnswerCheck {
  if (question.type === "numeric") {
    if (answer.value === undefined || !Number.isFinite(answer.value))
      return { ok: false, problem: "this question needs a number in `value`" };
    return { ok: true, correct: Math.abs(answer.value - question.answer) <= question.tolerance + 1e-12 };
  }
  const picked = answer.choices;
  if (!picked || picked.length === 0) return { ok: false, problem: "this question needs at least one choice index in `choices`" };
  const outOfRange = picked.find((index) => !Number.isInteger(index) || index < 0 || index >= question.choices.length);
  if (outOfRange !== undefined)
    return { ok: false, problem: `choice ${outOfRange} does not exist; choices are 0 to ${question.choices.length - 1}` };
  const chosen = new Set(picked);
  if (question.type === "single" && chosen.size !== 1)
    return { ok: false, problem: "a single-choice question takes exactly one choice" };
  const correct = question.choices.every((choice, index) => choice.correct === chosen.has(index));
  return { ok: true, correct };
}
