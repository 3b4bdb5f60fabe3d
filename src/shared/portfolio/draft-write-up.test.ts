import { describe, expect, it } from "vitest";
import { draftWriteUp } from "./draft-write-up.js";
import type { ProjectFacts } from "./project-facts.js";

const facts = (overrides: Partial<ProjectFacts> = {}): ProjectFacts => ({
  projectId: "titanic",
  title: "Titanic survival",
  summary: "Predict who survived.",
  datasetTitle: "Passengers",
  trainRows: 1200,
  testRows: 300,
  metric: { label: "Accuracy", lowerIsBetter: false, format: "percent" },
  submissions: [],
  closed: false,
  rank: null,
  baseline: { name: "Majority class", publicScore: 0.75, privateScore: 0.74 },
  notes: [],
  model: null,
  code: [],
  workKind: "individual",
  collaborators: [],
  ...overrides,
});

const submission = (publicScore: number, privateScore: number | null, description: string | null = null) => ({
  createdAt: "2026-11-02T10:00:00.000Z",
  description,
  publicScore,
  privateScore,
});

describe("draftWriteUp", () => {
  it("claims no results, rank or baseline win before the first submission", () => {
    const markdown = draftWriteUp(facts());
    expect(markdown).toContain("No submission yet");
    expect(markdown).not.toMatch(/Beats the baseline|Rank \d|Best public score/);
    expect(markdown).toContain("1,200 training rows");
  });

  it("states a percent metric's win over the baseline in percentage points", () => {
    const markdown = draftWriteUp(facts({ submissions: [submission(0.7, 0.69), submission(0.8, 0.78, "Added age bands")] }));
    expect(markdown).toContain("| Best public score | 80% |");
    expect(markdown).toContain("Beats the baseline by 5 percentage points (80% against 75%, public test set).");
    expect(markdown).toContain("Added age bands (Accuracy 80%)");
  });

  it("keeps private scores hidden while the competition is open", () => {
    const markdown = draftWriteUp(facts({ submissions: [submission(0.8, 0.6)] }));
    expect(markdown).toContain("revealed when the competition closes");
    expect(markdown).not.toContain("60%");
    expect(markdown).not.toContain("74%");
  });

  it("once closed, compares the private score with the baseline's private score, even when it loses", () => {
    const markdown = draftWriteUp(facts({ closed: true, submissions: [submission(0.8, 0.7)], rank: { rank: 3, of: 9 } }));
    expect(markdown).toContain("| Private score | 70% |");
    expect(markdown).toContain("| Majority class (private) | 74% |");
    expect(markdown).toContain("Does not beat the baseline on the private test set (70% against 74%, private test set).");
    expect(markdown).toContain("Rank 3 of 9 on the private leaderboard.");
  });

  it("reports a lower-is-better win as a relative improvement", () => {
    const markdown = draftWriteUp(
      facts({
        metric: { label: "RMSE", lowerIsBetter: true, format: "number" },
        baseline: { name: "Mean", publicScore: 10, privateScore: null },
        submissions: [submission(12, null), submission(8, null)],
      }),
    );
    expect(markdown).toContain("Beats the baseline by 20% (8 against 10, public test set).");
  });

  it("credits collaborators with their links on team work", () => {
    const markdown = draftWriteUp(
      facts({
        workKind: "team",
        collaborators: [
          { name: "Ada", url: "https://github.com/ada" },
          { name: "Bo", url: null },
        ],
      }),
    );
    expect(markdown).toContain("_A team project with [Ada](https://github.com/ada), Bo._");
  });
});
