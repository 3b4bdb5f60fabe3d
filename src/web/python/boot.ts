// The built page's first script (its own entry, see vite.config.ts), and the app entry's first
// import for `npm run dev`. A visit that opens on an exercise page starts the Python worker before
// React, the router and the rest of the app have been fetched and run. One that opens on a topic
// asks at once for the topic and for who is signed in, and starts the worker if the topic starts
// Python (topicStartsPython); the app's route takes those two answers instead of asking again. A
// topic that started Python the last time this browser opened it starts the worker at once, before
// the answers, which still decide (topics-starting-python.ts).
// Later navigations start Python from the routes' loaders (main.tsx).
import type { MeResponse, TopicResponse } from "../../shared/api/index.js";
import { requestEarly } from "../api/early-requests.js";
import { apiPaths } from "../api/paths.js";
import { startPythonForTopic } from "./topic-head-start.js";
import { startedPythonLastTime } from "./topics-starting-python.js";
import { startPythonEarly } from "./worker-handle.js";

async function readJson<T>(path: string): Promise<T> {
  const response = await requestEarly(path);
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return (await response.json()) as T;
}

/** The topic a `/topics/<id>` address names, or null for any other page (or a garbled one). */
function topicIdOf(path: string): string | null {
  const match = /^\/topics\/([^/]+)\/?$/.exec(path);
  try {
    return match?.[1] ? decodeURIComponent(match[1]) : null;
  } catch {
    return null;
  }
}

const path = window.location.pathname;
const topicId = topicIdOf(path);
if (path.startsWith("/exercises/")) startPythonEarly();
else if (topicId !== null) {
  if (startedPythonLastTime(topicId)) startPythonEarly();
  startPythonForTopic(readJson<TopicResponse>(apiPaths.topic(topicId)), readJson<MeResponse>(apiPaths.me));
}
