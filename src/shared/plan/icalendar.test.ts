import { describe, expect, it } from "vitest";
import { planToICalendar } from "./icalendar.js";
import type { PlanSettings } from "./plan-settings.js";
import { schedulePlan } from "./schedule-plan.js";

const settings = (overrides: Partial<PlanSettings> = {}): PlanSettings => ({
  hoursPerWeek: 6,
  studyDays: [1, 3, 5],
  startTime: "19:00",
  timeZone: "Europe/Berlin",
  startDate: "2027-03-22",
  targetDate: null,
  ...overrides,
});
const topics = [
  { id: "pandas", title: 'Pandas; joins, "merge" \\ and grüße — naïve café señor', hours: 3 },
  { id: "numpy", title: "NumPy", hours: 4 },
];
const calendarFor = (planSettings: PlanSettings, now = new Date("2027-03-20T10:00:00Z")) =>
  planToICalendar(schedulePlan(planSettings, topics), {
    timeZone: planSettings.timeZone,
    startTime: planSettings.startTime,
    uidSeed: "learner-1",
    now,
    lastModified: new Date("2027-03-19T08:15:30.250Z"),
  });
/** RFC 5545 §3.1: a CRLF followed by a space joins two physical lines. */
const unfold = (ics: string) => ics.replaceAll("\r\n ", "").split("\r\n");

describe("planToICalendar", () => {
  it("ends every line with CRLF and folds lines at 75 octets without splitting a character", () => {
    const ics = calendarFor(settings());
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
    const physical = ics.split("\r\n").slice(0, -1);
    const encoder = new TextEncoder();
    const decoder = new TextDecoder("utf-8", { fatal: true });
    for (const line of physical) {
      const bytes = encoder.encode(line);
      expect(bytes.length).toBeLessThanOrEqual(75);
      // Decoding fails loudly if a fold cut a multi-byte character in two.
      expect(decoder.decode(bytes)).toBe(line);
    }
    // The long summary really was folded, and unfolding gives it back whole.
    expect(physical.some((line) => line.startsWith(" "))).toBe(true);
    expect(unfold(ics)).toContain('SUMMARY:Study: Pandas\\; joins\\, "merge" \\\\ and grüße — naïve café señor');
  });

  it("escapes newlines in descriptions and names each topic's hours", () => {
    const description = unfold(calendarFor(settings())).find((line) => line.startsWith("DESCRIPTION:"));
    // The first Monday's 2 h all go to the first topic; the Wednesday holds its last hour and one of NumPy.
    expect(description).toBe('DESCRIPTION:Pandas\\; joins\\, "merge" \\\\ and grüße — naïve café señor: 2 h');
    const wednesday = unfold(calendarFor(settings())).filter((line) => line.startsWith("DESCRIPTION:"))[1];
    expect(wednesday).toMatch(/: 1 h\\nNumPy: 1 h$/);
  });

  it("keeps UIDs stable across downloads so a subscribed calendar updates events in place", () => {
    const uids = (ics: string) => unfold(ics).filter((line) => line.startsWith("UID:"));
    const first = uids(calendarFor(settings()));
    const later = uids(calendarFor(settings(), new Date("2027-04-01T08:00:00Z")));
    expect(later).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
    // Four study blocks (Mon, Wed, Fri, Mon) and two deadlines.
    expect(first).toHaveLength(6);
    // Every event says when the plan last changed, so an app that sees the same UID knows to update it.
    expect(unfold(calendarFor(settings())).filter((line) => line === "LAST-MODIFIED:20270319T081530Z")).toHaveLength(6);
  });

  it("writes the Berlin DST change of 28 March 2027 into the VTIMEZONE at 02:00 local time", () => {
    const lines = unfold(calendarFor(settings()));
    const zone = lines.slice(lines.indexOf("BEGIN:VTIMEZONE"), lines.indexOf("END:VTIMEZONE") + 1);
    expect(zone).toContain("TZID:Europe/Berlin");
    expect(zone.join("\n")).toContain(
      ["BEGIN:DAYLIGHT", "DTSTART:20270328T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "END:DAYLIGHT"].join("\n"),
    );
    expect(lines).toContain("DTSTART;TZID=Europe/Berlin:20270322T190000");
    expect(lines).toContain("DTEND;TZID=Europe/Berlin:20270322T210000");
  });

  it("carries a late session past midnight into the next day", () => {
    const lines = unfold(calendarFor(settings({ startTime: "23:30", timeZone: "Asia/Kolkata" })));
    expect(lines).toContain("DTSTART;TZID=Asia/Kolkata:20270322T233000");
    expect(lines).toContain("DTEND;TZID=Asia/Kolkata:20270323T013000");
    // A zone without DST still gets one observance with its half-hour offset.
    expect(lines).toContain("TZOFFSETTO:+0530");
  });

  it("marks each topic deadline as an all-day event on its last study day", () => {
    const lines = unfold(calendarFor(settings()));
    const numpy = lines.indexOf("UID:deadline-numpy-learner-1@stepwise");
    // NumPy's 4 h end on the second Monday (the 29th).
    expect(lines.slice(numpy, numpy + 6)).toEqual(
      expect.arrayContaining(["DTSTART;VALUE=DATE:20270329", "DTEND;VALUE=DATE:20270330", "SUMMARY:Deadline: NumPy"]),
    );
  });
});
