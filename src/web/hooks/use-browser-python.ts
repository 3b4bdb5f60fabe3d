import { useEffect, useSyncExternalStore } from "react";
import { usePythonSettings } from "../api/queries.js";
import { browserPython, type PythonState } from "../python/browser-python.js";

/** Starts loading the browser's Python in the background and follows its state. */
export function useBrowserPython(enabled = true): PythonState {
  const settings = usePythonSettings();
  useEffect(() => {
    if (enabled && settings.data) browserPython.start(settings.data).catch(() => undefined);
  }, [enabled, settings.data]);
  return useSyncExternalStore(browserPython.subscribe, browserPython.getState);
}
