/** The learner's theme choice; "system" follows the operating system's light/dark setting. */
export type ThemePreference = "system" | "light" | "dark";

const STORAGE_KEY = "stepwise-theme";
const darkQuery = () => window.matchMedia("(prefers-color-scheme: dark)");

export function readThemePreference(): ThemePreference {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    return saved === "light" || saved === "dark" ? saved : "system";
  } catch {
    return "system";
  }
}

/** Applies the preference to `<html data-theme>` and remembers it. */
export function applyThemePreference(preference: ThemePreference): void {
  const dark = preference === "dark" || (preference === "system" && darkQuery().matches);
  document.documentElement.dataset.theme = dark ? "dark" : "light";
  try {
    if (preference === "system") localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, preference);
  } catch {
    // Private browsing may refuse storage; the theme still applies for this visit.
  }
}

/** Re-applies "system" when the operating system switches; returns the unsubscribe function. */
export function followSystemTheme(getPreference: () => ThemePreference): () => void {
  const query = darkQuery();
  const onChange = () => {
    if (getPreference() === "system") applyThemePreference("system");
  };
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}
