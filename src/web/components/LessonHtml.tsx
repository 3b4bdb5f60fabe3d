import "katex/dist/katex.min.css";

/** Server-rendered curriculum HTML (lessons, instructions): trusted content with KaTeX math. */
export function LessonHtml({ html, label }: { html: string; label: string }) {
  return <section className="lesson" aria-label={label} dangerouslySetInnerHTML={{ __html: html }} />;
}
