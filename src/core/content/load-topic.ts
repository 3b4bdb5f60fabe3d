import { basename } from "node:path";
import { splitFrontMatter, TopicFrontMatterSchema, type Topic } from "../../shared/content/index.js";
import { countWords, MathRenderError, renderMarkdown } from "../../shared/markdown/index.js";
import { parseYamlWith, readText, type IssueLog } from "./read-content-file.js";

/** Reads one topic file, validates its front matter and renders its lesson. */
export function loadTopic(path: string, stageId: string, exerciseIds: readonly string[], log: IssueLog): Topic | undefined {
  const source = readText(path, log);
  if (source === undefined) return undefined;
  const split = splitFrontMatter(source);
  if (!split) {
    log.add(path, "(file)", "must start with a YAML front-matter block between two '---' lines");
    return undefined;
  }
  const meta = parseYamlWith(TopicFrontMatterSchema, split.frontMatter, path, log);
  if (!meta) return undefined;
  const fileId = basename(path, ".md");
  if (meta.id !== fileId) {
    log.add(path, "id", `is "${meta.id}" but the file is named ${fileId}.md; make them equal`);
    return undefined;
  }
  const markdown = split.body.trim();
  if (markdown.length === 0) {
    log.add(path, "lesson", "is empty; write the lesson below the front matter");
    return undefined;
  }
  let html: string;
  try {
    html = renderMarkdown(markdown);
  } catch (error) {
    log.add(path, "lesson", error instanceof MathRenderError ? error.describe() : `cannot be rendered: ${String(error)}`);
    return undefined;
  }
  return {
    id: meta.id,
    stageId,
    title: meta.title,
    summary: meta.summary,
    estimatedHours: meta.estimated_hours,
    prerequisites: meta.prerequisites,
    resources: meta.resources,
    lesson: { markdown, html, wordCount: countWords(markdown) },
    exerciseIds,
    code: meta.code,
  };
}
