import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousAccessibilityViolations } from "./browser.js";
import { useBrowserSession } from "./session.js";

const POLL = { timeout: 20_000 };
const TOPIC = "python-basics";

/** A fresh browser with nobody signed in, which notes every API answer of 401 (a page asking for what a visitor may not have). */
async function newVisitor(session: ReturnType<typeof useBrowserSession>): Promise<{ page: Page; refused: string[] }> {
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: "light" });
  const page = await context.newPage();
  const refused: string[] = [];
  page.on("response", (response) => {
    if (response.status() === 401) refused.push(new URL(response.url()).pathname);
  });
  return { page, refused };
}

const toggleArea = async (admin: Page, title: string, open: boolean) => {
  const box = admin.getByRole("checkbox", { name: new RegExp(title) });
  // The box follows the server's answer, so it may turn a moment after the click: wait for that below, not at once.
  if ((await box.isChecked()) !== open) await box.click();
  await expect.poll(() => box.isChecked(), POLL).toBe(open);
  await expect.poll(() => box.isEnabled(), POLL).toBe(true);
};

describe("what visitors may read without signing in (multi-user mode)", { timeout: 180_000 }, () => {
  const session = useBrowserSession({ width: 1280, height: 900 }, () => ({ multiUser: true }));

  it("lets the administrator open the roadmap and lessons from the administration page", async () => {
    const admin = session.page;
    await admin.goto(session.server.url("/sign-up?next=%2Fadmin"));
    await admin.getByLabel("Your name").fill("Alex Admin");
    await admin.getByLabel("Email").fill("admin@example.org");
    await admin.getByLabel("Password").fill("a long enough password");
    await admin.getByRole("button", { name: "Create account" }).click();
    await admin.waitForURL((url) => url.pathname === "/admin", POLL);
    await expect.poll(() => admin.getByRole("heading", { name: "Open to visitors" }).isVisible(), POLL).toBe(true);
    await toggleArea(admin, "Roadmap and lessons", true);
    await expect.poll(() => admin.getByText(/open since .*\(Alex Admin\)/).isVisible(), POLL).toBe(true);
    expect(await seriousAccessibilityViolations(admin)).toEqual([]);
  });

  it("shows a visitor the roadmap and a lesson, without progress, notes or quizzes, and never asks for what needs an account", async () => {
    const { page, refused } = await newVisitor(session);
    await page.goto(session.server.url("/"));
    await expect.poll(() => page.locator("h1").innerText(), POLL).toMatch(/AI Engineer/i);
    expect(new URL(page.url()).pathname).toBe("/");
    expect(await page.getByRole("complementary", { name: "Reading as a visitor" }).innerText()).toMatch(
      /Sign in or create an account/,
    );
    expect(await page.getByText("Overall progress").count()).toBe(0);
    // The header offers the open pages and a way in, nothing else.
    const nav = await page.getByRole("navigation", { name: "Main" }).getByRole("link").allInnerTexts();
    expect(nav).toEqual(["Roadmap", "FAQ"]);
    expect(await page.locator("header").getByRole("link", { name: "Sign in" }).isVisible()).toBe(true);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.goto(session.server.url(`/topics/${TOPIC}`));
    await expect.poll(() => page.getByRole("region", { name: "Lesson" }).isVisible(), POLL).toBe(true);
    expect(await page.getByRole("group", { name: "Your status" }).count()).toBe(0);
    expect(await page.getByRole("heading", { name: /notes/i }).count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    // The topic has exercises, but a visitor runs none: no Python is started for them.
    await page.waitForLoadState("networkidle");
    expect(page.workers()).toHaveLength(0);
    expect(refused).toEqual([]);

    // Trying an exercise needs an account: sign in, then back to the exercise.
    const exercise = page.locator(".exercise-links a").first();
    const href = (await exercise.getAttribute("href")) ?? "";
    await exercise.click();
    await page.waitForURL((url) => url.pathname === "/sign-in" && url.searchParams.get("next") === href, POLL);
  });

  it("keeps every other page behind sign-in, and follows the administrator's changes", async () => {
    const { page } = await newVisitor(session);
    for (const path of ["/progress", "/datasets", "/projects"]) {
      await page.goto(session.server.url(path));
      await page.waitForURL((url) => url.pathname === "/sign-in", POLL);
    }
    const admin = session.page;
    await toggleArea(admin, "Datasets", true);
    await toggleArea(admin, "Roadmap and lessons", false);

    await page.goto(session.server.url("/datasets"));
    await expect.poll(() => page.locator("h1").innerText(), POLL).toMatch(/Datasets/);
    const nav = await page.getByRole("navigation", { name: "Main" }).getByRole("link").allInnerTexts();
    expect(nav).toEqual(["Datasets"]);
    await page.goto(session.server.url("/"));
    await page.waitForURL((url) => url.pathname === "/sign-in", POLL);
    // The audit log says who opened and closed what.
    await admin.reload();
    await expect
      .poll(() => admin.locator(`[aria-labelledby="audit-title"]`).innerText(), POLL)
      .toMatch(/public-area\.closed[\s\S]*public-area\.opened[\s\S]*public-area\.opened/);
  });
});
