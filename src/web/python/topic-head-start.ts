import type { MeResponse, TopicResponse } from "../../shared/api/index.js";
import { isVisitor } from "../api/visitor.js";
import { rememberWhetherTopicStartsPython } from "./topics-starting-python.js";
import { startPythonEarly, stopEarlyPython } from "./worker-handle.js";

/**
 * Whether a topic starts Python, as its route (early) and its page (to take the worker) decide
 * alike: a topic with exercises is likely followed by running code, so Python gets a head start;
 * a visitor runs none.
 */
export const topicStartsPython = (topic: TopicResponse | undefined, me: MeResponse | undefined): boolean =>
  !isVisitor(me) && (topic?.exercises.length ?? 0) > 0;

/**
 * Starts the worker once the topic and who is signed in have answered, if the topic starts
 * Python, and stops one started on a guess if it does not: from the boot script on a visit that
 * opens on a topic, from the topic's route on later navigations. Remembers the answer for the next
 * visit. A failure is left to the page, which asks again and says what went wrong.
 */
export function startPythonForTopic(topic: Promise<TopicResponse>, me: Promise<MeResponse>): void {
  Promise.all([topic, me]).then(
    ([answeredTopic, answeredMe]) => {
      const starts = topicStartsPython(answeredTopic, answeredMe);
      rememberWhetherTopicStartsPython(answeredTopic.id, starts);
      if (starts) startPythonEarly();
      else stopEarlyPython();
    },
    () => undefined,
  );
}
