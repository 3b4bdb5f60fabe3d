const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

// Building a formatter costs far more than using one, and a VTIMEZONE for a long plan asks for
// thousands of offsets: one formatter per zone, kept for the process's life (zones are few).
const formatters = new Map<string, Intl.DateTimeFormat>();

function offsetFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The UTC offset of `timeZone` at an instant, in minutes east of UTC. */
export function offsetMinutes(instant: number, timeZone: string): number {
  const name =
    offsetFormatter(timeZone)
      .formatToParts(instant)
      .find((part) => part.type === "timeZoneName")?.value ?? "GMT";
  const match = /^GMT([+-])(\d{2}):(\d{2})$/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === "-" ? -minutes : minutes;
}

export interface OffsetTransition {
  /** The instant the new offset starts (ms since the epoch). */
  readonly at: number;
  readonly from: number;
  readonly to: number;
}

/**
 * Every change of `timeZone`'s UTC offset between two instants, found by stepping a day at a time
 * (zones change at most a few times a year) and narrowing each change down to the minute.
 */
export function offsetTransitions(timeZone: string, from: number, to: number): OffsetTransition[] {
  const transitions: OffsetTransition[] = [];
  let previous = offsetMinutes(from, timeZone);
  for (let day = from + DAY_MS; day <= to + DAY_MS; day += DAY_MS) {
    const current = offsetMinutes(day, timeZone);
    if (current === previous) continue;
    let low = day - DAY_MS;
    let high = day;
    while (high - low > MINUTE_MS) {
      const middle = low + Math.floor((high - low) / 2 / MINUTE_MS) * MINUTE_MS;
      if (offsetMinutes(middle, timeZone) === previous) low = middle;
      else high = middle;
    }
    transitions.push({ at: high, from: previous, to: current });
    previous = current;
  }
  return transitions;
}
