import { describe, expect, it } from "vitest";
import { CsvError, parseCsv } from "./parse-csv.js";

describe("parseCsv", () => {
  it("reads plain rows with LF or CRLF, skipping blank lines and a byte-order mark", () => {
    expect(parseCsv("\uFEFFid,value\r\n1,0.5\n\n2,0.25\n").rows).toEqual([
      ["id", "value"],
      ["1", "0.5"],
      ["2", "0.25"],
    ]);
  });

  it("reads quoted fields with commas, doubled quotes and newlines, and reports the line each row starts on", () => {
    const { rows, lines } = parseCsv('id,text\n1,"a, b"\n2,"say ""hi"""\n3,"two\nlines"\n4,x');
    expect(rows).toEqual([
      ["id", "text"],
      ["1", "a, b"],
      ["2", 'say "hi"'],
      ["3", "two\nlines"],
      ["4", "x"],
    ]);
    expect(lines).toEqual([1, 2, 3, 4, 6]);
  });

  it("keeps empty fields", () => {
    expect(parseCsv("a,,c\n,,\n").rows).toEqual([
      ["a", "", "c"],
      ["", "", ""],
    ]);
  });

  it("names the line of an unclosed quote or text after a closing quote", () => {
    expect(() => parseCsv('id,v\n1,"open\n2,3\n')).toThrow(new CsvError(2, 'a quoted field is never closed; add the closing "'));
    expect(() => parseCsv('id,v\n1,"a"b\n')).toThrow(/line 2: unexpected text after a closing quote/);
  });
});
