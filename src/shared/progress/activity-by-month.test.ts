import { describe, expect, it } from "vitest";
import { activityByMonth } from "./activity-by-month.js";

describe("activityByMonth", () => {
  it("sums active days and activities per calendar month, oldest first, keeping months without any", () => {
    expect(
      activityByMonth([
        { date: "2027-04-29", count: 2 },
        { date: "2027-04-30", count: 0 },
        { date: "2027-05-01", count: 0 },
        { date: "2027-05-02", count: 1 },
        { date: "2027-05-03", count: 4 },
        { date: "2027-06-01", count: 0 },
      ]),
    ).toEqual([
      { month: "2027-04", activeDays: 1, activities: 2 },
      { month: "2027-05", activeDays: 2, activities: 5 },
      { month: "2027-06", activeDays: 0, activities: 0 },
    ]);
    expect(activityByMonth([])).toEqual([]);
  });
});
