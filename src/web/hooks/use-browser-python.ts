import { useEffect, useSyncExternalStore } from "react";
import { browserPython, type PythonState } from "../python/browser-python.js";

/** Starts loading the browser's Python in the background and follows its state. */
export function useBrowserPython(enabled = true): PythonState {
  useEffect(() => {
    if (enabled) browserPython.start().catch(() => undefined);
  }, [enabled]);
  return useSyncExternalStore(browserPython.subscribe, browserPython.getState);
}
