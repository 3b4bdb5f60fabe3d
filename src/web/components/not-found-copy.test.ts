import { describe, expect, it } from "vitest";
import { notFoundCopy } from "./not-found-copy.js";

describe("what a page says when its thing does not exist", () => {
  it("names the missing project and links to the projects", () => {
    expect(notFoundCopy("/projects/unknown")).toEqual({
      title: "Not found",
      message: "There is no project called “unknown”. It may have been mistyped or renamed.",
      link: { to: "/projects", label: "See the projects" },
    });
  });

  it("links each kind to where its siblings are listed", () => {
    expect(notFoundCopy("/models/churn").link.to).toBe("/models");
    expect(notFoundCopy("/datasets/iris").link.to).toBe("/datasets");
    expect(notFoundCopy("/topics/x").link.to).toBe("/");
    expect(notFoundCopy("/exercises/x").message).toMatch(/^There is no exercise called “x”/);
    expect(notFoundCopy("/stages/x/").message).toMatch(/^There is no stage called “x”/);
  });

  it("shows the id as the learner typed it, decoded, and survives a malformed escape", () => {
    expect(notFoundCopy("/topics/linear%20algebra").message).toContain("“linear algebra”");
    expect(notFoundCopy("/topics/%E0%A4%A").message).toContain("“%E0%A4%A”");
  });

  it("says plainly that nothing is there for any other address, never an API route", () => {
    const copy = notFoundCopy("/somewhere/else");
    expect(copy.title).toBe("Page not found");
    expect(copy.message).toMatch(/^There is no page at this address/);
    expect(copy.link.to).toBe("/");
    expect(copy.message).not.toMatch(/api/i);
  });
});
