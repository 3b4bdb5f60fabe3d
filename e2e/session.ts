import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchChromium } from "./browser.js";
import { startE2eServer, type E2eServer, type E2eServerOptions } from "./server.js";

export interface BrowserSession {
  readonly server: E2eServer;
  readonly browser: Browser;
  /** A page in a light-mode context of the given size. */
  readonly page: Page;
}

/**
 * Starts the real app and Chromium before the surrounding `describe` and stops both after it.
 * Call it at the top of a describe block; read the fields inside tests.
 */
export function useBrowserSession(
  viewport = { width: 1280, height: 900 },
  serverOptions: () => E2eServerOptions | Promise<E2eServerOptions> = () => ({}),
): BrowserSession {
  let started: BrowserSession | undefined;
  beforeAll(async () => {
    const server = await startE2eServer(await serverOptions());
    const browser = await launchChromium();
    const page = await (await browser.newContext({ viewport, colorScheme: "light" })).newPage();
    started = { server, browser, page };
  });
  afterAll(async () => {
    await started?.browser.close();
    await started?.server.stop();
  });
  const get = (): BrowserSession => {
    if (!started) throw new Error("the browser session has not started (use it inside tests)");
    return started;
  };
  return {
    get server() {
      return get().server;
    },
    get browser() {
      return get().browser;
    },
    get page() {
      return get().page;
    },
  };
}
