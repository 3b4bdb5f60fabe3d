import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousAccessibilityViolations } from "./browser.js";
import { useBrowserSession } from "./session.js";

const PASSWORD = "a long enough password";
const POLL = { timeout: 20_000 };
const PYTHON = { timeout: 90_000 };
const PROJECT = "review-sentiment";

interface Person {
  readonly page: Page;
  readonly email: string;
}

/** JSON from the API, fetched inside the person's page (their cookie, their origin). */
const api = (page: Page, method: string, path: string, body?: unknown) =>
  page.evaluate(
    async ({ method, path, body }) => {
      const response = await fetch(path, {
        method,
        ...(body === undefined ? {} : { headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) }),
      });
      return { status: response.status, body: (await response.text()) || "null" };
    },
    { method, path, body },
  );

async function newPerson(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: "light" });
  return context.newPage();
}

/** From the sign-in page, through "Create an account", to the page the person first asked for. */
async function signUp(page: Page, name: string, email: string): Promise<void> {
  await page.getByRole("link", { name: "Create an account" }).click();
  await fillSignUp(page, name, email);
}

async function fillSignUp(page: Page, name: string, email: string): Promise<void> {
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL((url) => !/\/sign-(in|up)/.test(url.pathname), POLL);
}

// Five people, their browsers, Python in two of them: generous timeouts for a busy machine.
describe("a cohort from first account to closed competition (multi-user mode)", { timeout: 240_000 }, () => {
  const session = useBrowserSession({ width: 1280, height: 900 }, () => ({ multiUser: true }));
  const people: Record<string, Person> = {};
  let inviteUrl = "";
  let cohortId = "";

  it("sends a visitor to sign in, and makes the first account the administrator, saying so first", async () => {
    const page = session.page;
    await page.goto(session.server.url("/progress"));
    await page.waitForURL(/\/sign-in\?next=%2Fprogress$/, POLL);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole("link", { name: "Create an account" }).click();
    await expect.poll(() => page.getByRole("note").innerText(), POLL).toMatch(/will be its administrator/);
    await fillSignUp(page, "Alex Admin", "admin@example.org");
    expect(new URL(page.url()).pathname).toBe("/progress");
    await page.getByRole("button", { name: /account menu/ }).click();
    await expect.poll(() => page.locator(".user-menu__who").innerText(), POLL).toBe("admin@example.org · admin");
    people.admin = { page, email: "admin@example.org" };
  });

  it("has the administrator invite an instructor by mail, who signs up and accepts", async () => {
    const admin = people.admin?.page as Page;
    await admin.getByRole("link", { name: "Administration" }).click();
    await admin.waitForURL(/\/admin$/);
    await admin.getByLabel("Email").fill("ian@example.org");
    await admin.getByLabel("As", { exact: true }).selectOption("instructor");
    await admin.getByRole("button", { name: "Send the invitation" }).click();
    await expect.poll(() => admin.getByRole("status").first().innerText(), POLL).toMatch(/Invitation mailed to ian@example\.org/);
    // Listed under the open invitations: address, role, and who invited.
    expect(await admin.getByRole("row", { name: /^ian@example\.org instructor Alex Admin/ }).count()).toBe(1);
    expect(await seriousAccessibilityViolations(admin)).toEqual([]);
    // The mail, as the development sender keeps it: the link in it is the way in.
    const mailDir = join(session.server.app.config.dataDir, "mail");
    const mail = readdirSync(mailDir)
      .map((name) => readFileSync(join(mailDir, name), "utf8"))
      .find((text) => text.startsWith("To: ian@example.org\nSubject: You are invited"));
    const link = /http:\/\/\S+\/invite\/\S+/.exec(mail ?? "")?.[0] ?? "";
    expect(link).not.toBe("");

    const ian = await newPerson(session.browser);
    await ian.goto(link);
    await ian.waitForURL(/\/sign-in\?next=%2Finvite%2F/, POLL);
    await signUp(ian, "Ian Instructor", "ian@example.org");
    await ian.waitForURL(/\/invite\//, POLL);
    await ian.getByRole("button", { name: "Accept the invitation" }).click();
    await expect.poll(() => ian.locator("h1").innerText(), POLL).toBe("Welcome: you are an instructor here now");
    people.ian = { page: ian, email: "ian@example.org" };
    await admin.reload();
    await expect.poll(() => admin.getByLabel("Role of Ian Instructor").inputValue(), POLL).toBe("instructor");
  });

  it("has the instructor start a cohort and make an invite link", async () => {
    const ian = people.ian?.page as Page;
    await ian.reload();
    await ian.getByRole("button", { name: /account menu/ }).click();
    await ian.getByRole("link", { name: "Cohorts" }).click();
    await ian.getByLabel("Name").fill("Evening class");
    await ian.getByRole("button", { name: "Create the cohort" }).click();
    await ian.waitForURL(/\/cohorts\/[^/]+$/, POLL);
    cohortId = decodeURIComponent(new URL(ian.url()).pathname.split("/")[2] ?? "");
    await expect.poll(() => ian.locator("h1").innerText(), POLL).toBe("Evening class");
    await ian.getByRole("button", { name: "Make an invite link" }).click();
    inviteUrl = await ian.locator(".invite-url").innerText();
    expect(inviteUrl).toMatch(new RegExp(`^${session.server.url("/join/")}`));
  });

  it("brings two learners in through the link: sign up, then join", async () => {
    for (const [key, name] of [
      ["ada", "Ada Learner"],
      ["bob", "Bob Learner"],
    ] as const) {
      const page = await newPerson(session.browser);
      await page.goto(inviteUrl);
      await page.waitForURL(/\/sign-in\?next=%2Fjoin%2F/, POLL);
      await signUp(page, name, `${key}@example.org`);
      await page.waitForURL(/\/join\//, POLL);
      await page.getByRole("button", { name: "Join the cohort" }).click();
      await expect.poll(() => page.locator("h1").innerText(), POLL).toBe("You joined Evening class");
      people[key] = { page, email: `${key}@example.org` };
    }
  });

  it("lets the learners work: Bob fails an exercise again and again, Ada solves it and keeps a note", async () => {
    const bob = people.bob?.page as Page;
    await bob.goto(session.server.url("/exercises/dot-product"));
    const run = bob.getByRole("button", { name: /^▶/ });
    await expect.poll(() => run.isEnabled(), PYTHON).toBe(true);
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      await run.click();
      await expect.poll(() => bob.locator(".test-results__message").innerText(), POLL).toMatch(/0 of \d+ passed/);
      // Each run is recorded before the next starts.
      await expect
        .poll(async () => JSON.parse((await api(bob, "GET", "/api/exercises/dot-product")).body).attempts?.count ?? 0, POLL)
        .toBeGreaterThanOrEqual(attempt);
    }
    const ada = people.ada?.page as Page;
    const saved = await api(ada, "PUT", "/api/notes/topics/linear-algebra", { text: "ADA PRIVATE NOTE" });
    expect(saved.status).toBe(200);
    const attempt = await api(ada, "POST", "/api/exercises/dot-product/attempts", {
      runtime: "browser",
      code: "def dot(u, v):\n    return sum(a * b for a, b in zip(u, v))  # ADA CODE\n",
      result: { status: "pass", message: "All 3 tests passed.", tests: [], output: "", durationMs: 5, runtime: "browser" },
    });
    expect(attempt.status, attempt.body).toBe(200);
    // Both submit to a project, as `stepwise submit` or the project page would.
    for (const learner of [ada, bob]) {
      const submitted = await learner.evaluate(async (project) => {
        const sample = await (await fetch(`/api/projects/${project}/files/sample_submission.csv`)).text();
        const response = await fetch(`/api/projects/${project}/submissions?fileName=first.csv`, {
          method: "POST",
          headers: { "Content-Type": "text/csv" },
          body: sample,
        });
        return response.status;
      }, PROJECT);
      expect(submitted).toBe(201);
    }
  });

  it("shows the instructor both learners on the dashboard, Bob marked stuck, and Bob's code one click away", async () => {
    const ian = people.ian?.page as Page;
    await ian.goto(session.server.url(`/cohorts/${cohortId}`));
    const bobRow = ian.locator("tr", { hasText: "Bob Learner" });
    await expect.poll(() => bobRow.innerText(), POLL).toMatch(/3 failed runs of “Implement the dot product”/);
    await expect.poll(() => ian.locator("tr", { hasText: "Ada Learner" }).innerText(), POLL).toMatch(/1 of \d+/);
    expect(await ian.getByRole("status").first().innerText()).toMatch(/2 learners; 1 may be stuck/);
    expect(await seriousAccessibilityViolations(ian)).toEqual([]);
    await bobRow.getByRole("link", { name: /failed runs/ }).click();
    await ian.waitForURL(/\/learners\/[^?]+\?exercise=dot-product$/, POLL);
    await expect.poll(() => ian.locator(".learner-attempt").count(), POLL).toBe(3);
    await ian.locator(".learner-attempt summary").first().click();
    expect(await ian.locator(".learner-attempt pre").first().innerText()).toMatch(/NotImplementedError|def dot/);
  });

  it("has the instructor run the cohort's competition and close it: the learners see the private board", async () => {
    const ian = people.ian?.page as Page;
    await ian.goto(session.server.url(`/cohorts/${cohortId}`));
    await ian.getByLabel("Project").selectOption(PROJECT);
    await ian.getByRole("button", { name: "Open the competition" }).click();
    const list = ian.locator(".competition-list");
    await expect
      .poll(() => list.innerText(), POLL)
      .toMatch(/Tell positive reviews from negative ones — ● open until you close it/);
    const ada = people.ada?.page as Page;
    await ada.goto(session.server.url(`/projects/${PROJECT}`));
    await expect.poll(() => ada.locator("#leaderboard").innerText(), POLL).toMatch(/Evening class competition is open/);
    expect(await ada.locator("#leaderboard caption").innerText()).toMatch(/^Public leaderboard/);
    expect(await ada.getByRole("button", { name: /Finish competition/ }).count()).toBe(0);

    await ian.getByRole("button", { name: /Close now/ }).click();
    await ian.getByRole("button", { name: "Close and reveal the private board" }).click();
    await expect.poll(() => list.innerText(), POLL).toMatch(/■ closed .*the private board is out/);
    await ada.reload();
    await expect
      .poll(() => ada.locator("#leaderboard").innerText(), POLL)
      .toMatch(/competition is closed: this is its final, private board/);
    expect(await ada.locator("#leaderboard caption").innerText()).toMatch(/^Private leaderboard \(final\)/);
    const ranked = await ada.locator("#leaderboard tbody th").allInnerTexts();
    expect(ranked.filter((name) => /Learner/.test(name)).sort()).toEqual(["Ada Learner (you)", "Bob Learner"]);
  });

  it("never shows one learner the other's code or notes, nor a learner the dashboard", async () => {
    const ada = people.ada?.page as Page;
    const bob = people.bob?.page as Page;
    const users = JSON.parse((await api(people.admin?.page as Page, "GET", "/api/admin/users")).body) as {
      accounts: { id: string; email: string }[];
    };
    const idOf = (email: string) => users.accounts.find((account) => account.email === email)?.id ?? "";
    const bobsCode = await api(ada, "GET", `/api/cohorts/${cohortId}/learners/${idOf("bob@example.org")}/exercises/dot-product`);
    // Ada is in the cohort, as a learner: she is told she may not, and sees nothing of Bob's.
    expect(bobsCode.status).toBe(403);
    expect(bobsCode.body).not.toContain("NotImplementedError");
    const adasNote = await api(bob, "GET", "/api/notes/topics/linear-algebra");
    expect(adasNote.body).not.toContain("ADA PRIVATE NOTE");
    const adasCode = await api(bob, "GET", "/api/exercises/dot-product");
    expect(adasCode.body).not.toContain("ADA CODE");
    await ada.goto(session.server.url(`/cohorts/${cohortId}`));
    await expect.poll(() => ada.getByRole("alert").first().innerText(), POLL).toBeTruthy();
    expect(await ada.locator(".cohort-grid").count()).toBe(0);
    // The instructor reads code, never notes.
    const ian = people.ian?.page as Page;
    expect(await ian.content()).not.toContain("ADA PRIVATE NOTE");
  });

  it("ends a session from another browser, and signs out", async () => {
    const bob = people.bob?.page as Page;
    const phone = await newPerson(session.browser);
    await phone.goto(session.server.url("/sign-in"));
    await phone.getByLabel("Email").fill("bob@example.org");
    await phone.getByLabel("Password").fill(PASSWORD);
    await phone.getByRole("button", { name: "Sign in" }).click();
    await phone.waitForURL((url) => url.pathname === "/", POLL);

    await bob.goto(session.server.url("/account"));
    await expect.poll(() => bob.getByText("(this browser)").count(), POLL).toBe(1);
    await expect.poll(() => bob.getByRole("button", { name: "End", exact: true }).count(), POLL).toBe(1);
    expect(await seriousAccessibilityViolations(bob)).toEqual([]);
    await bob.getByRole("button", { name: "End", exact: true }).click();
    await expect.poll(() => bob.getByRole("button", { name: "End", exact: true }).count(), POLL).toBe(0);
    await phone.goto(session.server.url("/progress"));
    await phone.waitForURL(/\/sign-in\?next=%2Fprogress$/, POLL);

    await bob.getByRole("button", { name: /account menu/ }).click();
    await bob.getByRole("button", { name: "Sign out", exact: true }).click();
    await bob.waitForURL(/\/sign-in/, POLL);
    await bob.goto(session.server.url("/review"));
    await bob.waitForURL(/\/sign-in\?next=%2Freview$/, POLL);
  });
});
