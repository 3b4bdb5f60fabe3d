import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { rmSync } from "node:fs";
import type { ModelListResponse, ModelResponse } from "../src/shared/api/index.js";
import { writeOnnxFixtures } from "../src/core/test-support/onnx-fixtures.js";
import { inOtherLooks, seriousAccessibilityViolations } from "./browser.js";
import { useBrowserSession } from "./session.js";

/** GET inside the page (same origin, same cookies) and parse the JSON. */
const getJson = <T>(page: Page, path: string) =>
  page.evaluate(async (url) => (await (await fetch(url)).json()) as unknown, path) as Promise<T>;

/** Uploads are checked by onnxruntime in a child process: slower than a plain request on a busy machine. */
const POLL = { timeout: 15_000 };
const UPLOAD = { timeout: 60_000 };

const fileInput = (page: Page) => page.getByLabel("Choose an .onnx file");
const versionRows = (page: Page) => page.locator(".versions-table tbody tr");
const aliasesPanel = (page: Page) => page.locator("#aliases");

async function pointAlias(page: Page, alias: string, version: number) {
  const row = aliasesPanel(page).locator(".alias-row", { hasText: alias });
  await row.getByLabel(`Version for ${alias}`).selectOption(String(version));
  await row.getByRole("button", { name: new RegExp(`^(Set|Move) ${alias}$`) }).click();
  await expect.poll(async () => (await getJson<ModelResponse>(page, "/api/models/digits")).aliases[alias], POLL).toBe(version);
  await expect.poll(() => row.locator(".alias-row__state").innerText(), POLL).toMatch(new RegExp(`version ${version}$`));
}

