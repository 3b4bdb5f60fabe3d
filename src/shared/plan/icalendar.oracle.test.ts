import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { planToICalendar } from "./icalendar.js";
import { offsetMinutes } from "./time-zone-offsets.js";
import type { PlanSettings } from "./plan-settings.js";
import { schedulePlan } from "./schedule-plan.js";

// Debian's python3-icalendar is the oracle: it reads our file as a calendar app would, resolving
// each study block's local time through the VTIMEZONE we wrote, and we compare with the real zone.
const PYTHON = process.env.STEPWISE_PYTHON ?? "python3";

interface ReadEvent {
  readonly uid: string;
  readonly summary: string;
  readonly start: string;
  /** UTC offset of the start in minutes, as the file's VTIMEZONE gives it; null for all-day events. */
  readonly offset: number | null;
}

function readEvents(ics: string): ReadEvent[] {
  const script = `
import json, sys, icalendar
calendar = icalendar.Calendar.from_ical(sys.stdin.read())
out = []
for event in calendar.walk("VEVENT"):
    start = event.decoded("DTSTART")
    offset = start.utcoffset() if hasattr(start, "utcoffset") and start.utcoffset() is not None else None
    out.append({"uid": str(event.get("UID")), "summary": str(event.get("SUMMARY")), "start": start.isoformat(),
                "offset": None if offset is None else int(offset.total_seconds() // 60)})
print(json.dumps(out))`;
  const result = spawnSync(PYTHON, ["-c", script], { input: ics, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`python3-icalendar refused the file: ${result.stderr}`);
  return JSON.parse(result.stdout) as ReadEvent[];
}

/** The zone's real offset at a local wall-clock time (away from a change), from the runtime's zone data. */
function realOffset(timeZone: string, localDateTime: string): number {
  const guess = Date.parse(`${localDateTime}Z`);
  return offsetMinutes(guess - offsetMinutes(guess, timeZone) * 60_000, timeZone);
}

const topics = [
  { id: "python", title: "Python; basics, \\ and grüße", hours: 30 },
  { id: "stats", title: "Statistics, probability", hours: 40 },
];

describe("planToICalendar read by python3-icalendar", () => {
  // Zones with a spring change (Berlin, New York), an autumn one in the southern hemisphere (Sydney)
  // and none at all with a half-hour offset (Kolkata), over plans that cross their changes.
  const cases: [string, string][] = [
    ["Europe/Berlin", "2027-03-01"],
    ["America/New_York", "2027-02-22"],
    ["Australia/Sydney", "2027-03-08"],
    ["Asia/Kolkata", "2027-03-01"],
  ];
  for (const [timeZone, startDate] of cases) {
    it(`puts every study block at 18:30 ${timeZone} with the zone's real offset that day`, () => {
      const settings: PlanSettings = {
        hoursPerWeek: 5,
        studyDays: [2, 4, 6],
        startTime: "18:30",
        timeZone,
        startDate,
        targetDate: null,
      };
      const schedule = schedulePlan(settings, topics);
      const ics = planToICalendar(schedule, {
        timeZone,
        startTime: "18:30",
        uidSeed: "u1",
        now: new Date("2027-02-01T00:00:00Z"),
        lastModified: new Date("2027-01-31T12:00:00Z"),
      });
      // Renamed, the zone is one python cannot look up in its own database: the offsets it finds come
      // from our VTIMEZONE alone.
      const events = readEvents(ics.replaceAll(timeZone, "Stepwise/Plan-Zone"));
      expect(events).toHaveLength(schedule.blocks.length + schedule.deadlines.length);
      const study = events.filter((event) => event.uid.startsWith("study-"));
      expect(study.map((event) => event.start.slice(0, 19))).toEqual(schedule.blocks.map((block) => `${block.date}T18:30:00`));
      expect(study.map((event) => event.offset)).toEqual(
        schedule.blocks.map((block) => realOffset(timeZone, `${block.date}T18:30:00`)),
      );
      // The plan crosses a change wherever the zone has one: the offsets really differ.
      expect(new Set(study.map((event) => event.offset)).size).toBe(timeZone === "Asia/Kolkata" ? 1 : 2);
      expect(study[0]?.summary).toBe("Study: Python; basics, \\ and grüße");
      const deadlines = events.filter((event) => event.uid.startsWith("deadline-"));
      expect(deadlines.map((event) => [event.start, event.offset])).toEqual(
        schedule.deadlines.map((deadline) => [deadline.date, null]),
      );
    });
  }
});
