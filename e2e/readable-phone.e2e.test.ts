import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { inOtherLooks, seriousAccessibilityViolations } from "./browser.js";
import { useBrowserSession } from "./session.js";

const PYTHON_LOAD_MS = 60_000;

/** Every chart's texts as drawn: the words, and the font size the reader sees after the SVG is scaled to its box. */
async function chartTexts(page: Page) {
  // Charts are drawn once their box is measured, after the page renders.
  await expect.poll(() => page.locator(".chart svg").count()).toBeGreaterThan(0);
  return page.evaluate(() =>
    [...document.querySelectorAll<SVGSVGElement>(".chart svg")].flatMap((svg) => {
      const chart = svg.closest("figure")?.getAttribute("aria-label") ?? "";
      const drawnWidth = svg.viewBox.baseVal.width || svg.width.baseVal.value;
      const scale = svg.getBoundingClientRect().width / drawnWidth;
      return [...svg.querySelectorAll("text")]
        .filter((text) => (text.textContent ?? "").trim() !== "")
        .map((text) => ({ chart, text: text.textContent ?? "", px: parseFloat(getComputedStyle(text).fontSize) * scale }));
    }),
  );
}

/** The tick labels down the side of one category chart, top to bottom. */
function categoryLabels(page: Page, chart: string) {
  return page.getByRole("img", { name: chart }).locator("svg [aria-label='y-axis tick label'] text").allTextContents();
}

/** How the dataset page's column table sits on the screen: whether it scrolls, and what says so. */
function tableState(page: Page) {
  return page.locator(".table-scroll").evaluate((scroller) => {
    const frame = scroller.parentElement as HTMLElement;
    const lastHeader = [...scroller.querySelectorAll("thead th")].at(-1) as HTMLElement;
    const box = scroller.getBoundingClientRect();
    const last = lastHeader.getBoundingClientRect();
    return {
      overflows: scroller.scrollWidth > scroller.clientWidth,
      lastColumnVisible: last.left >= box.left && last.right <= box.right + 1,
      lastHeader: lastHeader.innerText,
      tabStop: scroller.tabIndex === 0,
      moreRight: frame.classList.contains("scroll-table__frame--more-right"),
      moreLeft: frame.classList.contains("scroll-table__frame--more-left"),
      cueShadow: getComputedStyle(frame, "::after").opacity,
      pageOverflows: document.documentElement.scrollWidth > window.innerWidth,
    };
  });
}

/**
 * Each display formula of the lesson: whether it overflows its box, and what makes it a Tab stop —
 * "named stop" (a tab stop, a region, a name), "none", or "partly" for anything in between.
 */
function formulaStops(page: Page) {
  return page.locator(".lesson .katex-display").evaluateAll((formulas) =>
    formulas.map((formula) => {
      const marks = [
        formula.getAttribute("tabindex") === "0",
        formula.getAttribute("role") === "region",
        formula.getAttribute("aria-label") === "Formula (scrolls sideways)",
      ];
      const anyMark = formula.hasAttribute("tabindex") || formula.hasAttribute("role") || formula.hasAttribute("aria-label");
      return {
        wide: formula.scrollWidth > formula.clientWidth + 1,
        stop: marks.every(Boolean) ? "named stop" : anyMark ? "partly" : "none",
      };
    }),
  );
}

