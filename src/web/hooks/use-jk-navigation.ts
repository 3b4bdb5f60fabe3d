import { useEffect } from "react";

/**
 * J and K move focus to the next and previous `[data-nav-item]` link on the page, like in mail
 * and news readers. Ignored while typing in a field or with a modifier key held.
 */
export function useJkNavigation(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key !== "j" && key !== "k") return;
      const target = event.target as HTMLElement | null;
      if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
      const items = [...document.querySelectorAll<HTMLElement>("[data-nav-item]")];
      if (items.length === 0) return;
      const current = items.indexOf(document.activeElement as HTMLElement);
      const next = key === "j" ? Math.min(current + 1, items.length - 1) : Math.max(current - 1, 0);
      items[current === -1 ? 0 : next]?.focus();
      event.preventDefault();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
}
