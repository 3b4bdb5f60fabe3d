import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AnswerResponse, QuizResponse, ReviewQueueResponse } from "../../../shared/api/index.js";
import type { QuizQuestion } from "../../../shared/content/index.js";
import { testCurriculum } from "../../../core/test-support/test-curriculum.js";
import { DIALECTS, startTestServer, type TestServer } from "../../test-support/test-dialects.js";

const quizOf = (topicId: string) => {
  const quiz = testCurriculum().quizzesByTopic.get(topicId);
  if (!quiz) throw new Error(`test setup: no quiz for ${topicId}`);
  return quiz;
};
type ChoiceQuestion = Extract<QuizQuestion, { type: "single" | "multiple" }>;
type NumericQuestion = Extract<QuizQuestion, { type: "numeric" }>;
function firstOfType(type: "single" | "multiple"): { topicId: string; question: ChoiceQuestion };
function firstOfType(type: "numeric"): { topicId: string; question: NumericQuestion };
function firstOfType(type: QuizQuestion["type"]): { topicId: string; question: QuizQuestion } {
  for (const quiz of testCurriculum().quizzesByTopic.values()) {
    const question = quiz.questions.find((item) => item.type === type);
    if (question) return { topicId: quiz.topicId, question };
  }
  throw new Error(`test setup: no ${type} question anywhere`);
}
const correctIndexes = (question: ChoiceQuestion) => question.choices.flatMap((choice, index) => (choice.correct ? [index] : []));

