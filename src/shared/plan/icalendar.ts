import { addDays } from "./calendar-date.js";
import type { Schedule } from "./schedule-plan.js";
import { offsetMinutes, offsetTransitions } from "./time-zone-offsets.js";

export interface CalendarOptions {
  readonly timeZone: string;
  /** Local start time of every study block, HH:MM. */
  readonly startTime: string;
  /** Makes UIDs unique per learner, and stable across re-plans so calendar apps update events in place. */
  readonly uidSeed: string;
  readonly now: Date;
  /** When the plan was last saved: calendar apps compare it to know an event changed after a re-plan. */
  readonly lastModified: Date;
}

const CRLF = "\r\n";

/**
 * The schedule as an iCalendar file (RFC 5545): one event per study block at the learner's time in
 * their time zone (with a VTIMEZONE built from the zone's real offsets over the plan's span), and an
 * all-day event per topic deadline.
 */
export function planToICalendar(schedule: Schedule, options: CalendarOptions): string {
  const stamp = utcStamp(options.now);
  const modified = `LAST-MODIFIED:${utcStamp(options.lastModified)}`;
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Stepwise//Study plan//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "X-WR-CALNAME:Stepwise study plan",
    `X-WR-TIMEZONE:${options.timeZone}`,
    // RFC 7986: subscribers re-read the feed twice a day, so a re-plan reaches them.
    "REFRESH-INTERVAL;VALUE=DURATION:PT12H",
  ];
  const first = schedule.blocks[0];
  const last = schedule.blocks.at(-1);
  if (first && last) lines.push(...timeZoneComponent(options.timeZone, first.date, last.date));
  for (const block of schedule.blocks) {
    const start = localDateTime(block.date, options.startTime, 0);
    const end = localDateTime(block.date, options.startTime, Math.round(block.hours * 60));
    lines.push(
      "BEGIN:VEVENT",
      `UID:study-${block.date}-${options.uidSeed}@stepwise`,
      `DTSTAMP:${stamp}`,
      modified,
      `DTSTART;TZID=${options.timeZone}:${start}`,
      `DTEND;TZID=${options.timeZone}:${end}`,
      `SUMMARY:${escapeText(`Study: ${block.topics.map((topic) => topic.title).join(", ")}`)}`,
      `DESCRIPTION:${escapeText(block.topics.map((topic) => `${topic.title}: ${topic.hours} h`).join("\n"))}`,
      "CATEGORIES:Study",
      "END:VEVENT",
    );
  }
  for (const deadline of schedule.deadlines) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:deadline-${deadline.topicId}-${options.uidSeed}@stepwise`,
      `DTSTAMP:${stamp}`,
      modified,
      `DTSTART;VALUE=DATE:${compactDate(deadline.date)}`,
      `DTEND;VALUE=DATE:${compactDate(addDays(deadline.date, 1))}`,
      `SUMMARY:${escapeText(`Deadline: ${deadline.title}`)}`,
      "TRANSP:TRANSPARENT",
      "CATEGORIES:Deadline",
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** VTIMEZONE for the plan's span: the offset in force at its start, then each change. */
function timeZoneComponent(timeZone: string, firstDate: string, lastDate: string): string[] {
  const from = Date.parse(`${addDays(firstDate, -1)}T00:00:00Z`);
  const to = Date.parse(`${addDays(lastDate, 2)}T00:00:00Z`);
  const initial = offsetMinutes(from, timeZone);
  const transitions = offsetTransitions(timeZone, from, to);
  const offsets = [initial, ...transitions.map((transition) => transition.to)];
  const standard = Math.min(...offsets);
  const observance = (at: number, fromOffset: number, toOffset: number) => {
    const kind = toOffset > standard ? "DAYLIGHT" : "STANDARD";
    // DTSTART is the local time of the change, on the clock that was in force before it.
    const local = new Date(at + fromOffset * 60_000).toISOString();
    return [
      `BEGIN:${kind}`,
      `DTSTART:${local.slice(0, 10).replaceAll("-", "")}T${local.slice(11, 19).replaceAll(":", "")}`,
      `TZOFFSETFROM:${formatOffset(fromOffset)}`,
      `TZOFFSETTO:${formatOffset(toOffset)}`,
      `END:${kind}`,
    ];
  };
  return [
    "BEGIN:VTIMEZONE",
    `TZID:${timeZone}`,
    ...observance(from, initial, initial),
    ...transitions.flatMap((transition) => observance(transition.at, transition.from, transition.to)),
    "END:VTIMEZONE",
  ];
}

/** `YYYYMMDDTHHMMSS` for a wall-clock time `minutesLater` after `time` on `date` (rolling into the next day). */
function localDateTime(date: string, time: string, minutesLater: number): string {
  const [hours, minutes] = time.split(":").map(Number) as [number, number];
  const total = hours * 60 + minutes + minutesLater;
  const day = addDays(date, Math.floor(total / 1440));
  const inDay = total % 1440;
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${compactDate(day)}T${pad(Math.floor(inDay / 60))}${pad(inDay % 60)}00`;
}

const compactDate = (date: string) => date.replaceAll("-", "");

function utcStamp(now: Date): string {
  return `${now.toISOString().slice(0, 19).replaceAll("-", "").replaceAll(":", "")}Z`;
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const absolute = Math.abs(minutes);
  return `${sign}${String(Math.floor(absolute / 60)).padStart(2, "0")}${String(absolute % 60).padStart(2, "0")}`;
}

/** RFC 5545 §3.3.11: backslash, semicolon, comma and newline are escaped in TEXT values. */
function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (character) => `\\${character}`).replace(/\r?\n/g, "\\n");
}

/** Octets a code point takes in UTF-8. */
const utf8Length = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/** RFC 5545 §3.1: lines longer than 75 octets continue on the next line after a space, never inside a character. */
function foldLine(line: string): string {
  // Most lines are short ASCII: nothing to count.
  if (line.length <= 75 && /^[\x20-\x7e]*$/.test(line)) return line;
  const pieces: string[] = [];
  let current = "";
  let size = 0;
  for (const character of line) {
    const bytes = utf8Length(character.codePointAt(0) ?? 0);
    const limit = pieces.length === 0 ? 75 : 74;
    if (size + bytes > limit) {
      pieces.push(current);
      current = "";
      size = 0;
    }
    current += character;
    size += bytes;
  }
  pieces.push(current);
  return pieces.join(`${CRLF} `);
}
