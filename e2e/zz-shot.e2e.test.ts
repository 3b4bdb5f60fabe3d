import { readFileSync } from "node:fs";
import { it } from "vitest";
import { launchChromium } from "./browser.js";
import { startE2eServer } from "./server.js";

it("shots", async () => {
  const server = await startE2eServer();
  const inject = (o: object) => server.app.inject(o as never);
  await inject({ method: "POST", url: "/api/models/digits/versions?fileName=logistic.onnx", headers: { host: "127.0.0.1", "content-type": "application/octet-stream" }, payload: readFileSync("/tmp/dj/cache/logistic.onnx") });
  await inject({ method: "POST", url: "/api/models/digits/versions?fileName=tree.onnx", headers: { host: "127.0.0.1", "content-type": "application/octet-stream" }, payload: readFileSync("/tmp/dj/cache/tree.onnx") });
  await inject({ method: "PUT", url: "/api/models/digits/aliases/production", headers: { host: "127.0.0.1", "content-type": "application/json" }, payload: { version: 1 } });
  for (let i = 0; i < 30; i++) await inject({ method: "POST", url: "/api/models/digits/predict", headers: { host: "127.0.0.1", "content-type": "application/json" }, payload: { instances: [Array(784).fill(i)] } });
  const browser = await launchChromium();
  for (const scheme of ["light", "dark"] as const) {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: scheme })).newPage();
    await page.goto(server.url("/models/digits"));
    await page.waitForSelector(".metrics-summary", { timeout: 15000 });
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `/tmp/dj/model-${scheme}.png`, fullPage: true });
    await page.goto(server.url("/models"));
    await page.waitForTimeout(1000);
    await page.screenshot({ path: `/tmp/dj/models-${scheme}.png`, fullPage: true });
  }
  await browser.close();
  await server.stop();
}, 120000);
