/**
 * A lesson shows what its code prints as `# -> output` comments. The content check runs the code
 * and compares, so a lesson can never show output its code does not print. `# ~> output` marks
 * output that differs between library versions: it is shown to the learner and not compared.
 * A note after the output is separated by two spaces and `#`: `# -> 63.93  # divides by n - 1`.
 * Output that runs over several lines goes on in comments indented under it (`#     [3. 3.]]`).
 */
/** One line of output a lesson shows. */
export interface ShownLine {
  readonly text: string;
  /** Marked `# ~>`: it depends on library versions and is not compared. */
  readonly varies: boolean;
}

const SHOWN_LINE = /#\s?(->|~>)\s?(.*)$/;
const CONTINUATION = /^\s*#\s{2,}(\S.*)$/;
const NOTE = /\s{2,}#\s.*$/;
const NUMBER = /-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?/g;

/** The output a block of lesson code says it prints, line by line, notes removed. */
export function shownOutput(code: string): ShownLine[] {
  const lines: ShownLine[] = [];
  let previous: ShownLine | null = null;
  for (const line of code.split("\n")) {
    const match = SHOWN_LINE.exec(line);
    const continuation = previous && !match ? CONTINUATION.exec(line) : null;
    if (continuation) {
      // A continuation belongs to the line above it, and varies with it.
      lines.push({ text: (continuation[1] ?? "").replace(NOTE, ""), varies: previous?.varies ?? false });
      continue;
    }
    previous = match ? { text: (match[2] ?? "").replace(NOTE, ""), varies: match[1] === "~>" } : null;
    if (previous) lines.push(previous);
  }
  return lines;
}

type Token = { readonly kind: "text"; readonly text: string } | { readonly kind: "number"; readonly text: string };

/** Text with every run of whitespace (line breaks included) as one space, cut into numbers and the text between. */
function tokens(text: string): Token[] {
  const flat = text.replace(/\s+/g, " ").trim();
  const result: Token[] = [];
  let last = 0;
  for (const match of flat.matchAll(NUMBER)) {
    if (match.index > last) result.push({ kind: "text", text: flat.slice(last, match.index) });
    result.push({ kind: "number", text: match[0] });
    last = match.index + match[0].length;
  }
  if (last < flat.length) result.push({ kind: "text", text: flat.slice(last) });
  return result;
}

/** A shown number matches a printed one that rounds to it: `0.98` stands for 0.9812 but not for 0.987. */
function sameNumber(shown: string, printed: string): boolean {
  if (shown === printed) return true;
  const decimals = /\.(\d+)(?:[eE]|$)/.exec(shown)?.[1]?.length ?? 0;
  const exponent = /[eE]([-+]?\d+)$/.exec(shown)?.[1];
  const unit = 10 ** ((exponent ? Number(exponent) : 0) - decimals);
  return Math.abs(Number(printed) - Number(shown)) <= unit / 2 + 1e-12;
}

const context = (list: readonly Token[], index: number) =>
  list
    .slice(Math.max(0, index - 3), index + 4)
    .map((token) => token.text)
    .join("")
    .trim();

function tokenDifference(expected: readonly Token[], actual: readonly Token[]): string | null {
  const length = Math.max(expected.length, actual.length);
  for (let index = 0; index < length; index += 1) {
    const want = expected[index];
    const got = actual[index];
    const same =
      want !== undefined &&
      got !== undefined &&
      want.kind === got.kind &&
      (want.kind === "number" ? sameNumber(want.text, got.text) : want.text === got.text);
    if (same) continue;
    if (want === undefined) return `the code printed more than the # -> lines show: "${context(actual, index)}"`;
    if (got === undefined) return `the # -> lines show "${context(expected, index)}", which the code never printed`;
    return `the # -> lines show "${context(expected, index)}" but the code printed "${context(actual, index)}"`;
  }
  return null;
}

/**
 * Null when `printed` is what the shown lines say — whitespace and line breaks aside, numbers equal
 * once rounded as shown — else where they first differ, in words. With lines marked `# ~>`, the
 * output is compared line by line and those lines are skipped.
 */
export function outputDifference(shown: readonly ShownLine[], printed: string): string | null {
  if (!shown.some((line) => line.varies))
    return tokenDifference(tokens(shown.map((line) => line.text).join("\n")), tokens(printed));
  const printedLines = printed.split("\n").filter((line) => line.trim() !== "");
  if (printedLines.length !== shown.length) {
    return `the code printed ${printedLines.length} lines and the # -> and # ~> lines show ${shown.length}`;
  }
  for (const [index, line] of shown.entries()) {
    if (line.varies) continue;
    const difference = tokenDifference(tokens(line.text), tokens(printedLines[index] ?? ""));
    if (difference) return `line ${index + 1}: ${difference}`;
  }
  return null;
}
