import { useEffect, useRef } from "react";
import "katex/dist/katex.min.css";
import "./LessonHtml.css";

/**
 * Wide formulas scroll sideways inside their own box; a box that scrolls must be reachable by
 * keyboard to be read, so those (and only those: others would be empty tab stops) get a tab stop
 * and a name. Checked again once KaTeX's fonts have loaded (they change a formula's width) and
 * when the window changes size, as when a phone turns.
 */
function focusWideFormulas(root: HTMLElement): void {
  const formulas = Array.from(root.querySelectorAll<HTMLElement>(".katex-display"));
  // Every width is read before anything is written, and only what changes is written: a read
  // after a write lays the page out again, once per formula (65 ms of a second visit's exercise
  // page on a 2-core machine, while Python was starting).
  const wide = formulas.map((formula) => formula.scrollWidth > formula.clientWidth + 1);
  formulas.forEach((formula, index) => {
    if (wide[index] === formula.hasAttribute("tabindex")) return;
    if (wide[index]) {
      formula.tabIndex = 0;
      formula.setAttribute("role", "region");
      formula.setAttribute("aria-label", "Formula (scrolls sideways)");
    } else {
      formula.removeAttribute("tabindex");
      formula.removeAttribute("role");
      formula.removeAttribute("aria-label");
    }
  });
}

/** Server-rendered curriculum HTML (lessons, instructions): trusted content with KaTeX math. */
export function LessonHtml({ html, label }: { html: string; label: string }) {
  const root = useRef<HTMLElement>(null);
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    let live = true;
    const check = () => {
      if (live) focusWideFormulas(element);
    };
    check();
    void document.fonts.ready.then(check);
    window.addEventListener("resize", check);
    return () => {
      live = false;
      window.removeEventListener("resize", check);
    };
  }, [html]);
  return <section ref={root} className="lesson" aria-label={label} dangerouslySetInnerHTML={{ __html: html }} />;
}
