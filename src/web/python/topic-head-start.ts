import type { MeResponse, TopicResponse } from "../../shared/api/index.js";
import { isVisitor } from "../api/visitor.js";

/**
 * Whether a topic starts Python, as its route (early) and its page (to take the worker) decide
 * alike: a topic with exercises is likely followed by running code, so Python gets a head start;
 * a visitor runs none.
 */
export const topicStartsPython = (topic: TopicResponse | undefined, me: MeResponse | undefined): boolean =>
  !isVisitor(me) && (topic?.exercises.length ?? 0) > 0;
