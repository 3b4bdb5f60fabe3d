import { describe, expect, it } from "vitest";
import { nextPage } from "./next-page.js";

describe("the page after signing in", () => {
  it("is the page the visitor came from", () => {
    expect(nextPage("?next=%2Fjoin%2Fabc")).toBe("/join/abc");
    expect(nextPage("?next=%2Fprojects%3Ftab%3Dboard")).toBe("/projects?tab=board");
  });

  it("is the roadmap for anything that would leave the site or loop", () => {
    for (const next of ["https://evil.example", "//evil.example/x", "/\\evil.example", "/sign-in", "/sign-up?next=/x", ""])
      expect(nextPage(`?next=${encodeURIComponent(next)}`)).toBe("/");
    expect(nextPage("")).toBe("/");
  });
});
