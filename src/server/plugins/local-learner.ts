import fp from "fastify-plugin";
import { LOCAL_LEARNER_ID } from "../../core/db/users.repository.js";
import type { Learner } from "../fastify-types.js";

/** Local mode's one learner owns the whole instance. */
const LOCAL_LEARNER: Learner = { id: LOCAL_LEARNER_ID, role: "admin" };

/**
 * Local mode has one learner and no login: every request acts as the built-in local learner.
 * Routes read `request.learner` only, so multi-user sign-in can replace this plugin alone.
 */
export const localLearnerPlugin = fp(
  async (app) => {
    app.decorateRequest("learner", { getter: () => LOCAL_LEARNER });
  },
  { name: "local-learner", dependencies: ["database"] },
);
