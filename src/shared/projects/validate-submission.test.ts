import { describe, expect, it } from "vitest";
import { SubmissionError, validateSubmission, type SubmissionSpec } from "./validate-submission.js";

const spec: SubmissionSpec = {
  idColumn: "id",
  valueColumn: "label",
  value: { type: "label", labels: ["no", "yes"], positive: "yes" },
};
const ids = ["a", "b", "c"];
const positionOf = new Map(ids.map((id, position) => [id, position]));
const validate = (text: string) => validateSubmission(text, spec, ids, positionOf);
const problem = (text: string) => {
  try {
    validate(text);
  } catch (error) {
    if (error instanceof SubmissionError) return { message: error.message, line: error.line, column: error.column };
    throw error;
  }
  throw new Error("expected a SubmissionError");
};

describe("validateSubmission", () => {
  it("reads the same values from plain, CRLF, old Mac, byte-order-marked and quoted files", () => {
    const expected = [0, 1, 0];
    for (const text of [
      "id,label\nb,yes\na,no\nc,no\n",
      "\uFEFFid,label\r\nb,yes\r\n\r\na,no\r\nc,no",
      "id,label\rb,yes\ra,no\rc,no\r",
      '"id","label"\n"b","yes"\na,"no"\n"c",no\n',
    ]) {
      expect([...validate(text).values], JSON.stringify(text)).toEqual(expected);
    }
  });

  it("names the line of a bad value after blank lines and a quoted field that spans lines", () => {
    expect(problem('id,label\na,"no"\n\nb,"y\nes"\nc,no\n')).toEqual({
      message:
        'Line 4, column label: "y\nes" is not one of the labels no, yes, or the probability (0 to 1) that the label is yes.',
      line: 4,
      column: "label",
    });
    expect(problem("id,label\na,no\n\nb,maybe\nc,no\n")).toMatchObject({ line: 4, column: "label" });
  });

  it("turns a malformed quote into a message naming its line", () => {
    expect(problem('id,label\na,no\nb,"yes\nc,no\n')).toEqual({
      message: 'line 3: a quoted field is never closed; add the closing ". Save the file as plain CSV.',
      line: 3,
      column: null,
    });
    expect(problem('id,label\na,"no"x\n')).toMatchObject({ message: /^line 2: unexpected text after a closing quote/, line: 2 });
  });
});
