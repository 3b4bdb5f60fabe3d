import { z } from "zod";
import { UserRoleSchema } from "./accounts.js";

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
      target: z.string().nullable().describe("Whose account, null once deleted"),
      details: z.record(z.string(), z.unknown()),
    }),
  ),
});
