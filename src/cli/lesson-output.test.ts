import { describe, expect, it } from "vitest";
import { outputDifference, shownOutput } from "./lesson-output.js";

describe("the output a lesson shows", () => {
  it("reads # -> lines, inline or on their own, in order, without the notes after two spaces and #", () => {
    const code = 'print(1)  # -> 1\nprint("a b")\n# -> a b  # a note\n# -> 63.93  # divides by n - 1\n';
    expect(shownOutput(code).map((line) => line.text)).toEqual(["1", "a b", "63.93"]);
  });

  it("reads output that runs over several lines from the comments indented under it", () => {
    const code = "print(m)\n# -> [[3. 3.]\n#     [3. 3.]]\n# a comment, not output\nx = 1\n#     not output either\n";
    expect(shownOutput(code).map((line) => line.text)).toEqual(["[[3. 3.]", "[3. 3.]]"]);
  });

  it("marks output shown with # ~> as varying between library versions", () => {
    expect(shownOutput("print(n)\nprint(clf.score(x, y))\n# -> 1347\n# ~> 0.982\n")).toEqual([
      { text: "1347", varies: false },
      { text: "0.982", varies: true },
    ]);
  });
});

/** Lines shown with # ->. */
const shown = (...lines: string[]) => lines.map((text) => ({ text, varies: false }));

describe("comparing printed output with what a lesson shows", () => {
  it("accepts the same output whatever the spacing and line breaks", () => {
    expect(outputDifference(shown("[[0. 0. 3. 3.]", " [0. 0. 3. 3.]]"), "[[0.  0.  3.  3.]\n [0. 0. 3. 3.]]\n")).toBeNull();
    expect(outputDifference(shown("{'a': 0,", "'b': 1}"), "{'a': 0, 'b': 1}\n")).toBeNull();
  });

  it("accepts a printed number that rounds to the one shown, and refuses one that does not", () => {
    expect(outputDifference(shown("accuracy: 0.98"), "accuracy: 0.9812\n")).toBeNull();
    expect(outputDifference(shown("accuracy: 0.982"), "accuracy: 0.987\n")).toBe(
      'the # -> lines show "accuracy: 0.982" but the code printed "accuracy: 0.987"',
    );
    expect(outputDifference(shown("1.5e-03"), "0.0015\n")).toBeNull();
  });

  it("names the first difference in the text", () => {
    expect(outputDifference(shown("most common mistake: 5 read as 9"), "most common mistake: 1 read as 8\n")).toMatch(
      /show "most common mistake: 5 read as 9" but the code printed "most common mistake: 1 read as 8"/,
    );
    expect(outputDifference(shown("object"), "str\n")).toBe('the # -> lines show "object" but the code printed "str"');
  });

  it("says when the code printed more or less than the lesson shows", () => {
    expect(outputDifference(shown("2"), "2\n3\n")).toMatch(/printed more than the # -> lines show: "2 3"/);
    expect(outputDifference(shown("2", "3"), "2\n")).toMatch(/show "2 3", which the code never printed/);
  });

  it("skips lines marked # ~> and compares the others line by line", () => {
    const lines = [
      { text: "feature shape: (1347, 144)", varies: false },
      { text: "accuracy: 0.982", varies: true },
    ];
    expect(outputDifference(lines, "feature shape: (1347, 144)\naccuracy: 0.987\n")).toBeNull();
    expect(outputDifference(lines, "feature shape: (1347, 64)\naccuracy: 0.987\n")).toMatch(/^line 1: .*\(1347, 64\)/);
    expect(outputDifference(lines, "feature shape: (1347, 144)\n")).toBe(
      "the code printed 1 lines and the # -> and # ~> lines show 2",
    );
  });
});