describe.each(DIALECTS)("quizzes and the review queue on %s", (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(() => server.destroy());

  const answer = (topicId: string, payload: object) =>
    server.app.inject({ method: "POST", url: `/api/quizzes/${topicId}/answers`, payload });
  const review = async () => (await server.app.inject({ method: "GET", url: "/api/review" })).json<ReviewQueueResponse>();

  it("has a quiz of at least 5 questions for every topic", () => {
    for (const topicId of testCurriculum().topicsById.keys()) {
      expect(testCurriculum().quizzesByTopic.get(topicId)?.questions.length ?? 0, topicId).toBeGreaterThanOrEqual(5);
    }
  });

  it("serves a quiz without revealing which choices are correct", async () => {
    const response = await server.app.inject({ method: "GET", url: "/api/quizzes/linear-algebra" });
    expect(response.statusCode).toBe(200);
    const quiz = response.json<QuizResponse>();
    expect(quiz.questions.length).toBe(quizOf("linear-algebra").questions.length);
    expect(response.body).not.toMatch(/"correct"/);
    expect(response.body).not.toMatch(/explanation/);
  });

  it("marks a right single-choice answer correct, explains it, records it and queues it for review later", async () => {
    const { topicId, question } = firstOfType("single");
    const [right] = correctIndexes(question);
    const response = await answer(topicId, { questionId: question.id, choices: [right] });
    expect(response.statusCode).toBe(200);
    const body = response.json<AnswerResponse>();
    expect(body).toMatchObject({ correct: true, correctChoices: [right] });
    expect(body.explanationHtml.length).toBeGreaterThan(20);
    expect(new Date(body.review.due).getTime()).toBeGreaterThan(Date.now());
    const quiz = (await server.app.inject({ method: "GET", url: `/api/quizzes/${topicId}` })).json<QuizResponse>();
    expect(quiz.questions.find((item) => item.id === question.id)?.lastAnswer?.correct).toBe(true);
    const summary = (await server.app.inject({ method: "GET", url: "/api/review/summary" })).json();
    expect(summary).toMatchObject({ total: 1, dueCount: 0 });
  });

  it("needs exactly the right set for a multiple-choice question", async () => {
    const { topicId, question } = firstOfType("multiple");
    const right = correctIndexes(question);
    const wrongExtra = question.choices.findIndex((choice) => !choice.correct);
    expect(
      (await answer(topicId, { questionId: question.id, choices: [...right, wrongExtra] })).json<AnswerResponse>().correct,
    ).toBe(false);
    expect(
      (await answer(topicId, { questionId: question.id, choices: [...right].reverse() })).json<AnswerResponse>().correct,
    ).toBe(true);
  });

  it("accepts a number within the tolerance and refuses one outside it", async () => {
    const { topicId, question } = firstOfType("numeric");
    const near = (
      await answer(topicId, { questionId: question.id, value: question.answer + question.tolerance / 2 })
    ).json<AnswerResponse>();
    expect(near).toMatchObject({ correct: true, answer: question.answer });
    const far = (
      await answer(topicId, { questionId: question.id, value: question.answer + question.tolerance * 2 + 1 })
    ).json<AnswerResponse>();
    expect(far.correct).toBe(false);
  });

  it("puts a wrongly answered question in the queue due within minutes", async () => {
    const other = quizOf("calculus").questions.find((item) => item.type === "single");
    if (!other || other.type !== "single") throw new Error("test setup: calculus has no single-choice question");
    const body = (
      await answer("calculus", { questionId: other.id, choices: [other.choices.findIndex((choice) => !choice.correct)] })
    ).json<AnswerResponse>();
    expect(body.correct).toBe(false);
    // FSRS schedules "again" on a new card minutes ahead, "good" days ahead.
    expect(new Date(body.review.due).getTime() - Date.now()).toBeLessThan(15 * 60_000);
  });

  it("grades a due card with FSRS: good pushes it days ahead, and the card leaves the due list", async () => {
    const calculus = quizOf("calculus").questions.find((item) => item.type === "single");
    if (!calculus || calculus.type !== "single") throw new Error("test setup");
    // Make the card due by answering wrong, then pretend time passed by grading it directly.
    const queued = (
      await answer("calculus", { questionId: calculus.id, choices: [calculus.choices.findIndex((choice) => !choice.correct)] })
    ).json<AnswerResponse>();
    const graded = await server.app.inject({
      method: "POST",
      url: `/api/review/${queued.review.cardId}`,
      payload: { rating: "good" },
    });
    expect(graded.statusCode).toBe(200);
    const after = graded.json<{ due: string }>();
    expect(new Date(after.due).getTime()).toBeGreaterThan(new Date(queued.review.due).getTime());
    expect((await review()).due.map((item) => item.cardId)).not.toContain(queued.review.cardId);
  });

  it("lists due items with what to recall and the answer to check, and grading one takes it off the list", async () => {
    const question = quizOf("docker").questions.find((item) => item.type === "single");
    if (!question || question.type !== "single") throw new Error("test setup");
    const queued = (
      await answer("docker", { questionId: question.id, choices: [question.choices.findIndex((choice) => !choice.correct)] })
    ).json<AnswerResponse>();
    // Let time pass: everything in the queue falls due.
    await server.app.db.updateTable("review_cards").set({ due: "2000-01-01T00:00:00.000Z" }).execute();
    const queue = await review();
    expect(queue.dueCount).toBe(queue.total);
    const item = queue.due.find((entry) => entry.cardId === queued.review.cardId);
    expect(item).toMatchObject({ itemType: "question", itemId: `docker/${question.id}`, topic: { id: "docker" } });
    expect(item?.question?.promptHtml).toBe(question.promptHtml);
    expect(item?.question?.choices?.filter((choice) => choice.correct)).toHaveLength(1);
    const graded = await server.app.inject({
      method: "POST",
      url: `/api/review/${queued.review.cardId}`,
      payload: { rating: "easy" },
    });
    expect(graded.json<{ scheduledDays: number }>().scheduledDays).toBeGreaterThanOrEqual(1);
    const after = await review();
    expect(after.dueCount).toBe(queue.dueCount - 1);
    expect(after.due.map((entry) => entry.cardId)).not.toContain(queued.review.cardId);
  });

  it.each([
    [{ questionId: "nope", choices: [0] }, 404, /no question "nope"/],
    [{ choices: [0] }, 400, /questionId/],
    [{ questionId: "__SINGLE__", choices: [0, 1] }, 400, /exactly one choice/],
    [{ questionId: "__SINGLE__", choices: [99] }, 400, /choice 99 does not exist/],
    [{ questionId: "__SINGLE__", value: 3 }, 400, /choice index/],
  ])("refuses a bad answer %j with a clear message and records nothing", async (payload, status, message) => {
    const { topicId, question } = firstOfType("single");
    const body = {
      ...payload,
      ...("questionId" in payload && payload.questionId === "__SINGLE__" ? { questionId: question.id } : {}),
    };
    const before = (await server.app.inject({ method: "GET", url: "/api/review/summary" })).json<{ total: number }>().total;
    const response = await answer(topicId, body);
    expect(response.statusCode).toBe(status);
    expect(response.json().message).toMatch(message);
    expect((await server.app.inject({ method: "GET", url: "/api/review/summary" })).json<{ total: number }>().total).toBe(before);
  });

  it("refuses an unknown rating and an unknown card", async () => {
    const bad = await server.app.inject({ method: "POST", url: "/api/review/whatever", payload: { rating: "meh" } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/"again", "hard", "good", "easy"/);
    const missing = await server.app.inject({ method: "POST", url: "/api/review/whatever", payload: { rating: "good" } });
    expect(missing.statusCode).toBe(404);
  });

  it("queues a newly solved exercise for review", async () => {
    const before = (await server.app.inject({ method: "GET", url: "/api/review/summary" })).json<{ total: number }>().total;
    const result = {
      status: "pass",
      message: "ok",
      tests: [{ name: "t", status: "pass", message: null, output: "", durationMs: 1 }],
      output: "",
      durationMs: 1,
      runtime: "browser",
    };
    await server.app.inject({
      method: "POST",
      url: "/api/exercises/dot-product/attempts",
      payload: { runtime: "browser", code: "x", result },
    });
    await server.app.inject({
      method: "POST",
      url: "/api/exercises/dot-product/attempts",
      payload: { runtime: "browser", code: "x", result },
    });
    expect((await server.app.inject({ method: "GET", url: "/api/review/summary" })).json<{ total: number }>().total).toBe(
      before + 1,
    );
  });
});
