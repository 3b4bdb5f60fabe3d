import { describe, expect, it } from "vitest";
import { CsvError, forEachCsvRow, parseCsv } from "./parse-csv.js";

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

  it("names the line where an unclosed quote opens, after quoted fields that span lines and blank lines", () => {
    expect(() => parseCsv('id,v\n1,"two\r\nlines"\n\n2,"open\n3,4\n')).toThrow(
      new CsvError(5, 'a quoted field is never closed; add the closing "'),
    );
  });

  it("names the line of the closing quote that has text after it, not the line the field opens on", () => {
    expect(() => parseCsv('id,v\n1,"a ""quoted""\nword"s\n')).toThrow(
      new CsvError(3, "unexpected text after a closing quote; quote the whole field"),
    );
  });

  it("keeps a quote inside an unquoted field as text", () => {
    expect(parseCsv('id,v\n1,5" screen\n2, "x"\n').rows).toEqual([
      ["id", "v"],
      ["1", '5" screen'],
      ["2", ' "x"'],
    ]);
  });

  it("drops spaces between a closing quote and the next comma or line end (the old parser refused them)", () => {
    expect(parseCsv('id,v\n"1" ,"a"  \r\n2,b\n').rows).toEqual([
      ["id", "v"],
      ["1", "a"],
      ["2", "b"],
    ]);
  });

  it("reads old Mac files, whose lines end in CR alone", () => {
    expect(parseCsv('id,v\r1,"x"\r\r2,y\r')).toEqual({
      rows: [
        ["id", "v"],
        ["1", "x"],
        ["2", "y"],
      ],
      lines: [1, 2, 4],
    });
  });

  it("keeps a lone CR as text in a file with LF line ends (the old parser ended the row there)", () => {
    expect(parseCsv("id,v\n1,a\rb\n").rows).toEqual([
      ["id", "v"],
      ["1", "a\rb"],
    ]);
  });

  it("reads big files in pieces without losing or splitting a row at a piece's edge", () => {
    const expected: string[][] = [];
    const expectedLines: number[] = [];
    const text: string[] = [];
    for (let k = 0; k < 30_000; k += 1) {
      const row = [`id-${k}`, String(k * 7), "x".repeat(k % 13)];
      text.push(row.join(","));
      expected.push(row);
      expectedLines.push(text.length);
      if (k % 1000 === 0) text.push(""); // a blank line now and then
    }
    expect(text.join("\r\n").length).toBeGreaterThan(5 * 64 * 1024);
    expect(parseCsv(text.join("\r\n"))).toEqual({ rows: expected, lines: expectedLines });
  });
});

describe("forEachCsvRow", () => {
  it("visits the rows parseCsv returns, and stops at the first error the visitor throws", () => {
    const text = "a,b\n1,2\n\n3,4\n";
    const seen: [string[], number][] = [];
    forEachCsvRow(text, (row, line) => seen.push([row, line]));
    const { rows, lines } = parseCsv(text);
    expect(seen).toEqual(rows.map((row, k) => [row, lines[k]]));
    let visits = 0;
    expect(() =>
      forEachCsvRow(text, () => {
        visits += 1;
        throw new Error("stop");
      }),
    ).toThrow("stop");
    expect(visits).toBe(1);
  });
});
