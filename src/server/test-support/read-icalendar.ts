import { spawnSync } from "node:child_process";

const PYTHON = process.env.STEPWISE_PYTHON ?? "python3";

/** Reads an iCalendar file with the `icalendar` package (Debian's python3-icalendar), as calendar apps would. */
export function readWithIcalendar(ics: string): {
  events: number;
  first: { start: string; end: string; tz: string; summary: string };
  deadlines: number;
} {
  const script = `
import json, sys, icalendar
calendar = icalendar.Calendar.from_ical(sys.stdin.read())
events = list(calendar.walk("VEVENT"))
study = [e for e in events if str(e.get("UID")).startswith("study-")]
first = study[0]
print(json.dumps({
  "events": len(events),
  "deadlines": len(events) - len(study),
  "first": {"start": first.decoded("DTSTART").isoformat(), "end": first.decoded("DTEND").isoformat(),
            "tz": str(first.decoded("DTSTART").tzinfo), "summary": str(first.get("SUMMARY"))},
}))`;
  const result = spawnSync(PYTHON, ["-c", script], { input: ics, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`python3-icalendar refused the file: ${result.stderr}`);
  return JSON.parse(result.stdout) as ReturnType<typeof readWithIcalendar>;
}
