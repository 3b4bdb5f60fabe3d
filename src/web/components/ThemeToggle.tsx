import { useEffect, useState } from "react";
import { applyThemePreference, followSystemTheme, readThemePreference, type ThemePreference } from "../theme.js";

const NEXT: Record<ThemePreference, ThemePreference> = { system: "dark", dark: "light", light: "system" };
const LABEL: Record<ThemePreference, string> = { system: "Theme: system", dark: "Theme: dark", light: "Theme: light" };
const ICON: Record<ThemePreference, string> = { system: "◑", dark: "☾", light: "☀" };

/** Cycles system → dark → light; "system" follows the operating system. */
export function ThemeToggle() {
  const [preference, setPreference] = useState<ThemePreference>(readThemePreference);
  useEffect(() => followSystemTheme(() => preference), [preference]);
  return (
    <button
      type="button"
      className="button button--ghost"
      title={`${LABEL[preference]} (click to change)`}
      onClick={() => {
        const next = NEXT[preference];
        applyThemePreference(next);
        setPreference(next);
      }}
    >
      <span aria-hidden="true">{ICON[preference]}</span> <span className="theme-toggle__label">{LABEL[preference]}</span>
    </button>
  );
}
