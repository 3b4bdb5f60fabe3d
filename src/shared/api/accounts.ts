import { z } from "zod";

export const UserRoleSchema = z.enum(["learner", "instructor", "admin"]);

/** Who the browser is signed in as, and whether this Stepwise has accounts at all. */
export const MeResponseSchema = z.object({
  mode: z.enum(["local", "multi"]).describe("local: one learner, no sign-in; multi: accounts"),
  user: z
    .object({
      id: z.string(),
      name: z.string(),
      email: z.string().nullable(),
      role: UserRoleSchema,
    })
    .nullable()
    .describe("null when nobody is signed in (multi-user mode only)"),
  /** Multi-user mode on an instance without accounts yet: the first to sign up runs it. */
  firstAccountIsAdmin: z.boolean(),
  signInProviders: z
    .array(z.object({ id: z.string(), name: z.string() }))
    .describe("Besides email and password: POST /api/auth/sign-in/social {provider: id, callbackURL} starts signing in with one"),
});
