import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { type PythonValue, pythonExpression, pythonLiteral, pythonString } from "./python-literal.js";

const PYTHON = process.env.STEPWISE_PYTHON ?? "python3";

/** What CPython makes of each source: `ast.literal_eval` for literals, `eval` for expressions, back as JSON. */
function evaluate(sources: readonly string[], mode: "literal" | "expression"): unknown[] {
  const program = [
    "import ast, json, sys",
    "sources = json.load(sys.stdin)",
    `read = ast.literal_eval if ${mode === "literal" ? "True" : "False"} else (lambda s: eval(s, {}))`,
    "json.dump([read(source) for source in sources], sys.stdout)",
  ].join("\n");
  const result = spawnSync(PYTHON, ["-c", program], { input: JSON.stringify(sources), encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${PYTHON} could not read the literals: ${result.stderr || result.error?.message}`);
  return JSON.parse(result.stdout) as unknown[];
}

const AWKWARD_TEXT = [
  "plain",
  'a "quoted" name',
  "it's",
  "back\\slash\\",
  '"""',
  "line\nbreak\r\nand\ttab",
  "nul\u0000bell\u0007del\u007f",
  "café",
  "line\u2028separator\u2029",
  "😀 astral",
  '"); import os; os.system("x") #',
];

describe("python literals for generated source", () => {
  it("reads back as the same string in CPython, for every awkward character", () => {
    expect(evaluate(AWKWARD_TEXT.map(pythonString), "literal")).toEqual(AWKWARD_TEXT);
  });

  it("writes printable ASCII only, so no character can end the literal or the line", () => {
    for (const text of AWKWARD_TEXT) expect(pythonString(text)).toMatch(/^"[\x20-\x7e]*"$/);
    // A character beyond U+FFFF is one \U escape, not two surrogates as JSON would write it.
    expect(pythonString("😀")).toBe('"\\U0001f600"');
  });

  it("turns JSON-like values into Python literals: True, None, lists, dicts", () => {
    const values: PythonValue[] = [
      null,
      true,
      false,
      -1,
      12,
      0.5,
      [],
      [1, [2, [3]], "x"],
      { name: "input", shape: [-1, 784], nested: { ok: true, none: null } },
    ];
    expect(evaluate(values.map(pythonLiteral), "literal")).toEqual(values);
    expect(pythonLiteral({ a: [true, null] })).toBe('{"a": [True, None]}');
    expect(() => pythonLiteral(Number.NaN)).toThrow(/NaN/);
  });

  it("writes long runs of equal items as [item] * n, and they evaluate to the same value", () => {
    const image = { instances: [Array.from({ length: 3 }, () => Array.from({ length: 224 }, () => Array<number>(224).fill(0)))] };
    const expression = pythonExpression(image);
    expect(expression).toBe('{"instances": [[[[0] * 224] * 224, [[0] * 224] * 224, [[0] * 224] * 224]]}');
    const mixed = { inputs: [{ name: "it's", data: [1, 1, 1, 1, 1, 2], flags: [false, false, false, false, false] }] };
    expect(evaluate([expression, pythonExpression(mixed)], "expression")).toEqual([image, mixed]);
  });
});
