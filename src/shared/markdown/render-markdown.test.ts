import { describe, expect, it } from "vitest";
import { countWords, MathRenderError, renderMarkdown } from "./index.js";

describe("renderMarkdown", () => {
  it("renders inline and display math with KaTeX", () => {
    const html = renderMarkdown("The norm $\\|\\mathbf{x}\\|$ is\n\n$$\n\\sqrt{x_1^2 + x_2^2}\n$$\n");
    expect(html).toContain('<span class="katex">');
    expect(html).toContain('class="katex-display"');
    expect(html).not.toContain("$");
  });

  it("keeps an escaped dollar as a literal dollar and leaves prices alone", () => {
    const html = renderMarkdown("It costs \\$5, or 5 $ and 6 $ in total.");
    expect(html).not.toContain("katex");
    expect(html).toContain("$5");
  });

  it("does not read math inside code", () => {
    const html = renderMarkdown("Use `$HOME` here.\n\n```bash\necho $PATH $HOME\n```\n");
    expect(html).not.toContain("katex");
    expect(html).toContain("$PATH $HOME");
  });

  it("throws a MathRenderError naming the formula that does not render", () => {
    expect(() => renderMarkdown("Bad: $\\fraq{1}{2}$ here")).toThrow(MathRenderError);
    expect(() => renderMarkdown("Bad: $\\fraq{1}{2}$ here")).toThrow(/\\fraq/);
  });

  it("opens outside links in a new tab without giving them the opener", () => {
    const html = renderMarkdown("[NumPy](https://numpy.org/doc/stable/) and [home](/)");
    expect(html).toContain('<a href="https://numpy.org/doc/stable/" target="_blank" rel="noopener noreferrer">NumPy</a>');
    expect(html).toContain('<a href="/">home</a>');
  });
});

describe("countWords", () => {
  it("counts words of prose and code but not punctuation or display math", () => {
    expect(countWords("One two, three.\n\n$$\na + b = c\n$$\n\n- four\n```python\nx = 1\n```")).toBe(6);
  });
});
