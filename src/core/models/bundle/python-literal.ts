/** A value that has a Python literal: what JSON can hold. */
export type PythonValue = string | number | boolean | null | readonly PythonValue[] | { readonly [key: string]: PythonValue };

const SHORT_ESCAPES: Readonly<Record<string, string>> = { "\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/**
 * A Python string literal for `text`, in ASCII only. Tensor names come from a learner's ONNX file
 * and may hold anything: quotes, backslashes, line breaks, U+2028 or emoji. Everything outside
 * printable ASCII becomes an escape, so nothing in the name can end the literal or the line, and
 * the file reads the same in any editor. JSON.stringify is not enough: Python reads its `\ud83d\ude00`
 * as two lone surrogates, not one character, so characters beyond U+FFFF get `\U` escapes.
 */
export function pythonString(text: string): string {
  let body = "";
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    const short = SHORT_ESCAPES[character];
    if (short !== undefined) body += short;
    else if (code >= 0x20 && code < 0x7f) body += character;
    else if (code <= 0xff) body += `\\x${code.toString(16).padStart(2, "0")}`;
    else if (code <= 0xffff) body += `\\u${code.toString(16).padStart(4, "0")}`;
    else body += `\\U${code.toString(16).padStart(8, "0")}`;
  }
  return `"${body}"`;
}

/**
 * The Python literal for a JSON-like value (`True`, `None`, lists, dicts with string keys), for
 * constants baked into generated Python source. Non-finite numbers are refused: JSON cannot have
 * them and the bundle's constants are shapes and versions.
 */
export function pythonLiteral(value: PythonValue): string {
  if (value === null) return "None";
  if (typeof value === "boolean") return value ? "True" : "False";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`${value} has no Python literal in generated source.`);
    return Number.isInteger(value) ? String(value) : JSON.stringify(value);
  }
  if (typeof value === "string") return pythonString(value);
  if (Array.isArray(value)) return `[${value.map((item: PythonValue) => pythonLiteral(item)).join(", ")}]`;
  const entries = Object.entries(value as { readonly [key: string]: PythonValue });
  return `{${entries.map(([key, item]) => `${pythonString(key)}: ${pythonLiteral(item)}`).join(", ")}}`;
}

/**
 * A short Python expression for a JSON-like value: like `pythonLiteral`, but a list of more than
 * four equal items is written `[item] * n`. The README builds large example requests with it
 * (`json.dumps` of a 150,528-value image batch is one line of Python this way).
 */
export function pythonExpression(value: PythonValue): string {
  if (Array.isArray(value)) {
    const items = value as readonly PythonValue[];
    const first = items[0];
    if (items.length > 4 && first !== undefined && items.every((item) => JSON.stringify(item) === JSON.stringify(first))) {
      return `[${pythonExpression(first)}] * ${items.length}`;
    }
    return `[${items.map((item) => pythonExpression(item)).join(", ")}]`;
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as { readonly [key: string]: PythonValue });
    return `{${entries.map(([key, item]) => `${pythonString(key)}: ${pythonExpression(item)}`).join(", ")}}`;
  }
  return pythonLiteral(value);
}
