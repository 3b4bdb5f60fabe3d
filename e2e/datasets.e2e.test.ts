import { describe, expect, it } from "vitest";
import { seriousAccessibilityViolations } from "./browser.js";
import { useBrowserSession } from "./session.js";

describe("a learner exploring a dataset", { timeout: 60_000 }, () => {
  const session = useBrowserSession({ width: 1280, height: 900 });
  const page = () => session.page;

  it("opens the S&P 500 from the catalog and sees its size, a price chart, column statistics and histograms", async () => {
    await page().goto(session.server.url("/"));
    await page().locator(".header__nav").getByRole("link", { name: "Datasets" }).click();
    await page()
      .getByRole("link", { name: /S&P 500/ })
      .click();
    await page().waitForURL(/\/datasets\/sp500$/);
    await expect.poll(() => page().locator("h1").innerText()).toMatch(/S&P 500/);
    expect(await page().locator(".muted").first().innerText()).toMatch(/5,10\d rows · 7 columns/);
    // Charts are drawn in an effect after the page renders.
    await expect
      .poll(() =>
        page()
          .getByRole("img", { name: /close over time/ })
          .locator("svg")
          .count(),
      )
      .toBe(1);
    expect(await page().locator(".table-scroll tbody tr").count()).toBe(7);
    await expect.poll(() => page().locator(".chart-grid svg").count()).toBe(6); // the six numeric columns
    expect(await seriousAccessibilityViolations(page())).toEqual([]);
  });

  it("shows the penguins' missing values and category counts", async () => {
    await page().goto(session.server.url("/datasets/penguins"));
    const sexRow = page().locator(".table-scroll tbody tr", { hasText: "Sex" });
    await sexRow.waitFor();
    const missing = Number(await sexRow.locator("td").nth(1).innerText());
    expect(missing).toBeGreaterThan(0);
    await expect.poll(() => page().getByRole("img", { name: "Most frequent values of Species" }).locator("svg").count()).toBe(1);
  });

  it("shows sample images of every handwritten digit, drawn from the real pixels", async () => {
    await page().goto(session.server.url("/datasets/mnist-digits"));
    await expect
      .poll(
        () =>
          page()
            .getByRole("img", { name: /An image labelled \d/ })
            .count(),
        { timeout: 30_000 },
      )
      .toBe(50);
    expect(await page().getByRole("img", { name: "An image labelled 7" }).count()).toBe(5);
    // A drawn digit has ink: some pixels darker than the paper.
    const inked = await page()
      .getByRole("img", { name: "An image labelled 0" })
      .first()
      .evaluate((canvas) => {
        const data = (canvas as HTMLCanvasElement).getContext("2d")?.getImageData(0, 0, 28, 28).data ?? new Uint8ClampedArray();
        let dark = 0;
        for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 128) dark += 1;
        return dark;
      });
    expect(inked).toBeGreaterThan(40);
    expect(await seriousAccessibilityViolations(page())).toEqual([]);
  });
});
