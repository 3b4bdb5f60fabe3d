import type { ModelSignature } from "../api/index.js";
import { expandExample, inferExample, predictExample, type Example, type ExampleScalar } from "./tensor-examples.js";

/** A call written three ways, each a complete program that prints the answer as JSON. */
export interface Snippets {
  readonly curl: string;
  readonly python: string;
  readonly javascript: string;
}

/** The plain predict call and the Open Inference Protocol v2 infer call for one model version. */
export interface EndpointSnippets {
  readonly predict: Snippets;
  readonly infer: Snippets;
}

export interface SnippetTarget {
  /** Where Stepwise is served, e.g. `http://127.0.0.1:3000` (a page's `window.location.origin`). */
  readonly origin: string;
  readonly model: string;
  /** A version number or an alias such as `production`. */
  readonly version: number | string;
  readonly signature: ModelSignature;
}

/** Above this many equal values a repeat is written as `[0] * n` / `Array(n).fill(0)`, not listed. */
const LIST_UP_TO = 16;
/** The alias a snippet prefers: code written against it keeps working when a new version is promoted. */
const PREFERRED_ALIAS = "production";

/**
 * The version reference snippets should use: the production alias when this version carries it,
 * else the version's number.
 */
export function snippetVersionRef(version: { readonly version: number; readonly aliases: readonly string[] }): number | string {
  return version.aliases.includes(PREFERRED_ALIAS) ? PREFERRED_ALIAS : version.version;
}

/** A string in single quotes for a POSIX shell, which expands nothing inside them. */
const shellQuote = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function pythonScalar(value: ExampleScalar): string {
  if (typeof value === "boolean") return value ? "True" : "False";
  return JSON.stringify(value);
}

/** An example as a Python expression (JSON string literals are valid Python ones). */
function python(example: Example): string {
  switch (example.kind) {
    case "scalar":
      return pythonScalar(example.value);
    case "repeat":
      return example.count > LIST_UP_TO
        ? `[${pythonScalar(example.value)}] * ${example.count}`
        : `[${Array.from({ length: example.count }, () => pythonScalar(example.value)).join(", ")}]`;
    case "list":
      return `[${example.items.map(python).join(", ")}]`;
    case "object":
      return `{${example.entries.map(([key, value]) => `${JSON.stringify(key)}: ${python(value)}`).join(", ")}}`;
  }
}

/** An example as a JavaScript expression. */
function javascript(example: Example): string {
  switch (example.kind) {
    case "scalar":
      return JSON.stringify(example.value);
    case "repeat":
      return example.count > LIST_UP_TO
        ? `Array(${example.count}).fill(${JSON.stringify(example.value)})`
        : `[${Array.from({ length: example.count }, () => JSON.stringify(example.value)).join(", ")}]`;
    case "list":
      return `[${example.items.map(javascript).join(", ")}]`;
    case "object":
      return `{ ${example.entries
        .map(([key, value]) => `${IDENTIFIER.test(key) ? key : JSON.stringify(key)}: ${javascript(value)}`)
        .join(", ")} }`;
  }
}

function curlSnippet(url: string, body: Example): string {
  return [
    `curl -sS --fail-with-body -X POST ${shellQuote(url)} \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  -d ${shellQuote(JSON.stringify(expandExample(body)))}`,
  ].join("\n");
}

function pythonSnippet(url: string, body: Example, answer: string): string {
  return [
    "import json",
    "import requests",
    "",
    "response = requests.post(",
    `    ${JSON.stringify(url)},`,
    `    json=${python(body)},`,
    "    timeout=30,",
    ")",
    "result = response.json()",
    "if not response.ok:",
    `    raise SystemExit(f"{response.status_code}: {result.get('message') or result.get('error')}")`,
    `print(json.dumps(result[${JSON.stringify(answer)}]))`,
  ].join("\n");
}

function javascriptSnippet(url: string, body: Example, answer: string): string {
  return [
    `const response = await fetch(${JSON.stringify(url)}, {`,
    `  method: "POST",`,
    `  headers: { "Content-Type": "application/json" },`,
    `  body: JSON.stringify(${javascript(body)}),`,
    "});",
    "const result = await response.json();",
    "if (!response.ok) throw new Error(`${response.status}: ${result.message ?? result.error}`);",
    `console.log(JSON.stringify(result.${answer}));`,
  ].join("\n");
}

function snippets(url: string, body: Example, answer: string): Snippets {
  return {
    curl: curlSnippet(url, body),
    python: pythonSnippet(url, body, answer),
    javascript: javascriptSnippet(url, body, answer),
  };
}

/**
 * Ready-to-run calls of a model version with a zero example of the right shape: curl (literal JSON),
 * Python with `requests` and JavaScript with `fetch` (top-level await: a module or a browser console),
 * for `POST …/predict` (prints the predictions) and for the OIP v2 `POST /v2/…/infer` (prints the
 * outputs). Each program fails with the server's message when the server refuses the request.
 */
export function endpointSnippets(target: SnippetTarget): EndpointSnippets {
  const origin = target.origin.replace(/\/+$/, "");
  const model = encodeURIComponent(target.model);
  const version = encodeURIComponent(String(target.version));
  return {
    predict: snippets(
      `${origin}/api/models/${model}/versions/${version}/predict`,
      predictExample(target.signature),
      "predictions",
    ),
    infer: snippets(`${origin}/v2/models/${model}/versions/${version}/infer`, inferExample(target.signature), "outputs"),
  };
}
