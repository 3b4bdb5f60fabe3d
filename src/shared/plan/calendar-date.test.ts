import { describe, expect, it } from "vitest";
import { addDays, addMonths, dayInZone, daysBetween, isCalendarDate, isoWeekday, weekStart } from "./calendar-date.js";

describe("calendar dates", () => {
  it("accepts only real days written YYYY-MM-DD", () => {
    expect(isCalendarDate("2028-02-29")).toBe(true);
    expect(isCalendarDate("2027-02-29")).toBe(false);
    expect(isCalendarDate("2027-13-01")).toBe(false);
    expect(isCalendarDate("27-01-01")).toBe(false);
    expect(isCalendarDate("2027-1-1")).toBe(false);
  });

  it("counts days across month, year and DST boundaries without drifting", () => {
    expect(addDays("2027-12-31", 1)).toBe("2028-01-01");
    expect(addDays("2027-03-28", 1)).toBe("2027-03-29");
    expect(addDays("2027-03-01", -1)).toBe("2027-02-28");
    expect(daysBetween("2027-01-01", "2028-01-01")).toBe(365);
    expect(daysBetween("2028-01-01", "2029-01-01")).toBe(366);
  });

  it("numbers weekdays 1 (Monday) to 7 (Sunday) and finds the Monday of a week", () => {
    expect(isoWeekday("2027-01-04")).toBe(1);
    expect(isoWeekday("2027-01-10")).toBe(7);
    expect(weekStart("2027-01-10")).toBe("2027-01-04");
    expect(weekStart("2027-01-04")).toBe("2027-01-04");
  });

  it("adds calendar months, ending on the last day of a shorter month", () => {
    expect(addMonths("2027-01-15", 12)).toBe("2028-01-15");
    expect(addMonths("2027-01-31", 1)).toBe("2027-02-28");
    expect(addMonths("2028-02-29", 12)).toBe("2029-02-28");
  });

  it("gives the day an instant falls on in the learner's time zone", () => {
    const lateUtc = new Date("2027-05-10T23:30:00Z");
    expect(dayInZone(lateUtc, "UTC")).toBe("2027-05-10");
    expect(dayInZone(lateUtc, "Europe/Berlin")).toBe("2027-05-11");
    expect(dayInZone(lateUtc, "America/Los_Angeles")).toBe("2027-05-10");
    expect(dayInZone(new Date("2027-05-10T02:00:00Z"), "America/Los_Angeles")).toBe("2027-05-09");
  });
});
