import { useEffect, useRef } from "react";
import "./Chart.css";

/**
 * Mounts a chart made by Observable Plot (or any function returning an element) and replaces it
 * when `make` changes. Colours come from the design tokens through `currentColor`.
 */
export function Chart({ make, label }: { make: () => Element; label: string }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = make();
    // The figure carries the chart's name (role="img"); Plot's own inner labels would be read as clutter.
    element.setAttribute("aria-hidden", "true");
    host.current?.replaceChildren(element);
    return () => element.remove();
  }, [make]);
  return <figure className="chart" role="img" aria-label={label} ref={host} />;
}
