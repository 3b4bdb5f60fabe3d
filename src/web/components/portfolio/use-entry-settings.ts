import { useRef, useState } from "react";
import type { PortfolioEntry } from "../../../shared/api/index.js";
import type { EntryChanges, useUpdateEntry } from "../../api/portfolio-queries.js";

type Settings = Omit<EntryChanges, "markdown">;

/**
 * A write-up's settings (featured, work kind, quoted code) as the learner just set them. A checkbox
 * shows its new state in the same render as the click, not after the cache's optimistic update
 * (which first awaits cancelling refetches): otherwise it flips back for a moment, and a quick
 * second click acts on the old state. Once every change has settled the server's values show
 * again, so a refused change rolls back.
 */
export function useEntrySettings(entry: PortfolioEntry, update: ReturnType<typeof useUpdateEntry>) {
  const [chosen, setChosen] = useState<Settings>({});
  const inFlight = useRef(0);
  /** Saves the changes; `onSaved` gets the write-up as the server now holds it. */
  const change = (changes: Settings, onSaved?: (saved: PortfolioEntry) => void) => {
    setChosen((current) => ({ ...current, ...changes }));
    inFlight.current += 1;
    // The mutation shows its own error; here only the settling matters.
    update
      .mutateAsync(changes)
      .then(onSaved, () => undefined)
      .finally(() => {
        inFlight.current -= 1;
        if (inFlight.current === 0) setChosen({});
      });
  };
  return { shown: { ...entry, ...chosen }, change };
}
