import { useEffect, useRef } from "react";
import { useElementWidth } from "../hooks/use-element-width.js";
import "./Chart.css";

/**
 * Mounts a chart made by Observable Plot (or any function returning an element) at the width its box
 * has on the page, and draws it again when `make` or that width changes: a chart drawn wider and
 * scaled down to fit would shrink its 12 px text below a readable size.
 * Colours come from the design tokens through `currentColor`.
 */
export function Chart({ make, label }: { make: (width: number) => Element; label: string }) {
  const host = useRef<HTMLElement>(null);
  const width = useElementWidth(host);
  useEffect(() => {
    if (width === 0) return;
    const element = make(width);
    // The figure carries the chart's name (role="img"); Plot's own inner labels would be read as clutter.
    element.setAttribute("aria-hidden", "true");
    host.current?.replaceChildren(element);
    return () => element.remove();
  }, [make, width]);
  return <figure className="chart" role="img" aria-label={label} ref={host} />;
}
