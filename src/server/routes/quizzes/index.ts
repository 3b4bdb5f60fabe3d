import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { ErrorResponseSchema } from "../../../shared/api/common.js";
import { AnswerBodySchema, AnswerResponseSchema, QuizParamsSchema, QuizResponseSchema } from "../../../shared/api/quizzes.js";
import { checkAnswer } from "../../../shared/quiz/check-answer.js";
import { insertQuizAnswer, latestQuizAnswers } from "../../../core/db/quiz-answers.repository.js";
import { enqueueForReview } from "../../../core/services/review-queue.js";

const noQuiz = (topicId: string) => ({
  statusCode: 404,
  error: "Not Found",
  message: `There is no quiz for topic "${topicId}".`,
});

export default async function quizRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    "/api/quizzes/:topicId",
    {
      schema: {
        summary: "A topic's quiz questions, without their answers, and the learner's last result on each",
        tags: ["quizzes"],
        params: QuizParamsSchema,
        response: { 200: QuizResponseSchema, 404: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      const quiz = app.curriculum.quizzesByTopic.get(request.params.topicId);
      if (!quiz) return reply.code(404).send(noQuiz(request.params.topicId));
      const last = await latestQuizAnswers(app.db, request.learner.id, quiz.topicId);
      return {
        topicId: quiz.topicId,
        questions: quiz.questions.map((question) => ({
          id: question.id,
          type: question.type,
          promptHtml: question.promptHtml,
          // Listed explicitly: the `correct` flags must not reach the learner before they answer.
          choices: question.type === "numeric" ? null : question.choices.map((choice, index) => ({ index, html: choice.html })),
          unit: question.type === "numeric" ? question.unit : null,
          lastAnswer: last.get(question.id) ?? null,
        })),
      };
    },
  );

  app.post(
    "/api/quizzes/:topicId/answers",
    {
      schema: {
        summary: "Answer a question: returns whether it was right, the explanation, and adds it to the review queue",
        tags: ["quizzes"],
        params: QuizParamsSchema,
        body: AnswerBodySchema,
        response: { 200: AnswerResponseSchema, 400: ErrorResponseSchema, 404: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      const quiz = app.curriculum.quizzesByTopic.get(request.params.topicId);
      if (!quiz) return reply.code(404).send(noQuiz(request.params.topicId));
      const question = quiz.questions.find((item) => item.id === request.body.questionId);
      if (!question) {
        return reply.code(404).send({
          statusCode: 404,
          error: "Not Found",
          message: `The quiz of "${quiz.topicId}" has no question "${request.body.questionId}".`,
        });
      }
      const check = checkAnswer(question, request.body);
      if (!check.ok) return reply.code(400).send({ statusCode: 400, error: "Bad Request", message: `body: ${check.problem}` });
      const now = new Date();
      const userId = request.learner.id;
      const scheduled = await app.db.transaction().execute(async (trx) => {
        await insertQuizAnswer(trx, {
          userId,
          topicId: quiz.topicId,
          questionId: question.id,
          answer: request.body,
          correct: check.correct,
          createdAt: now.toISOString(),
        });
        return enqueueForReview(trx, {
          userId,
          itemType: "question",
          itemId: `${quiz.topicId}/${question.id}`,
          rating: check.correct ? "good" : "again",
          now,
        });
      });
      return {
        correct: check.correct,
        explanationHtml: question.explanationHtml,
        correctChoices:
          question.type === "numeric" ? null : question.choices.flatMap((choice, index) => (choice.correct ? [index] : [])),
        answer: question.type === "numeric" ? question.answer : null,
        tolerance: question.type === "numeric" ? question.tolerance : null,
        review: { cardId: scheduled.cardId, due: scheduled.due },
      };
    },
  );
}
