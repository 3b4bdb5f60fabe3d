import { describe, expect, it } from "vitest";
import { seriousAccessibilityViolations } from "./browser.js";
import { useBrowserSession } from "./session.js";

const PAGES = [
  { path: "/stages/unknown", says: "There is no stage called “unknown”.", link: "See the stages on the roadmap", to: "/" },
  { path: "/topics/unknown", says: "There is no topic called “unknown”.", link: "See every topic on the roadmap", to: "/" },
  {
    path: "/exercises/unknown",
    says: "There is no exercise called “unknown”.",
    link: "Find exercises on the roadmap's topics",
    to: "/",
  },
  { path: "/datasets/unknown", says: "There is no dataset called “unknown”.", link: "See the datasets", to: "/datasets" },
  { path: "/projects/unknown", says: "There is no project called “unknown”.", link: "See the projects", to: "/projects" },
] as const;

describe("pages of things that do not exist", { timeout: 60_000 }, () => {
  const session = useBrowserSession();
  const page = () => session.page;
  const main = () => page().locator("main");

  for (const { path, says, link, to } of PAGES) {
    it(`${path} says in words that there is no such thing, with a link to the list, and no API route`, async () => {
      const response = await page().goto(session.server.url(path));
      expect(response?.status()).toBe(404);
      await expect.poll(() => main().locator("h1").innerText()).toBe("Not found");
      const text = await main().innerText();
      expect(text).toContain(says);
      expect(text).not.toMatch(/\/api|GET /);
      await main().getByRole("link", { name: link }).click();
      await page().waitForURL(session.server.url(to));
    });
  }

  it("is readable by a screen reader and leads back to the roadmap from a list's 404", async () => {
    await page().goto(session.server.url("/projects/unknown"));
    await expect.poll(() => main().locator("h1").innerText()).toBe("Not found");
    expect(await seriousAccessibilityViolations(page())).toEqual([]);
    await main().getByRole("link", { name: "Back to the roadmap" }).click();
    await page().waitForURL(session.server.url("/"));
  });

  it("a model that was never uploaded says so, and how to make one", async () => {
    await page().goto(session.server.url("/models/unknown"));
    await expect.poll(() => main().locator("h1").innerText()).toBe("You have no model named unknown");
    expect(await main().innerText()).not.toMatch(/\/api|GET /);
  });

  it("an address with no page says so in the same words", async () => {
    const response = await page().goto(session.server.url("/nowhere/at/all"));
    expect(response?.status()).toBe(404);
    await expect.poll(() => main().locator("h1").innerText()).toBe("Page not found");
    expect(await main().innerText()).toContain("There is no page at this address.");
  });
});
