import { z } from "zod";
import { PUBLIC_AREA_IDS, type PublicArea } from "../public-areas.js";

export const PublicAreaIdSchema = z.enum(PUBLIC_AREA_IDS as [PublicArea, ...PublicArea[]], {
  error: `an area is one of: ${PUBLIC_AREA_IDS.join(", ")}`,
});

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
  publicAreas: z
    .array(PublicAreaIdSchema)
    .describe("Multi-user mode: what visitors may read without signing in (an administrator opens each area)"),
  signInProviders: z
    .array(z.object({ id: z.string(), name: z.string() }))
    .describe("Besides email and password: POST /api/auth/sign-in/social {provider: id, callbackURL} starts signing in with one"),
});
