import { z } from "zod";
import { PublicAreaIdSchema, UserRoleSchema } from "./accounts.js";

export const AccountSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  role: UserRoleSchema,
  disabled: z.boolean().describe("A disabled account cannot sign in; disabling ends its sessions"),
  emailVerified: z.boolean(),
  createdAt: z.string(),
});

export const AccountListResponseSchema = z.object({ accounts: z.array(AccountSchema) });

export const ChangeAccountBodySchema = z
  .strictObject({
    role: UserRoleSchema.optional(),
    disabled: z.boolean().optional(),
  })
  .refine((body) => body.role !== undefined || body.disabled !== undefined, "say what to change: role, disabled, or both");

export const UserIdParamsSchema = z.object({ userId: z.string().min(1).max(200) });

export const AuditLogResponseSchema = z.object({
  entries: z.array(
    z.object({
      at: z.string(),
      actor: z.string().describe("Who did it, as they were named then"),
      action: z.string().describe("user.role, user.disabled, user.enabled, …"),
      target: z
        .string()
        .nullable()
        .describe("Whose account; null when the action concerns none (a public area) or the account is deleted"),
      details: z.record(z.string(), z.unknown()),
    }),
  ),
});

export const InviteAccountBodySchema = z.strictObject({
  email: z.email("give the address to invite, e.g. ana@example.org").max(254),
  role: UserRoleSchema.default("learner").describe("The role the account gets when the invitation is accepted"),
  days: z.number().int().min(1, "an invitation lasts 1 to 30 days").max(30, "an invitation lasts 1 to 30 days").default(7),
});

export const AccountInviteSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: UserRoleSchema,
  invitedBy: z.string().nullable(),
  createdAt: z.string(),
  expiresAt: z.string(),
});

export const CreatedAccountInviteSchema = AccountInviteSchema.extend({
  url: z.string().describe("The link that was mailed; shown once, only a hash is kept"),
});

export const AccountInviteListResponseSchema = z.object({ invites: z.array(AccountInviteSchema) });
export const InviteIdParamsSchema = z.object({ inviteId: z.string().min(1).max(200) });
export const AcceptInviteBodySchema = z.strictObject({ token: z.string().min(1).max(200) });
export const AcceptInviteResponseSchema = z.object({ role: UserRoleSchema.describe("Your role now") });

export const PublicAreaSchema = z.object({
  area: PublicAreaIdSchema,
  title: z.string(),
  opens: z.string().describe("What visitors who are not signed in may read while the area is open"),
  open: z.boolean(),
  openedBy: z.string().nullable(),
  openedAt: z.string().nullable(),
});
export const PublicAreaListResponseSchema = z.object({ areas: z.array(PublicAreaSchema) });
export const PublicAreaParamsSchema = z.object({
  area: PublicAreaIdSchema,
});
export const SetPublicAreaBodySchema = z.strictObject({
  open: z.boolean({ error: "say open: true to let visitors read this area without signing in, or open: false to close it" }),
});

export const GradingWorkerSchema = z.object({
  name: z
    .string()
    .describe('"app" (an app instance working on the queue), "worker" (stepwise worker), or "this Stepwise" on SQLite'),
  host: z.string(),
  pid: z.number().int(),
  startedAt: z.string(),
  lastSeenAt: z.string(),
  live: z.boolean().describe("Heard from lately and not stopped"),
  concurrency: z.number().int().nullable().describe("Jobs it grades at once; null until it has reported since it started"),
});

export const GradingStatusResponseSchema = z.object({
  enabled: z
    .boolean()
    .describe(
      "Attempts are verified by grading workers (multi-user mode with STEPWISE_SANDBOX=on); otherwise results count at once",
    ),
  backend: z.enum(["postgres", "in-process"]).nullable(),
  waiting: z.number().int().describe("Attempts still verifying"),
  oldestWaitSeconds: z.number().int().nullable(),
  verifiedLastHour: z.number().int(),
  unverifiable: z.number().int().describe("Attempts given up after every try failed because of the host (dead letters)"),
  givenUp: z.array(
    z.object({
      attemptId: z.string(),
      exerciseId: z.string(),
      learnerName: z.string(),
      createdAt: z.string(),
      givenUpAt: z.string().nullable(),
    }),
  ),
  workers: z.array(GradingWorkerSchema),
});

export const RetryGradingResponseSchema = z.object({ queued: z.number().int().describe("Given-up attempts queued again") });
