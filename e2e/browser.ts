import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from "playwright-core";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** Debian's Chromium, headless, with nothing that reaches for the network on its own. */
const CHROMIUM = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  headless: true,
  chromiumSandbox: false,
  args: [
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
} as const;

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ ...CHROMIUM, args: [...CHROMIUM.args] });
}

/**
 * Chromium with a profile kept in `userDataDir`, as a learner's browser keeps one: its HTTP cache
 * and IndexedDB are on disk and survive a restart (the contexts of `launchChromium` keep theirs in
 * memory and lose them on close). Launch again on the same folder for a second visit.
 */
export async function launchChromiumProfile(userDataDir: string, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, { ...CHROMIUM, args: [...CHROMIUM.args], ...options });
}

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[] }[];
}

/** Runs axe-core on the page and returns the serious and critical violations. */
export async function seriousAccessibilityViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, which the page's Content Security Policy does not
  // govern; a <script> tag with the source inline would be refused, as it should be.
  await page.evaluate(readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(document)).violations;
  });
  return violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.map(({ target }) => ({ target })) }));
}

/** The looks every page must survive besides the default: dark mode on a desktop, and a phone. */
const OTHER_LOOKS: readonly BrowserContextOptions[] = [
  { viewport: { width: 1280, height: 900 }, colorScheme: "dark" },
  { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
];

/** Runs `check` on a fresh page in dark mode, then on a phone, closing each context afterwards. */
export async function inOtherLooks(browser: Browser, check: (page: Page) => Promise<void>): Promise<void> {
  for (const options of OTHER_LOOKS) {
    const context = await browser.newContext(options);
    try {
      await check(await context.newPage());
    } finally {
      await context.close();
    }
  }
}