describe("a learner deploying models", { timeout: 120_000 }, () => {
  const session = useBrowserSession({ width: 1280, height: 900 });
  const page = () => session.page;
  const fixtures = writeOnnxFixtures();
  afterAll(() => rmSync(fixtures.dir, { recursive: true, force: true }));

  it("finds Models in the header, with an empty state that says how to get a model", async () => {
    await page().goto(session.server.url("/"));
    await page().locator(".header__nav").getByRole("link", { name: "Models" }).click();
    await page().waitForURL(/\/models$/);
    await expect.poll(() => page().locator("h1").innerText(), POLL).toBe("Models");
    expect(await page().locator(".lead").innerText()).toMatch(/Open Inference Protocol v2/);
    const empty = page().locator(".models-empty");
    await expect.poll(() => empty.innerText(), POLL).toMatch(/No models yet/);
    expect(await empty.innerText()).toContain("from stepwise.export import to_onnx");
    expect(await empty.innerText()).toContain("stepwise deploy model.onnx --name NAME");
    expect(await fileInput(page()).isVisible()).toBe(true);
    expect(await seriousAccessibilityViolations(page())).toEqual([]);
  });

  it("names the model from the file, checks the name live, uploads it and lands on its page at version 1", async () => {
    await fileInput(page()).setInputFiles({
      name: "Digits Classifier.onnx",
      mimeType: "application/octet-stream",
      buffer: fixtures.read("classifier"),
    });
    const name = page().getByLabel("Model name");
    await expect.poll(() => name.inputValue(), POLL).toBe("digits-classifier");
    await name.fill("Digits!");
    await expect.poll(() => page().locator(".model-upload__name .hint").innerText(), POLL).toMatch(/Not a valid name: use 1–63/);
    expect(await page().getByRole("button", { name: "Upload model" }).isDisabled()).toBe(true);
    await name.fill("digits");
    await page().getByRole("button", { name: "Upload model" }).click();

    await page().waitForURL(/\/models\/digits\?version=1$/, UPLOAD);
    await expect.poll(() => page().locator("h1").innerText(), POLL).toBe("digits");
    await expect.poll(() => versionRows(page()).count(), POLL).toBe(1);
    const row = versionRows(page()).first();
    expect(await row.innerText()).toMatch(/Version 1/);
    expect(await row.locator(".versions-table__signature").innerText()).toMatch(/float32\[-1, 8\] → .*float32\[-1, 3\]/);
    expect(await row.getByRole("link", { name: /Download ONNX/ }).getAttribute("href")).toBe(
      "/api/models/digits/versions/1/file",
    );
    expect(await row.getByRole("link", { name: /Bundle \(zip\)/ }).getAttribute("title")).toMatch(
      /Flask.*Dockerfile.*Triton.*KServe/,
    );
    const endpoints = page().locator(".endpoint-urls");
    expect(await endpoints.innerText()).toContain(session.server.url("/api/models/digits/predict"));
    expect(await endpoints.innerText()).toContain(session.server.url("/v2/models/digits/infer"));
    expect(await endpoints.innerText()).toMatch(/newest version, now 1/);
  });

  it("uploads the next version from the model page and shows it", async () => {
    await fileInput(page()).setInputFiles({
      name: "regressor.onnx",
      mimeType: "application/octet-stream",
      buffer: fixtures.read("regressor"),
    });
    await page().getByRole("button", { name: "Upload as the next version" }).click();
    await expect.poll(() => versionRows(page()).count(), UPLOAD).toBe(2);
    await page().waitForURL(/\/models\/digits\?version=2$/, POLL);
    expect(await versionRows(page()).first().innerText()).toMatch(/Version 2/);
    await expect.poll(() => page().locator(".model-card h2").innerText(), POLL).toBe("Model card: version 2");
  });

  it("moves production to version 2 and back to 1; the endpoints follow", async () => {
    await pointAlias(page(), "production", 2);
    await expect.poll(() => page().locator(".endpoint-urls").innerText(), POLL).toMatch(/production, now version 2/);
    await expect.poll(() => versionRows(page()).first().locator(".alias-badge").innerText(), POLL).toMatch(/production/);
    await pointAlias(page(), "production", 1);
    await expect.poll(() => page().locator(".endpoint-urls").innerText(), POLL).toMatch(/production, now version 1/);
    expect(await seriousAccessibilityViolations(page())).toEqual([]);
  });

  it("deletes version 2, and is refused deleting version 1 while production points at it", async () => {
    await page().getByRole("button", { name: "Delete version 2", exact: true }).click();
    const dialog = page().getByRole("dialog", { name: "Delete version 2?" });
    await expect.poll(() => dialog.isVisible(), POLL).toBe(true);
    await dialog.getByRole("button", { name: "Delete version" }).click();
    await expect.poll(() => versionRows(page()).count(), POLL).toBe(1);
    expect((await getJson<ModelResponse>(page(), "/api/models/digits")).versions.map((v) => v.version)).toEqual([1]);

    await page().getByRole("button", { name: "Delete version 1", exact: true }).click();
    await page().getByRole("dialog", { name: "Delete version 1?" }).getByRole("button", { name: "Delete version" }).click();
    const refusal = page().locator(".versions-error");
    await expect.poll(() => refusal.innerText(), POLL).toMatch(/Not deleted\..*"production".*Move or remove/s);
    expect(await refusal.getAttribute("role")).toBe("alert");
    expect(await versionRows(page()).count()).toBe(1);
  });

  it("edits the model card with a live Markdown preview, and keeps it after a reload", async () => {
    await page().goto(session.server.url("/models/digits?version=1"));
    const card = page().locator(".model-card");
    await expect.poll(() => card.locator("h2").innerText(), POLL).toBe("Model card: version 1");
    await card.getByLabel("Description").fill("Reads 8 features and names one of 3 classes.");
    await card.getByRole("button", { name: "Add a metric" }).click();
    await card.getByLabel("Metric 1 name").fill("accuracy");
    await card.getByLabel("Metric 1 value").fill("0.97");
    await card.getByLabel("Notes (Markdown)").fill("## Limits\n\nOnly **fixed** weights.");
    await expect.poll(() => card.locator(".model-card__preview h2").innerText(), POLL).toBe("Limits");
    expect(await card.locator(".model-card__preview strong").innerText()).toBe("fixed");
    // Ctrl+S saves from inside the form.
    await card.getByLabel("Notes (Markdown)").press("Control+s");
    await expect.poll(() => card.locator(".model-card__status").innerText(), POLL).toMatch(/Saved at/);

    await page().reload();
    await expect
      .poll(() => card.getByLabel("Description").inputValue(), POLL)
      .toBe("Reads 8 features and names one of 3 classes.");
    expect(await card.getByLabel("Metric 1 name").inputValue()).toBe("accuracy");
    expect(await card.getByLabel("Metric 1 value").inputValue()).toBe("0.97");
    expect(await card.getByLabel("Notes (Markdown)").inputValue()).toBe("## Limits\n\nOnly **fixed** weights.");
    expect(await card.locator(".model-card__preview h2").innerText()).toBe("Limits");
    const stored = (await getJson<ModelResponse>(page(), "/api/models/digits")).versions[0]?.card;
    expect(stored?.metrics).toEqual([{ name: "accuracy", value: 0.97 }]);
    expect(await seriousAccessibilityViolations(page())).toEqual([]);
  });

  it("says so for a model that does not exist, with the way to upload one", async () => {
    await page().goto(session.server.url("/models/no-such-model"));
    await expect.poll(() => page().locator("h1").innerText(), POLL).toBe("You have no model named no-such-model");
    await page().getByRole("link", { name: "Upload a model on the Models page" }).click();
    await page().waitForURL(/\/models#upload$/);
  });

  it("shows the server's refusal of a text file, and lists nothing new", async () => {
    await page().goto(session.server.url("/models"));
    const table = page().locator(".models-table tbody tr");
    await expect.poll(() => table.count(), POLL).toBe(1);
    expect(await table.first().innerText()).toMatch(/digits\s+\d\s+1\s+★ production\s+v1/);

    // An empty file is caught before it is sent.
    await fileInput(page()).setInputFiles({ name: "empty.onnx", mimeType: "application/octet-stream", buffer: Buffer.alloc(0) });
    await expect
      .poll(() => page().locator(".model-upload__warning").innerText(), POLL)
      .toMatch(/empty\.onnx is empty \(0 bytes\)/);
    expect(await page().getByRole("button", { name: "Upload model" }).isDisabled()).toBe(true);

    await fileInput(page()).setInputFiles({
      name: "train.py",
      mimeType: "text/plain",
      buffer: Buffer.from("import torch\nmodel = torch.nn.Linear(2, 1)\n"),
    });
    await expect.poll(() => page().getByLabel("Model name").inputValue(), POLL).toBe("train-py");
    await page().getByRole("button", { name: "Upload model" }).click();
    const alert = page().locator(".model-upload [role=alert]");
    await expect.poll(() => alert.innerText(), UPLOAD).toMatch(/text file/);
    expect(await alert.innerText()).toMatch(/Nothing was stored/);
    expect((await getJson<ModelListResponse>(page(), "/api/models")).models.map((model) => model.name)).toEqual(["digits"]);
    expect(await table.count()).toBe(1);
    expect(await seriousAccessibilityViolations(page())).toEqual([]);
  });

  it("stays accessible in dark mode and on a phone, with nothing wider than the screen", async () => {
    await inOtherLooks(session.browser, async (other) => {
      for (const [path, ready] of [
        ["/models", ".models-table"],
        ["/models/digits", ".model-card"],
      ] as const) {
        await other.goto(session.server.url(path));
        await expect.poll(() => other.locator(ready).count(), POLL).toBe(1);
        expect(await other.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), path).toBe(true);
        expect(await seriousAccessibilityViolations(other)).toEqual([]);
      }
    });
  });
});
