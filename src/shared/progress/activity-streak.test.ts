import { describe, expect, it } from "vitest";
import { summarizeActivity } from "./activity-streak.js";

describe("summarizeActivity", () => {
  it("keeps a streak alive through today until a whole day passes without activity", () => {
    const days = ["2027-05-08", "2027-05-09", "2027-05-10", "2027-05-10"];
    // Nothing yet on the 11th: the streak that ended yesterday still counts.
    expect(summarizeActivity(days, "2027-05-11", 30)).toMatchObject({ currentStreak: 3, longestStreak: 3, activeDays: 3 });
    expect(summarizeActivity([...days, "2027-05-11"], "2027-05-11", 30).currentStreak).toBe(4);
    // A day without anything (the 11th) breaks it on the 12th.
    expect(summarizeActivity(days, "2027-05-12", 30).currentStreak).toBe(0);
  });

  it("remembers the longest run even when the current one is shorter", () => {
    const days = ["2027-05-01", "2027-05-02", "2027-05-03", "2027-05-04", "2027-05-09", "2027-05-10"];
    expect(summarizeActivity(days, "2027-05-10", 30)).toMatchObject({ currentStreak: 2, longestStreak: 4, activeDays: 6 });
  });

  it("counts each day of the window, oldest first, and leaves out activity older than the window", () => {
    const summary = summarizeActivity(["2027-01-01", "2027-05-09", "2027-05-10", "2027-05-10", "2027-05-10"], "2027-05-10", 7);
    expect(summary.days).toEqual([
      { date: "2027-05-04", count: 0 },
      { date: "2027-05-05", count: 0 },
      { date: "2027-05-06", count: 0 },
      { date: "2027-05-07", count: 0 },
      { date: "2027-05-08", count: 0 },
      { date: "2027-05-09", count: 1 },
      { date: "2027-05-10", count: 3 },
    ]);
    expect(summary.activeDays).toBe(2);
  });

  it("has no streak and an empty heatmap for a learner who has done nothing", () => {
    const summary = summarizeActivity([], "2027-05-10", 365);
    expect(summary).toMatchObject({ currentStreak: 0, longestStreak: 0, activeDays: 0 });
    expect(summary.days).toHaveLength(365);
    expect(summary.days[0]?.date).toBe("2026-05-11");
  });
});
