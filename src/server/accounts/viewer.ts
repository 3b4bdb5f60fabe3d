import type { FastifyRequest } from "fastify";
import type { Learner } from "../fastify-types.js";

/**
 * Who reads a route of a public area: the signed-in learner, or null for a visitor (multi-user
 * mode, nobody signed in, the area opened by an administrator). Only such routes may see null;
 * every other route is behind the sign-in guard and reads `request.learner` directly.
 */
export const viewerOf = (request: FastifyRequest): Learner | null => (request.learner as Learner | null) ?? null;
