import { Lexer } from "marked";

/** Text for a Markdown table cell: a pipe would end the cell and a line break the row. */
export function tableCell(text: string): string {
  return oneLine(text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|"));
}

/**
 * Inline code that shows `text` as it is: the fence is one backtick longer than the longest run
 * inside (a tensor name may hold some), padded with spaces when the text starts or ends with one.
 */
export function codeSpan(text: string): string {
  const fence = "`".repeat(longestBacktickRun(text) + 1);
  const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${fence}${pad}${oneLine(text)}${pad}${fence}`;
}

/** Inline code inside a table cell: GitHub's tables split cells at `|` even in code, unless escaped. */
export function tableCodeSpan(text: string): string {
  return codeSpan(text.replace(/\|/g, "\\|"));
}

/** A fenced code block that nothing inside can close (see `codeSpan`). */
export function codeBlock(code: string, language = ""): string {
  const fence = "`".repeat(Math.max(3, longestBacktickRun(code) + 1));
  return `${fence}${language}\n${code}\n${fence}`;
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, " ");
}

function longestBacktickRun(text: string): number {
  return Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
}

/**
 * `markdown` with every heading `levels` deeper (at most level 6), the rest byte for byte. The
 * model card's notes are the learner's own Markdown; set inside the README under "### Notes", a
 * "# Limits" of theirs would otherwise outrank the README's own sections. marked's lexer finds
 * the headings, so a "#" line inside a code block stays as it is.
 */
export function demoteHeadings(markdown: string, levels: number): string {
  return Lexer.lex(markdown, { gfm: true })
    .map((token) => {
      if (token.type !== "heading") return token.raw;
      const depth = Math.min(6, (token as { depth: number }).depth + levels);
      const ending = /\n*$/.exec(token.raw)?.[0] ?? "";
      return `${"#".repeat(depth)} ${(token as { text: string }).text}${ending}`;
    })
    .join("");
}
