/** A Markdown file split into its YAML front matter (unparsed) and its body. */
export interface FrontMatterSplit {
  readonly frontMatter: string;
  readonly body: string;
}

/**
 * Splits `---\n<yaml>\n---\n<body>`. Returns `undefined` when the file does not start with a
 * front-matter block, so the caller can say so with the file's path.
 */
export function splitFrontMatter(source: string): FrontMatterSplit | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[^\S\n]*(?:\r?\n|$)/.exec(source.replace(/^\uFEFF/, ""));
  if (!match) return undefined;
  return { frontMatter: match[1] ?? "", body: source.slice(match[0].length) };
}
