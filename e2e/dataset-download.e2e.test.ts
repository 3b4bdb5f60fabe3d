import { afterAll, describe, expect, it } from "vitest";
import type { Dataset } from "../src/shared/content/index.js";
import { startArchiveServer, type ArchiveServer } from "../src/core/test-support/archive-server.js";
import { FIXTURE_REVIEWS, imdbFixture } from "../src/core/test-support/imdb-fixture.js";
import { testCurriculum } from "../src/core/test-support/test-curriculum.js";
import { seriousAccessibilityViolations } from "./browser.js";
import { useBrowserSession } from "./session.js";

// The real catalog with imdb-reviews pointed at a local server that holds a small archive of the
// same layout. The catalog URL first leads nowhere, so the learner meets the failure before the fix.
const { archive, sha256 } = await imdbFixture();
let archives: ArchiveServer | undefined;

describe("a learner downloading a dataset too large to ship", { timeout: 90_000 }, () => {
  const session = useBrowserSession({ width: 1280, height: 900 }, async () => {
    archives = await startArchiveServer({ "/aclImdb_v1.tar.gz": archive });
    const url = archives.url("/moved/aclImdb_v1.tar.gz");
    const curriculum = testCurriculum();
    const datasets = curriculum.datasets.map((dataset): Dataset =>
      dataset.id === "imdb-reviews"
        ? { ...dataset, origin: { kind: "download", url, sha256, bytes: archive.length, archive: "acl-imdb" } }
        : dataset,
    );
    return { curriculum: { ...curriculum, datasets } };
  });
  afterAll(() => archives?.close());
  const page = () => session.page;

  it("sees a clear failure, retries, watches the progress bar and then explores the table", async () => {
    await page().goto(session.server.url("/datasets/imdb-reviews"));
    await page().getByRole("button", { name: "Download (0.3 MB)" }).click();
    const alert = page().getByRole("alert");
    await expect.poll(() => alert.innerText(), { timeout: 20_000 }).toMatch(/moved\/aclImdb_v1\.tar\.gz/);
    expect(await alert.innerText()).toMatch(/STEPWISE_DATASET_MIRROR/);
    expect(await seriousAccessibilityViolations(page())).toEqual([]);

    // The file turns up (a redirect to where it really is), on a slow link: about three seconds.
    archives?.redirect("/moved/aclImdb_v1.tar.gz", "/aclImdb_v1.tar.gz");
    archives?.throttle(8_000, 100);
    await page().getByRole("button", { name: "Retry (0.3 MB)" }).click();
    const bar = page().getByRole("progressbar", { name: /Downloading IMDB/ });
    await expect
      .poll(async () => Number((await bar.getAttribute("aria-valuenow").catch(() => null)) ?? 0), { timeout: 10_000 })
      .toBeGreaterThan(0);
    expect(
      await page()
        .getByText(/Downloading… \d+% · 0\.\d MB of 0\.3 MB/)
        .count(),
    ).toBe(1);

    // Checked, converted, and explored like any other dataset.
    await expect.poll(() => page().locator(".table-scroll tbody tr").count(), { timeout: 30_000 }).toBe(5);
    expect(await page().locator(".muted").first().innerText()).toMatch(new RegExp(`^${FIXTURE_REVIEWS.length} rows · 5 columns`));
    expect(await seriousAccessibilityViolations(page())).toEqual([]);
  });
});
