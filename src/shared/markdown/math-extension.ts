import katex from "katex";
import type { MarkedExtension, Tokens } from "marked";

interface MathToken extends Tokens.Generic {
  readonly text: string;
  readonly displayMode: boolean;
}

/** Where a formula failed to render; the content check reports it with the file's path. */
export class MathRenderError extends Error {
  constructor(
    readonly formula: string,
    readonly reason: string,
  ) {
    super(`formula ${JSON.stringify(formula)} does not render: ${reason}`);
  }

  /** The message without anything a Markdown library appended while passing the error on. */
  describe(): string {
    return `formula ${JSON.stringify(this.formula)} does not render: ${this.reason}`;
  }
}

function renderFormula(token: MathToken): string {
  try {
    return katex.renderToString(token.text, {
      displayMode: token.displayMode,
      throwOnError: true,
      // Warnings are errors: a formula that KaTeX only half understands looks wrong to the learner.
      strict: "error",
      output: "htmlAndMathml",
    });
  } catch (error) {
    throw new MathRenderError(token.text, error instanceof Error ? error.message : String(error));
  }
}

/**
 * A `marked` extension for `$inline$` and `$$display$$` math rendered by KaTeX.
 * A `\$` stays a literal dollar sign; code spans and blocks are never read as math
 * because marked tokenizes them before text.
 */
export function mathExtension(): MarkedExtension {
  return {
    extensions: [
      {
        name: "displayMath",
        level: "block",
        start: (src) => src.match(/^\$\$/m)?.index,
        tokenizer(src) {
          const match = /^\$\$([\s\S]+?)\$\$[^\S\n]*(?:\n|$)/.exec(src);
          if (!match) return undefined;
          return { type: "displayMath", raw: match[0], text: (match[1] ?? "").trim(), displayMode: true };
        },
        renderer: (token) => `${renderFormula(token as MathToken)}\n`,
      },
      {
        name: "inlineMath",
        level: "inline",
        start: (src) => src.match(/(?<!\\)\$/)?.index,
        tokenizer(src) {
          // `$$x$$` inside a paragraph is display math; `$x$` needs a non-space at both ends so
          // that prices like "5 $ and 6 $" are not mistaken for formulas.
          const display = /^\$\$([\s\S]+?)\$\$/.exec(src);
          if (display) {
            return { type: "inlineMath", raw: display[0], text: (display[1] ?? "").trim(), displayMode: true };
          }
          const inline = /^\$(?!\s)((?:\\.|[^\\$\n])+?)(?<!\s)\$(?!\d)/.exec(src);
          if (!inline) return undefined;
          return { type: "inlineMath", raw: inline[0], text: inline[1] ?? "", displayMode: false };
        },
        renderer: (token) => renderFormula(token as MathToken),
      },
    ],
  };
}
