import Papa, { type ParseConfig, type ParseResult } from "papaparse";

/** A CSV problem with the 1-based line where it was found. */
export class CsvError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
  }
}

/** What each of Papa Parse's quote errors means for the person who wrote the file. */
const QUOTE_PROBLEMS: Record<string, string> = {
  MissingQuotes: 'a quoted field is never closed; add the closing "',
  InvalidQuotes: "unexpected text after a closing quote; quote the whole field",
};

/** How many times `text` holds the line end `newline` between `start` and `end`. */
function countLineEnds(text: string, newline: string, start: number, end: number): number {
  let count = 0;
  for (let at = text.indexOf(newline, start); at !== -1 && at < end; at = text.indexOf(newline, at + 1)) count += 1;
  return count;
}

/** Plain files are parsed this many characters at a time, so a big file's rows never all exist at once. */
const CHUNK_CHARS = 64 * 1024;

/**
 * Reads RFC 4180 CSV with Papa Parse: comma-separated fields, double-quoted fields that may hold
 * commas, newlines and doubled quotes (""), LF, CRLF or (in a file with no LF) CR line ends, an
 * optional byte-order mark and a final newline. Calls `visit` with each row and the 1-based line it
 * starts on, skipping blank lines; throws a {@link CsvError} for a quoted field that is never closed
 * or has text after its closing quote. Rows are not kept: a 100,000-row upload is checked as it is read.
 */
export function forEachCsvRow(text: string, visit: (row: string[], line: number) => void): void {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Papa Parse splits rows at one kind of line end. LF also splits CRLF files, whose rows then end
  // in a CR, removed below; a file without any LF has old Mac CR line ends.
  const newline = source.includes("\n") ? "\n" : "\r";
  const config = { delimiter: ",", newline, quoteChar: '"', escapeChar: '"' } as const;
  let line = 1;
  /** Visits `row` unless it is a blank line (one empty field); the next row starts `lineEnds` lines further. */
  const next = (row: string[], lineEnds: number) => {
    const last = row.length - 1;
    const end = row[last] as string;
    if (newline === "\n" && end.charCodeAt(end.length - 1) === 13) row[last] = end.slice(0, -1);
    if (!(last === 0 && row[0] === "")) visit(row, line);
    line += lineEnds;
  };
  if (!source.includes('"')) {
    // No quotes: every row is one line, and nothing can be malformed. Papa Parse reads strings in
    // chunks too (its own tests do), though its types offer `chunk` for files only.
    const chunked = {
      ...config,
      chunkSize: CHUNK_CHARS,
      chunk: ({ data }: ParseResult<string[]>) => {
        for (const row of data) next(row, 1);
      },
    };
    Papa.parse<string[]>(source, chunked as ParseConfig<string[]>);
    return;
  }
  // Quoted fields may span lines: row by row, to learn where each ends.
  let start = 0;
  Papa.parse<string[]>(source, {
    ...config,
    step: ({ data: row, errors: [error], meta }) => {
      if (error) {
        // Papa Parse points just after the field's opening quote; text after a closing quote is
        // reported on the line of that quote: the first one that is not doubled.
        let at = error.index ?? start;
        if (error.code === "InvalidQuotes") {
          at = source.indexOf('"', at);
          while (at !== -1 && source[at + 1] === '"') at = source.indexOf('"', at + 2);
        }
        throw new CsvError(line + countLineEnds(source, newline, start, at), QUOTE_PROBLEMS[error.code] ?? error.message);
      }
      next(row, countLineEnds(source, newline, start, meta.cursor));
      start = meta.cursor;
    },
  });
}

/** All rows of a CSV text (see {@link forEachCsvRow}), with the line each starts on. */
export function parseCsv(text: string): { rows: string[][]; lines: number[] } {
  const rows: string[][] = [];
  const lines: number[] = [];
  forEachCsvRow(text, (row, line) => {
    rows.push(row);
    lines.push(line);
  });
  return { rows, lines };
}