describe("every screen readable, on a laptop and on a phone", { timeout: 120_000 }, () => {
  const session = useBrowserSession({ width: 1280, height: 900 });
  const page = () => session.page;
  /** Runs `check` on a fresh page the size of a phone, closing it afterwards. */
  const onPhone = async (check: (phone: Page) => Promise<void>) => {
    const context = await session.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    try {
      await check(await context.newPage());
    } finally {
      await context.close();
    }
  };

  it("draws the penguins' charts with 12 px text, units once, and the '.' marker counted as missing", async () => {
    await page().goto(session.server.url("/datasets/penguins"));
    await expect.poll(async () => (await chartTexts(page())).length).toBeGreaterThan(50);
    const texts = await chartTexts(page());
    const smallest = texts.reduce((min, text) => (text.px < min.px ? text : min));
    expect(smallest.px, `"${smallest.text}" in ${smallest.chart}`).toBeGreaterThanOrEqual(11.9);
    // The column is named "Beak Length (mm)" and has the unit mm: the axis, heading and table say it once.
    expect(texts.map((text) => text.text)).toContain("Beak Length (mm) →");
    expect(await page().locator("main").innerText()).not.toMatch(/\((mm|g)\) \((mm|g)\)/);
    expect(await categoryLabels(page(), "Most frequent values of Sex")).toEqual(["MALE", "FEMALE"]);
    const sexRow = page().locator(".table-scroll tbody tr", { hasText: "Sex" });
    expect(await sexRow.locator("td").nth(1).innerText()).toBe("11"); // ten empty and one "."
    expect(await sexRow.locator("td").nth(2).innerText()).toBe("2");
    expect(await seriousAccessibilityViolations(page())).toEqual([]);
  });

  it("keeps chart text at 12 px in dark mode and on a phone, where the charts are drawn narrower", async () => {
    await inOtherLooks(session.browser, async (other) => {
      await other.goto(session.server.url("/datasets/penguins"));
      await expect.poll(async () => (await chartTexts(other)).length).toBeGreaterThan(50);
      const texts = await chartTexts(other);
      expect(Math.min(...texts.map((text) => text.px))).toBeGreaterThanOrEqual(11.9);
      // Nothing spills past the right edge of the screen: the charts fit, the table scrolls inside itself.
      expect(await other.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      expect(await seriousAccessibilityViolations(other)).toEqual([]);
    });
  });

  it("charts the handwritten digits 0 to 9 in their own order, with no warning glyph", async () => {
    await page().goto(session.server.url("/datasets/mnist-digits"));
    const chart = "Rows for each value of label, in order";
    await expect
      .poll(() => categoryLabels(page(), chart), { timeout: 30_000 })
      .toEqual(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]);
    const texts = (await chartTexts(page())).map((text) => text.text);
    expect(texts.filter((text) => !/^[\w\s,.()↑→–-]+$/.test(text))).toEqual([]);
  });

  it("on a phone, scrolls a wide table with a visible cue and keeps its last column reachable by keyboard", async () => {
    await onPhone(async (phone) => {
      await phone.goto(session.server.url("/datasets/penguins"));
      await phone.locator(".table-scroll tbody tr").first().waitFor();
      await expect.poll(async () => (await tableState(phone)).moreRight).toBe(true);
      const before = await tableState(phone);
      expect(before).toMatchObject({
        overflows: true,
        lastHeader: "Max",
        lastColumnVisible: false,
        tabStop: true,
        moreLeft: false,
      });
      expect(Number(before.cueShadow)).toBeGreaterThan(0);
      expect(before.pageOverflows).toBe(false);
      expect(await phone.getByText("Scroll sideways for more columns").isVisible()).toBe(true);

      await phone.getByRole("region", { name: "Column statistics" }).focus();
      // The arrow keys scroll the focused table; a few presses bring the last column in.
      for (let press = 0; press < 40 && !(await tableState(phone)).lastColumnVisible; press += 1) {
        await phone.keyboard.press("ArrowRight");
      }
      expect((await tableState(phone)).lastColumnVisible).toBe(true);
      // At the end the cue moves to the left edge, where the first columns now hide.
      await expect.poll(async () => (await tableState(phone)).moreRight).toBe(false);
      expect((await tableState(phone)).moreLeft).toBe(true);
    });
  });

  it("makes exactly the formulas too wide for the screen Tab stops, and takes the stops away when they fit again", async () => {
    await onPhone(async (phone) => {
      await phone.goto(session.server.url("/topics/linear-algebra"));
      await phone.locator(".lesson .katex-display").first().waitFor();
      await phone.evaluate(() => document.fonts.ready.then(() => undefined));
      const matches = async () => (await formulaStops(phone)).every(({ wide, stop }) => stop === (wide ? "named stop" : "none"));
      await expect.poll(matches).toBe(true);
      const onPhone = await formulaStops(phone);
      expect(onPhone.filter(({ wide }) => wide).length).toBeGreaterThan(0);
      expect(onPhone.filter(({ wide }) => !wide).length).toBeGreaterThan(0);
      // Turned into a laptop's window: formulas that now fit are no longer Tab stops.
      await phone.setViewportSize({ width: 1280, height: 900 });
      await expect.poll(matches).toBe(true);
      const wider = await formulaStops(phone);
      const stops = (formulas: typeof onPhone) => formulas.filter(({ stop }) => stop === "named stop").length;
      expect(stops(wider)).toBeLessThan(stops(onPhone));
    });
  });

  it("on a laptop, shows the same table whole, with no cue and no extra Tab stop", async () => {
    await page().goto(session.server.url("/datasets/penguins"));
    await page().locator(".table-scroll tbody tr").first().waitFor();
    expect(await tableState(page())).toMatchObject({
      overflows: false,
      lastColumnVisible: true,
      tabStop: false,
      moreRight: false,
    });
    expect(await page().getByText("Scroll sideways for more columns").count()).toBe(0);
  });

  it("on a phone, the editor stays put when Python finishes loading, and test results fit the screen", async () => {
    await onPhone(async (phone) => {
      await phone.goto(session.server.url("/exercises/dot-product"));
      const editor = phone.locator(".cm-editor");
      await editor.waitFor();
      await expect.poll(() => phone.locator(".python-loader").innerText()).toMatch(/… \d+%/);
      const top = () => editor.evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
      const whileLoading = await top();
      const run = phone.getByRole("button", { name: /^▶/ });
      await expect.poll(() => run.isEnabled(), { timeout: PYTHON_LOAD_MS }).toBe(true);
      expect(await top()).toBe(whileLoading);
      expect(await phone.locator(".python-loader").innerText()).toMatch(/Python is ready/);

      // The starter fails every test with a long traceback: it wraps or scrolls inside its box, never past the screen.
      await run.click();
      await expect
        .poll(() => phone.locator(".test-results__message").innerText(), { timeout: 20_000 })
        .toMatch(/0 of \d+ passed/);
      const spill = await phone.evaluate(() =>
        [...document.querySelectorAll(".test-results *")]
          .filter((element) => element.getBoundingClientRect().right > window.innerWidth && !element.closest("pre"))
          .map((element) => element.className),
      );
      expect(spill).toEqual([]);
      expect(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      expect(await seriousAccessibilityViolations(phone)).toEqual([]);
    });
  });
});
