import type { MeResponse } from "../../shared/api/index.js";

/**
 * Multi-user mode with nobody signed in: a visitor, reading an area an administrator opened (the
 * sign-in gate lets them no further). Pages leave out what needs an account: progress, notes, quizzes.
 */
export const isVisitor = (me: MeResponse | undefined): boolean => me?.mode === "multi" && me.user === null;
