import { describe, expect, it } from "vitest";
import { count } from "./plural.js";

describe("count", () => {
  it("says 1 topic, 0 topics and 2 topics, with a plural given where an s will not do", () => {
    expect(count(1, "topic")).toBe("1 topic");
    expect(count(0, "topic")).toBe("0 topics");
    expect(count(2, "quiz", "quizzes")).toBe("2 quizzes");
    expect(count(1200, "hour")).toBe("1,200 hours");
  });
});
