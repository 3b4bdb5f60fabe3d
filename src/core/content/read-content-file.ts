import { readFileSync } from "node:fs";
import { parse as parseYaml, YAMLParseError } from "yaml";
import type { z } from "zod";
import type { ContentIssue } from "./content-error.js";

/** Collects issues while the curriculum loads, each tagged with the file it came from. */
export class IssueLog {
  readonly issues: ContentIssue[] = [];

  constructor(private readonly displayPath: (absolutePath: string) => string) {}

  add(absolutePath: string, field: string, reason: string): void {
    this.issues.push({ path: this.displayPath(absolutePath), field, reason });
  }
}

export function readText(path: string, log: IssueLog): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    log.add(path, "(file)", code === "ENOENT" ? "file is missing" : `cannot be read (${code ?? String(error)})`);
    return undefined;
  }
}

/** Parses YAML text and checks it against a schema; records every problem under `path`. */
export function parseYamlWith<S extends z.ZodType>(
  schema: S,
  text: string,
  path: string,
  log: IssueLog,
): z.output<S> | undefined {
  let data: unknown;
  try {
    data = parseYaml(text, { prettyErrors: true });
  } catch (error) {
    const where = error instanceof YAMLParseError && error.linePos ? ` at line ${error.linePos[0].line}` : "";
    log.add(path, "(file)", `is not valid YAML${where}: ${(error as Error).message.split("\n")[0]}`);
    return undefined;
  }
  const result = schema.safeParse(data ?? {});
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    log.add(path, issue.path.length > 0 ? issue.path.join(".") : "(file)", issue.message);
  }
  return undefined;
}

export function readYamlFile<S extends z.ZodType>(schema: S, path: string, log: IssueLog): z.output<S> | undefined {
  const text = readText(path, log);
  return text === undefined ? undefined : parseYamlWith(schema, text, path, log);
}
