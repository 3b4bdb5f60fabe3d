import { describe, expect, it } from "vitest";
import { renderLearnerMarkdown } from "./render-learner-markdown.js";

describe("renderLearnerMarkdown", () => {
  it("escapes raw HTML, so a write-up cannot carry a script, a frame or a style", () => {
    const html = renderLearnerMarkdown(
      'Hi <script>alert(1)</script>\n\n<iframe src="https://x.example"></iframe>\n\n<img src=x onerror=alert(1)>',
    );
    expect(html).not.toMatch(/<script|<iframe|<img/);
    expect(html).toContain("&lt;script&gt;");
  });

  it("keeps web, mail and relative links and drops javascript: ones", () => {
    const html = renderLearnerMarkdown(
      "[a](https://github.com/me) [b](mailto:me@example.org) [c](projects/x.html) [d](javascript:alert(1))",
    );
    expect(html).toContain('<a href="https://github.com/me" rel="noopener noreferrer">a</a>');
    expect(html).toContain('<a href="mailto:me@example.org">b</a>');
    expect(html).toContain('<a href="projects/x.html">c</a>');
    expect(html).not.toContain("javascript");
    expect(html).toContain("d");
  });

  it("shows embedded and local images, and turns a remote image into a link so the page makes no requests", () => {
    const html = renderLearnerMarkdown(
      "![chart](data:image/svg+xml;base64,PHN2Zy8+) ![local](charts/a.svg) ![remote](https://example.org/a.png)",
    );
    expect(html).toContain('<img src="data:image/svg+xml;base64,PHN2Zy8+" alt="chart">');
    expect(html).toContain('<img src="charts/a.svg" alt="local">');
    expect(html).toContain('<a href="https://example.org/a.png" rel="noopener noreferrer">remote</a>');
    expect(html.match(/<img/g)).toHaveLength(2);
  });
});
