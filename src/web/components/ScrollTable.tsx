import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import "./ScrollTable.css";

type Name = { readonly label: string; readonly labelledBy?: never } | { readonly labelledBy: string; readonly label?: never };

interface Edges {
  /** Columns are hidden beyond the left edge. */
  readonly left: boolean;
  /** Columns are hidden beyond the right edge. */
  readonly right: boolean;
}

/**
 * A table that scrolls sideways when it is wider than its column (on phones), instead of cutting off
 * its right-hand columns: a shadow marks each edge that hides columns and a hint above says so.
 * While it scrolls it is a Tab stop, so keyboard users scroll it with the arrow keys.
 */
export function ScrollTable({ children, ...name }: Name & { readonly children: ReactNode }) {
  const scroller = useRef<HTMLDivElement>(null);
  const [edges, setEdges] = useState<Edges>({ left: false, right: false });
  const measure = useCallback(() => {
    const element = scroller.current;
    if (!element) return;
    // A pixel of slack: zoomed layouts leave fractions between scrollWidth and clientWidth.
    const hidden = element.scrollWidth - element.clientWidth;
    const left = element.scrollLeft > 1;
    const right = hidden - element.scrollLeft > 1;
    setEdges((old) => (old.left === left && old.right === right ? old : { left, right }));
  }, []);
  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    // The box changes with the window; the table inside changes as its rows arrive.
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, [measure]);
  const scrolls = edges.left || edges.right;
  const frame = [
    "scroll-table__frame",
    edges.left ? "scroll-table__frame--more-left" : "",
    edges.right ? "scroll-table__frame--more-right" : "",
  ];
  return (
    <div className="scroll-table">
      {scrolls ? (
        // Screen readers read every column anyway; the hint is for eyes.
        <p className="scroll-table__hint" aria-hidden="true">
          Scroll sideways for more columns →
        </p>
      ) : null}
      <div className={frame.filter(Boolean).join(" ")}>
        <div
          ref={scroller}
          className="table-scroll"
          role="region"
          aria-label={name.label}
          aria-labelledby={name.labelledBy}
          tabIndex={scrolls ? 0 : undefined}
          onScroll={measure}
        >
          {children}
        </div>
      </div>
    </div>
  );
}
