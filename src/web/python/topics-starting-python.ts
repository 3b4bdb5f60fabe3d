// The topics that started Python the last time this browser opened them. A later visit that opens
// on one of them starts Python at once, instead of ~0.1 s later when the topic and who is signed in
// have answered; the answers still decide, and a worker they do not want is stopped. Kept free of
// dependencies: the boot script reads it.
import { TOPICS_STARTING_PYTHON_KEY } from "../../shared/python/browser-loading.js";

/** Far more than the curriculum's topics; keeps a browser that saw many curricula from growing the list forever. */
const MOST_REMEMBERED = 500;

function remembered(): string[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(TOPICS_STARTING_PYTHON_KEY) ?? "[]");
    return Array.isArray(stored) ? stored.filter((id): id is string => typeof id === "string") : [];
  } catch {
    // Storage switched off, or a value garbled by hand: no head start, nothing else lost.
    return [];
  }
}

/** Whether `topicId` started Python the last time this browser opened it. */
export const startedPythonLastTime = (topicId: string): boolean => remembered().includes(topicId);

/** Remembers whether `topicId` starts Python, for the next visit that opens on it. */
export function rememberWhetherTopicStartsPython(topicId: string, starts: boolean): void {
  const others = remembered().filter((id) => id !== topicId);
  const next = starts ? [topicId, ...others].slice(0, MOST_REMEMBERED) : others;
  try {
    localStorage.setItem(TOPICS_STARTING_PYTHON_KEY, JSON.stringify(next));
  } catch {
    // Storage full or switched off: the next visit waits for the answers, as a first one does.
  }
}
