import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { learnerActivity } from "../../../core/services/learner-activity.js";
import { planCalendar, planTimeZone, presentPlan, replan, savedStartDate, savePlan } from "../../../core/services/study-plan.js";
import { ErrorResponseSchema } from "../../../shared/api/common.js";
import { ActivityQuerySchema, ActivityResponseSchema, PlanResponseSchema } from "../../../shared/api/plan.js";
import { dayInZone } from "../../../shared/plan/calendar-date.js";
import { isKnownTimeZone, PlanSettingsSchema } from "../../../shared/plan/plan-settings.js";

const NO_PLAN = {
  statusCode: 404,
  error: "Not Found",
  message:
    "You have no study plan yet. Make one on /plan, or PUT /api/plan with your hours per week, study days, time and time zone.",
};
const badRequest = (message: string) => ({ statusCode: 400, error: "Bad Request", message });

export default async function planRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    "/api/plan",
    {
      schema: {
        summary: "Your study plan: finish date and an honest verdict, status today, this week's goals, weeks and deadlines",
        tags: ["plan"],
        response: { 200: PlanResponseSchema, 404: ErrorResponseSchema },
      },
    },
    async (request, reply) =>
      (await presentPlan(app.db, app.curriculum, request.learner.id, new Date())) ?? reply.code(404).send(NO_PLAN),
  );

  app.put(
    "/api/plan",
    {
      schema: {
        summary: "Make or change your study plan; the topics still to study are laid out from the start date",
        tags: ["plan"],
        body: PlanSettingsSchema,
        response: { 200: PlanResponseSchema, 400: ErrorResponseSchema, 404: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      const settings = request.body;
      const now = new Date();
      const today = dayInZone(now, settings.timeZone);
      // A plan already under way keeps its start date; a new start must not be in the past.
      if (settings.startDate < today && settings.startDate !== (await savedStartDate(app.db, request.learner.id))) {
        return reply
          .code(400)
          .send(badRequest(`body.startDate: ${settings.startDate} is in the past; start today (${today}) or later`));
      }
      if (settings.targetDate !== null && settings.targetDate <= today) {
        return reply
          .code(400)
          .send(badRequest(`body.targetDate: ${settings.targetDate} is not in the future; pick a day after today (${today})`));
      }
      await savePlan(app.db, app.curriculum, request.learner.id, settings, now);
      return (await presentPlan(app.db, app.curriculum, request.learner.id, now)) ?? reply.code(404).send(NO_PLAN);
    },
  );

  app.post(
    "/api/plan/replan",
    {
      schema: {
        summary: "Start the plan again from today with the topics still to study, keeping your settings",
        tags: ["plan"],
        body: z.strictObject({}),
        response: { 200: PlanResponseSchema, 404: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      const now = new Date();
      if (!(await replan(app.db, app.curriculum, request.learner.id, now))) return reply.code(404).send(NO_PLAN);
      return (await presentPlan(app.db, app.curriculum, request.learner.id, now)) ?? reply.code(404).send(NO_PLAN);
    },
  );

  app.get(
    "/api/plan/calendar.ics",
    {
      schema: {
        summary: "Your plan as an iCalendar (RFC 5545) feed: study blocks at your time in your time zone, and topic deadlines",
        tags: ["plan"],
        response: { 200: z.string().describe("text/calendar"), 404: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      const calendar = await planCalendar(app.db, request.learner.id, new Date());
      if (calendar === undefined) return reply.code(404).send(NO_PLAN);
      return reply
        .header("content-type", "text/calendar; charset=utf-8")
        .header("content-disposition", 'attachment; filename="stepwise-plan.ics"')
        .header("cache-control", "no-cache")
        .send(calendar);
    },
  );

  app.get(
    "/api/activity",
    {
      schema: {
        summary: "Days with real activity (graded runs, quiz answers, submissions) over the last year, and your streaks",
        tags: ["plan"],
        querystring: ActivityQuerySchema,
        response: { 200: ActivityResponseSchema, 400: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      const asked = request.query.timeZone;
      if (asked !== undefined && !isKnownTimeZone(asked)) {
        return reply
          .code(400)
          .send(badRequest(`querystring.timeZone: "${asked}" is not a time zone; use an IANA name such as Europe/Berlin`));
      }
      const timeZone = asked ?? (await planTimeZone(app.db, request.learner.id)) ?? "UTC";
      return { timeZone, ...(await learnerActivity(app.db, request.learner.id, timeZone, new Date())) };
    },
  );
}
