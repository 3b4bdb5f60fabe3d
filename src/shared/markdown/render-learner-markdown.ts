import { Marked } from "marked";

const escapeHtml = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Links may go to the web, to mail, or within the site; anything else (javascript:, data:) is dropped. */
const SAFE_LINK = /^(https?:\/\/|mailto:|#|\.{0,2}\/|[\w-]+(\.[\w-]+)*(\/|$|#))/i;
/** Images must not make requests: embedded data images or files beside the page. */
const LOCAL_IMAGE =
  /^(data:image\/(svg\+xml|png|jpeg|gif|webp);base64,[a-z0-9+/=]+$|(\.{0,2}\/)?[\w-]+(\/[\w.-]+)*\.(svg|png|jpe?g|gif|webp)$)/i;

const marked = new Marked({
  gfm: true,
  async: false,
  renderer: {
    // The learner's raw HTML is shown as text: a write-up cannot carry scripts, frames or styles.
    html({ text }) {
      return escapeHtml(text);
    },
    code({ text, lang }) {
      const language = lang ? ` class="language-${escapeHtml(lang.split(/\s/)[0] ?? "")}"` : "";
      return `<pre tabindex="0"><code${language}>${escapeHtml(text)}</code></pre>\n`;
    },
    link({ href, title, tokens }) {
      const text = this.parser.parseInline(tokens);
      if (!SAFE_LINK.test(href) || /^\s*javascript:/i.test(href)) return text;
      const titleAttr = title ? ` title="${escapeHtml(title)}"` : "";
      const external = /^https?:\/\//i.test(href) ? ' rel="noopener noreferrer"' : "";
      return `<a href="${escapeHtml(href)}"${titleAttr}${external}>${text}</a>`;
    },
    // A remote image would be a request to someone else's server from an exported page; link it instead.
    image({ href, title, text }) {
      if (LOCAL_IMAGE.test(href)) {
        const titleAttr = title ? ` title="${escapeHtml(title)}"` : "";
        return `<img src="${escapeHtml(href)}" alt="${escapeHtml(text)}"${titleAttr}>`;
      }
      return /^https?:\/\//i.test(href)
        ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${escapeHtml(text || href)}</a>`
        : escapeHtml(text);
    },
  },
});

/**
 * Renders Markdown a learner wrote (a portfolio write-up) for pages that others may open: raw HTML
 * is escaped, only web, mail and relative links survive, and images load only from the page's own
 * folder or from data embedded in it, so an exported page makes no requests anywhere.
 */
export function renderLearnerMarkdown(markdown: string): string {
  return marked.parse(markdown) as string;
}
