import { describe, expect, it } from "vitest";
import { columnLabel } from "./column-label.js";

describe("columnLabel", () => {
  it("adds the unit in brackets to a bare name", () => {
    expect(columnLabel("temp_max", "°C")).toBe("temp_max (°C)");
  });

  it("does not double a unit the name already carries, in any case", () => {
    expect(columnLabel("Beak Length (mm)", "mm")).toBe("Beak Length (mm)");
    expect(columnLabel("Body Mass (G)", "g")).toBe("Body Mass (G)");
  });

  it("still adds a unit that only appears as a word, not in brackets", () => {
    expect(columnLabel("stars given", "stars")).toBe("stars given (stars)");
  });

  it("leaves a name without a unit alone", () => {
    expect(columnLabel("Species", null)).toBe("Species");
  });
});
