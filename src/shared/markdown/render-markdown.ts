import { Marked } from "marked";
import { mathExtension } from "./math-extension.js";

const marked = new Marked({ gfm: true, async: false }, mathExtension(), {
  renderer: {
    // Code blocks scroll sideways on narrow screens; tabindex lets keyboard users scroll them.
    code({ text, lang }) {
      const language = lang ? ` class="language-${escapeAttribute(lang.split(/\s/)[0] ?? "")}"` : "";
      return `<pre tabindex="0"><code${language}>${escapeHtml(text)}</code></pre>\n`;
    },
    // Lessons link to outside resources; open them in a new tab without handing over `window.opener`.
    link({ href, title, tokens }) {
      const text = this.parser.parseInline(tokens);
      const external = /^https?:\/\//.test(href);
      const titleAttr = title ? ` title="${escapeAttribute(title)}"` : "";
      const target = external ? ' target="_blank" rel="noopener noreferrer"' : "";
      return `<a href="${escapeAttribute(href)}"${titleAttr}${target}>${text}</a>`;
    },
  },
});

function escapeHtml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

/**
 * Renders trusted curriculum Markdown (GitHub-flavoured, with KaTeX math) to HTML.
 * Throws {@link MathRenderError} on the first formula KaTeX cannot render.
 */
export function renderMarkdown(markdown: string): string {
  return marked.parse(markdown) as string;
}

/** Renders one line of Markdown (a quiz choice) without a surrounding paragraph. */
export function renderInlineMarkdown(markdown: string): string {
  return marked.parseInline(markdown) as string;
}

/** Words a reader reads: prose and code; a formula counts as one word, fences and punctuation as none. */
export function countWords(markdown: string): number {
  const prose = markdown
    .replace(/^\s*(```|~~~).*$/gm, " ")
    .replace(/\$\$[\s\S]*?\$\$/g, " ")
    .replace(/\$[^$\n]+\$/g, " x ");
  return prose.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
