import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync } from "fflate";
import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import type { LeaderboardResponse, ModelResponse, PredictResponse } from "../src/shared/api/index.js";
import { PROJECT_ROOT } from "../src/core/project-root.js";
import { seriousAccessibilityViolations } from "./browser.js";
import { useBrowserSession } from "./session.js";

// The "done when", as a learner lives it: train in their own Python, submit, deploy the
// model behind the submission, see it reproduce the score, draw a digit, release a new version,
// watch the traffic and take the model home as a bundle.

const PROJECT = "digit-recognizer";
const POLL = { timeout: 15_000 };
const SLOW = { timeout: 90_000 };
const work = mkdtempSync(join(tmpdir(), "stepwise-deploy-journey-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * What a learner would write in their own Python ("My Python": Debian's python3 with scikit-learn):
 * read the project's files with pandas, fit, write the submission and export the model with
 * stepwise.export. `kind` picks the model, so that a second version differs from the first.
 */
const TRAIN = `
import sys
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import MinMaxScaler
from sklearn.tree import DecisionTreeClassifier
from stepwise.export import to_onnx

kind = sys.argv[1]
train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
features = [column for column in test.columns if column != "id"]
if kind == "logistic":
    model = Pipeline([("scale", MinMaxScaler()), ("classify", LogisticRegression(max_iter=100))])
else:
    model = DecisionTreeClassifier(max_depth=8, random_state=0)
model.fit(train[features].to_numpy(float), train["label"])
predictions = model.predict(test[features].to_numpy(float))
pd.DataFrame({"id": test["id"], "label": predictions}).to_csv(f"{kind}.csv", index=False)
to_onnx(model, f"{kind}.onnx")
`;

/** GET inside the page (same origin) and parse the JSON. */
const getJson = <T>(page: Page, path: string) =>
  page.evaluate(async (url) => (await (await fetch(url)).json()) as unknown, path) as Promise<T>;

/** Draws a "1": one vertical stroke down the middle of the pad, as a mouse would. */
async function drawOne(page: Page) {
  const pad = page.getByLabel("Drawing pad, 28 by 28 pixels");
  await pad.scrollIntoViewIfNeeded();
  const box = await pad.boundingBox();
  if (!box) throw new Error("the drawing pad is not on screen");
  const x = box.x + box.width / 2;
  await page.mouse.move(x, box.y + box.height * 0.18);
  await page.mouse.down();
  for (let step = 1; step <= 20; step += 1) await page.mouse.move(x, box.y + box.height * (0.18 + (0.64 * step) / 20));
  await page.mouse.up();
}

describe("from a trained model to a served, reproduced, released endpoint", { timeout: 180_000 }, () => {
  const session = useBrowserSession({ width: 1280, height: 900 });
  const page = () => session.page;

  it("downloads the digits data from the project page and trains two models in the learner's Python", async () => {
    await page().goto(session.server.url(`/projects/${PROJECT}`));
    for (const file of ["train.csv", "test.csv"]) {
      const link = page()
        .locator("#data")
        .getByRole("link", { name: new RegExp(file.replace(".", "\\.")) })
        .first();
      const href = await link.getAttribute("href");
      expect(href).toBeTruthy();
      const response = await fetch(session.server.url(href ?? ""));
      expect(response.status).toBe(200);
      writeFileSync(join(work, file), Buffer.from(await response.arrayBuffer()));
    }
    writeFileSync(join(work, "train.py"), TRAIN);
    for (const kind of ["logistic", "tree"]) {
      execFileSync(process.env.STEPWISE_PYTHON ?? "python3", ["train.py", kind], {
        cwd: work,
        env: { ...process.env, PYTHONPATH: join(PROJECT_ROOT, "python"), PYTHONWARNINGS: "ignore" },
        stdio: ["ignore", "ignore", "inherit"],
      });
    }
    expect(readFileSync(join(work, "logistic.onnx")).length).toBeGreaterThan(1000);
  }, 180_000);

  it("submits the predictions and is scored", async () => {
    await page().locator('#submit input[type="file"]').setInputFiles(join(work, "logistic.csv"));
    await page()
      .getByRole("button", { name: /Submit for scoring/ })
      .click();
    await expect.poll(() => page().locator(".submit-result").innerText(), SLOW).toMatch(/Rank 1 of/);
    await expect.poll(() => page().locator(".submissions-table tbody tr").count(), POLL).toBe(1);
  });

  it("deploys the model behind the submission from the project page and sees it reproduce the score", async () => {
    await page()
      .getByRole("button", { name: /^Deploy model.*logistic\.csv$/ })
      .click();
    const panel = page().locator("#link-model");
    await expect.poll(() => panel.innerText(), POLL).toMatch(/784 columns/);
    await panel.getByLabel("Choose an .onnx file").setInputFiles(join(work, "logistic.onnx"));
    await panel.getByLabel("Model name").fill("digits");
    await panel.getByRole("button", { name: "Upload model" }).click();
    const check = panel.locator(".model-check");
    await expect
      .poll(() => check.innerText(), SLOW)
      .toMatch(/Reproduced: digits version 1 gave the submitted prediction for all 2,000 test rows/);
    const [submitted, served] = await check.locator(".score-list").allInnerTexts();
    expect(served).toBe(submitted);
    await expect
      .poll(() => page().locator(".submissions-table tbody tr").first().innerText(), POLL)
      .toMatch(/digits v1: reproduced/);
    const board = await getJson<LeaderboardResponse>(page(), `/api/projects/${PROJECT}/leaderboard`);
    expect(board.entries.find((entry) => entry.isMe)?.liveModel).toBe(true);
    await expect.poll(() => page().locator(".leaderboard__me").innerText(), POLL).toMatch(/live model/);
  });

  it("draws a digit in the try-it console and gets a prediction with probabilities", async () => {
    await page().locator("#link-model").getByRole("link", { name: "digits version 1" }).click();
    await expect.poll(() => page().locator("h1").innerText(), POLL).toBe("digits");
    await drawOne(page());
    await page().getByRole("button", { name: "Predict", exact: true }).click();
    const result = page().getByRole("region", { name: "Prediction" });
    // One straight stroke down the middle: the logistic regression reads it as a 1.
    await expect.poll(() => result.innerText(), POLL).toMatch(/^Predicted class\s+1\s/);
    expect(await result.getByRole("list", { name: "Probability of each class" }).locator("li").count()).toBe(10);
    expect(await seriousAccessibilityViolations(page())).toEqual([]);
  });

  it("shows the requests on the metrics chart", async () => {
    await page().reload();
    const summary = page().locator(".metrics-summary");
    await expect.poll(() => summary.innerText(), POLL).toMatch(/[1-9]\d* requests? in the last hour/);
    expect(await page().getByRole("region", { name: "Requests per second" }).locator("svg").count()).toBeGreaterThan(0);
  });

  it("uploads a second version, moves production to it and back, and the endpoint follows", async () => {
    await page().getByLabel("Choose an .onnx file").setInputFiles(join(work, "tree.onnx"));
    await page().getByRole("button", { name: "Upload as the next version" }).click();
    await expect.poll(() => page().locator(".versions-table tbody tr").count(), SLOW).toBe(2);
    const production = page().locator("#aliases .alias-row", { hasText: "production" });
    for (const version of [2, 1]) {
      await production.getByLabel("Version for production").selectOption(String(version));
      await production.getByRole("button", { name: /^(Set|Move) production$/ }).click();
      await expect
        .poll(async () => (await getJson<ModelResponse>(page(), "/api/models/digits")).aliases.production, POLL)
        .toBe(version);
      const answer = await page().evaluate(async () => {
        const response = await fetch("/api/models/digits/predict", {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ instances: [Array.from({ length: 784 }, () => 0)] }),
        });
        return (await response.json()) as PredictResponse;
      });
      expect(answer.version).toBe(version);
    }
  });

  it("downloads the self-host bundle: Flask app, Dockerfile, Triton repository, KServe service", async () => {
    const row = page().locator(".versions-table tbody tr", { hasText: "production" });
    const [download] = await Promise.all([
      page().waitForEvent("download"),
      row.getByRole("link", { name: /Bundle \(zip\)/ }).click(),
    ]);
    const path = join(work, "bundle.zip");
    await download.saveAs(path);
    const files = Object.keys(unzipSync(readFileSync(path)));
    for (const expected of ["app.py", "requirements.txt", "Dockerfile", "README.md", "model.onnx"]) {
      expect(files.some((file) => file.endsWith(expected))).toBe(true);
    }
    expect(files.some((file) => /config\.pbtxt$/.test(file))).toBe(true);
    expect(files.some((file) => /\/1\/model\.onnx$/.test(file))).toBe(true);
  });
});
