import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { testCurriculum } from "../test-support/test-curriculum.js";
import { exerciseDataFiles } from "./exercise-data-files.js";

describe("exercise data files", () => {
  const { datasets } = testCurriculum();
  const dataset = (id: string) => {
    const found = datasets.find((item) => item.id === id);
    if (!found?.localPath) throw new Error(`the catalog has no shipped ${id}`);
    return found;
  };

  it("gives a CSV dataset byte for byte as shipped, named <id>.csv", () => {
    const [file] = exerciseDataFiles({ id: "x", datasets: ["seattle-weather"] }, datasets);
    expect(file?.name).toBe("seattle-weather.csv");
    expect(file?.text).toBe(readFileSync(dataset("seattle-weather").localPath as string, "utf8"));
  });

  it("gives a JSON dataset as <id>.json and keeps the order the exercise lists", () => {
    const files = exerciseDataFiles({ id: "x", datasets: ["penguins", "sp500"] }, datasets);
    expect(files.map((file) => file.name)).toEqual(["penguins.json", "sp500.csv"]);
    expect(JSON.parse(files[0]?.text ?? "")).toHaveLength(
      JSON.parse(readFileSync(dataset("penguins").localPath as string, "utf8")).length,
    );
  });

  it("lays the digits out like the digit project's train.csv: a label and 784 pixels in 0–255", () => {
    const [file] = exerciseDataFiles({ id: "x", datasets: ["mnist-digits"] }, datasets);
    const lines = (file?.text ?? "").trimEnd().split("\n");
    expect(file?.name).toBe("mnist-digits.csv");
    expect(lines[0]?.split(",")).toEqual(["label", ...Array.from({ length: 784 }, (_, k) => `pixel${k}`)]);
    expect(lines).toHaveLength(10_001);
    const first = (lines[1] ?? "").split(",").map(Number);
    expect(first).toHaveLength(785);
    expect(first.slice(1).every((pixel) => Number.isInteger(pixel) && pixel >= 0 && pixel <= 255)).toBe(true);
    expect(Math.max(...first.slice(1))).toBeGreaterThan(200); // ink, not intensities left in 0–1
  });

  it("names an exercise that reads a dataset missing from the catalog", () => {
    expect(() => exerciseDataFiles({ id: "lost", datasets: ["no-such-data"] }, datasets)).toThrow(
      /lost reads dataset no-such-data/,
    );
  });
});
