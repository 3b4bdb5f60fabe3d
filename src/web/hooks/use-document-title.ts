import { useEffect } from "react";

/** Sets the tab title, so history, bookmarks and screen readers name the page. */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · Stepwise` : "Stepwise";
  }, [title]);
}
