import { join } from "node:path";
import type { Page } from "playwright-core";
import { PROJECT_ROOT } from "../src/core/project-root.js";

/**
 * Saves a screenshot the README shows, as `docs/<name>`, only when UPDATE_DOC_SCREENSHOTS=1:
 * an ordinary test run leaves the checkout as it found it.
 */
export async function saveDocScreenshot(page: Page, name: string): Promise<void> {
  if (process.env.UPDATE_DOC_SCREENSHOTS !== "1") return;
  await page.screenshot({ path: join(PROJECT_ROOT, "docs", name) });
}
