import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { ErrorResponseSchema } from "../../../shared/api/common.js";
import {
  GradeReviewBodySchema,
  GradeReviewParamsSchema,
  GradeReviewResponseSchema,
  ReviewQueueResponseSchema,
  ReviewSummaryResponseSchema,
} from "../../../shared/api/review.js";
import type { Curriculum } from "../../../shared/content/index.js";
import { countDueCards, dueCards } from "../../../core/db/review-cards.repository.js";
import type { ReviewCardRow } from "../../../core/db/review-cards.table.js";
import { gradeReview } from "../../../core/services/review-queue.js";

/** Shows a due card with what it points at; undefined when the content no longer has that item. */
function presentCard(curriculum: Curriculum, card: ReviewCardRow) {
  const base = { cardId: card.id, itemType: card.item_type, itemId: card.item_id, due: card.due };
  if (card.item_type === "exercise") {
    const exercise = curriculum.exercisesById.get(card.item_id);
    const topic = exercise && curriculum.topicsById.get(exercise.topicId);
    if (!exercise || !topic) return undefined;
    return { ...base, topic: { id: topic.id, title: topic.title }, title: exercise.title, question: null };
  }
  const [topicId = "", questionId = ""] = card.item_id.split("/");
  const topic = curriculum.topicsById.get(topicId);
  const question = curriculum.quizzesByTopic.get(topicId)?.questions.find((item) => item.id === questionId);
  if (!topic || !question) return undefined;
  return {
    ...base,
    topic: { id: topic.id, title: topic.title },
    title: topic.title,
    question: {
      type: question.type,
      promptHtml: question.promptHtml,
      choices:
        question.type === "numeric" ? null : question.choices.map((choice) => ({ html: choice.html, correct: choice.correct })),
      answer: question.type === "numeric" ? question.answer : null,
      unit: question.type === "numeric" ? question.unit : null,
      explanationHtml: question.explanationHtml,
    },
  };
}

export default async function reviewRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    "/api/review",
    {
      schema: {
        summary: "The learner's review queue: what is due now (up to 50), soonest first",
        tags: ["review"],
        response: { 200: ReviewQueueResponseSchema },
      },
    },
    async (request) => {
      const now = new Date().toISOString();
      const [cards, counts] = await Promise.all([
        dueCards(app.db, request.learner.id, now, 50),
        countDueCards(app.db, request.learner.id, now),
      ]);
      return {
        due: cards.flatMap((card) => presentCard(app.curriculum, card) ?? []),
        dueCount: counts.due,
        total: counts.total,
        nextDue: counts.nextDue,
      };
    },
  );

  app.get(
    "/api/review/summary",
    {
      schema: {
        summary: "How many review items are due (for the header)",
        tags: ["review"],
        response: { 200: ReviewSummaryResponseSchema },
      },
    },
    async (request) => {
      const counts = await countDueCards(app.db, request.learner.id, new Date().toISOString());
      return { dueCount: counts.due, total: counts.total, nextDue: counts.nextDue };
    },
  );

  app.post(
    "/api/review/:cardId",
    {
      schema: {
        summary: "Grade how well the learner recalled a due item; FSRS schedules the next review",
        tags: ["review"],
        params: GradeReviewParamsSchema,
        body: GradeReviewBodySchema,
        response: { 200: GradeReviewResponseSchema, 400: ErrorResponseSchema, 404: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      const scheduled = await gradeReview(app.db, {
        userId: request.learner.id,
        cardId: request.params.cardId,
        rating: request.body.rating,
        now: new Date(),
      });
      if (!scheduled)
        return reply
          .code(404)
          .send({ statusCode: 404, error: "Not Found", message: `There is no review card "${request.params.cardId}".` });
      return scheduled;
    },
  );
}
