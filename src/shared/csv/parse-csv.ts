/** A CSV problem with the 1-based line where it was found. */
export class CsvError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
  }
}

/**
 * Parses RFC 4180 CSV: comma-separated fields, double-quoted fields that may hold commas,
 * newlines and doubled quotes (""), LF or CRLF line ends, an optional byte-order mark and a
 * final newline. Blank lines are skipped. Returns the rows with the line each starts on.
 */
export function parseCsv(text: string): { rows: string[][]; lines: number[] } {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  const lines: number[] = [];
  let row: string[] = [];
  let field = "";
  let line = 1;
  let rowLine = 1;
  let i = 0;
  const endRow = () => {
    row.push(field);
    field = "";
    if (!(row.length === 1 && row[0] === "")) {
      rows.push(row);
      lines.push(rowLine);
    }
    row = [];
  };
  while (i < source.length) {
    const char = source[i];
    if (char === '"' && field === "") {
      // A quoted field: read to the closing quote; "" inside is one quote.
      const start = line;
      i += 1;
      let value = "";
      for (;;) {
        const next = source.indexOf('"', i);
        if (next === -1) throw new CsvError(start, 'a quoted field is never closed; add the closing "');
        const chunk = source.slice(i, next);
        value += chunk;
        for (let k = 0; k < chunk.length; k += 1) if (chunk.charCodeAt(k) === 10) line += 1;
        if (source[next + 1] === '"') {
          value += '"';
          i = next + 2;
          continue;
        }
        i = next + 1;
        break;
      }
      const after = source[i];
      if (after !== undefined && after !== "," && after !== "\n" && after !== "\r") {
        throw new CsvError(line, `unexpected text after a closing quote; quote the whole field`);
      }
      field = value;
      continue;
    }
    if (char === ",") {
      row.push(field);
      field = "";
      i += 1;
    } else if (char === "\n" || char === "\r") {
      endRow();
      i += char === "\r" && source[i + 1] === "\n" ? 2 : 1;
      line += 1;
      rowLine = line;
    } else {
      // Take the run of plain characters at once: far faster than one at a time on big files.
      let end = i;
      while (end < source.length) {
        const code = source.charCodeAt(end);
        if (code === 44 || code === 10 || code === 13 || (code === 34 && field === "" && end === i)) break;
        end += 1;
      }
      field += source.slice(i, end);
      i = end;
    }
  }
  if (field !== "" || row.length > 0) endRow();
  return { rows, lines };
}
