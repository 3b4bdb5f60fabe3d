import type { QueryClient } from "@tanstack/react-query";
import { pythonSettingsQuery } from "../api/queries.js";
import { browserPython } from "./browser-python.js";

/**
 * Starts loading the browser's Python as soon as the router knows an exercise page is coming,
 * instead of after its code, its exercise and the Python settings have arrived one after the
 * other (about a second on a second visit, when Python itself restores in half that).
 * The page's own `useBrowserPython` finds it started (start is idempotent).
 */
export async function startPythonEarly(queryClient: QueryClient): Promise<void> {
  const settings = await queryClient.fetchQuery(pythonSettingsQuery);
  await browserPython.start(settings);
}
