import { describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { useBrowserSession } from "./session.js";

const SAMPLE = [
  "# how far apart two points are",
  "import math",
  "class Point:",
  "    def distance(self, other, scale=1.5, unit='m'):",
  "        return math.hypot(self.x - other.x, self.y - other.y) * scale if True else None",
].join("\n");

/** WCAG 2.1 relative luminance of an `rgb(r, g, b)` colour. */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((part) => {
    const channel = Number(part) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
};

/** Every highlighted token's colour, and the editor's and the active line's backgrounds, in one colour scheme. */
async function editorColours(browser: Browser, url: string, colorScheme: "light" | "dark") {
  const page = await (await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } })).newPage();
  await page.goto(url);
  const editor = page.locator(".cm-content");
  await editor.fill(SAMPLE);
  await page.keyboard.press("Control+Home");
  const colours = await page.evaluate(() => {
    const background = getComputedStyle(document.querySelector(".cm-editor") as Element).backgroundColor;
    const activeLine = getComputedStyle(document.querySelector(".cm-activeLine") as Element).backgroundColor;
    const tokens = [...document.querySelectorAll(".cm-line span")].map((span) => ({
      text: span.textContent ?? "",
      color: getComputedStyle(span).color,
    }));
    return { background, activeLine, tokens };
  });
  await page.context().close();
  return colours;
}

describe("the code editor's colours", { timeout: 60_000 }, () => {
  const session = useBrowserSession();

  for (const scheme of ["light", "dark"] as const) {
    it(`keeps every token class at WCAG AA contrast (4.5:1) in the ${scheme} theme, on the editor and on the active line`, async () => {
      const { background, activeLine, tokens } = await editorColours(
        session.browser,
        session.server.url("/exercises/dot-product"),
        scheme,
      );
      // Keywords, strings, numbers, comments, function names and classes each get their own colour.
      const byText = new Map(tokens.map((token) => [token.text, token.color]));
      for (const text of ["import", "'m'", "1.5", "# how far apart two points are", "distance", "Point"])
        expect(byText.get(text), text).toBeDefined();
      expect(
        new Set(["import", "'m'", "1.5", "# how far apart two points are", "distance"].map((text) => byText.get(text))).size,
      ).toBe(5);
      for (const token of tokens) {
        expect(contrast(token.color, background), `${token.text} on the editor`).toBeGreaterThanOrEqual(4.5);
        expect(contrast(token.color, activeLine), `${token.text} on the active line`).toBeGreaterThanOrEqual(4.5);
      }
    });
  }
});
