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
      const parsed = validate(text);
      expect(parsed.kind === "rankings" ? null : [...parsed.values], JSON.stringify(text)).toEqual(expected);
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

describe("validateSubmission of rankings", () => {
  const rankingSpec: SubmissionSpec = {
    idColumn: "query_id",
    valueColumn: "doc_ids",
    value: { type: "ranking", corpus: "docs", max_items: 3 },
    documents: new Set(["d1", "d2", "d3", "d4"]),
  };
  const queries = ["q1", "q2"];
  const at = new Map(queries.map((id, position) => [id, position]));
  const rankingProblem = (text: string) => {
    try {
      validateSubmission(text, rankingSpec, queries, at);
    } catch (error) {
      if (error instanceof SubmissionError) return { message: error.message, line: error.line, column: error.column };
      throw error;
    }
    throw new Error("expected a SubmissionError");
  };

  it("reads space-separated doc ids in rank order, in the order of the query ids; an empty cell ranks nothing", () => {
    expect(validateSubmission("query_id,doc_ids\nq2,\nq1,d3  d1 d2\n", rankingSpec, queries, at)).toEqual({
      kind: "rankings",
      rankings: [["d3", "d1", "d2"], []],
    });
  });

  it("refuses more ids than are scored, an unknown or comma-separated id, and an id ranked twice", () => {
    expect(rankingProblem("query_id,doc_ids\nq1,d1 d2 d3 d4\nq2,d1\n")).toEqual({
      message: "Line 2, column doc_ids: 4 doc_ids, but at most 3 are scored; keep your best 3.",
      line: 2,
      column: "doc_ids",
    });
    expect(rankingProblem('query_id,doc_ids\nq1,d1\nq2,"d1,d2"\n').message).toBe(
      'Line 3, column doc_ids: "d1,d2" is not a doc_id of the corpus; separate ids with spaces, not commas.',
    );
    expect(rankingProblem("query_id,doc_ids\nq1,d2 d1 d2\nq2,d1\n").message).toBe(
      'Line 2, column doc_ids: "d2" is ranked twice; give each document once, at its best place.',
    );
    expect(rankingProblem("query_id,doc_ids\nq1,d1\n").message).toMatch(/1 query_id is missing, for example "q2"/);
  });
});
