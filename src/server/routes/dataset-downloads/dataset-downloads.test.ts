import type { FastifyInstance } from "fastify";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatasetDownloadResponse, DatasetSummaryResponse } from "../../../shared/api/index.js";
import type { Curriculum, Dataset } from "../../../shared/content/index.js";
import { buildApp } from "../../app.js";
import { startArchiveServer, type ArchiveServer } from "../../../core/test-support/archive-server.js";
import { FIXTURE_REVIEWS, imdbFixture } from "../../../core/test-support/imdb-fixture.js";
import { testCurriculum } from "../../../core/test-support/test-curriculum.js";
import { testConfig } from "../../test-support/test-dialects.js";

const { archive, sha256 } = await imdbFixture();

/** The real catalog, with imdb-reviews pointed at the local server and the fixture's checksum. */
function curriculumWithLocalImdb(url: string): Curriculum {
  const curriculum = testCurriculum();
  const datasets = curriculum.datasets.map((dataset): Dataset =>
    dataset.id === "imdb-reviews"
      ? { ...dataset, origin: { kind: "download", url, sha256, bytes: archive.length, archive: "acl-imdb" } }
      : dataset,
  );
  return { ...curriculum, datasets };
}

describe("downloading a dataset through the API", () => {
  let server: ArchiveServer;
  let app: FastifyInstance;
  let dataDir: string;
  beforeAll(async () => {
    server = await startArchiveServer({ "/aclImdb_v1.tar.gz": archive });
    dataDir = mkdtempSync(join(tmpdir(), "stepwise-download-routes-"));
    app = await buildApp(testConfig(dataDir), { curriculum: curriculumWithLocalImdb(server.url("/aclImdb_v1.tar.gz")) });
  });
  afterAll(async () => {
    await app.close();
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const download = async (method: "GET" | "POST", id: string) =>
    app.inject({ method, url: `/api/datasets/${id}/download`, ...(method === "POST" ? { payload: {} } : {}) });

  it("explores imdb-reviews only after POST → downloading → ready, then summarises the downloaded table", async () => {
    const before = await app.inject({ method: "GET", url: "/api/datasets/imdb-reviews" });
    expect(before.statusCode).toBe(409);
    expect(before.json().message).toMatch(/POST \/api\/datasets\/imdb-reviews\/download/);
    expect((await download("GET", "imdb-reviews")).json()).toEqual({ datasetId: "imdb-reviews", state: { status: "absent" } });

    const started = await download("POST", "imdb-reviews");
    expect(started.statusCode).toBe(202);
    expect(started.json<DatasetDownloadResponse>().state.status).toBe("downloading");

    let state = started.json<DatasetDownloadResponse>().state;
    for (let polls = 0; polls < 200 && state.status !== "ready" && state.status !== "failed"; polls++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      state = (await download("GET", "imdb-reviews")).json<DatasetDownloadResponse>().state;
    }
    expect(state).toEqual({ status: "ready" });

    const explored = await app.inject({ method: "GET", url: "/api/datasets/imdb-reviews" });
    expect(explored.statusCode).toBe(200);
    const summary = explored.json<DatasetSummaryResponse>();
    expect(summary.rows).toBe(FIXTURE_REVIEWS.length);
    const column = (name: string) => summary.columnSummaries.find((item) => item.name === name);
    const ratings = FIXTURE_REVIEWS.map(({ row }) => row.rating);
    expect(column("rating")?.numeric).toMatchObject({ min: Math.min(...ratings), max: Math.max(...ratings) });
    expect(column("rating")?.numeric?.mean).toBeCloseTo(ratings.reduce((a, b) => a + b, 0) / ratings.length, 9);
    expect(column("label")?.top).toEqual([
      { value: "negative", count: 3 },
      { value: "positive", count: 3 },
    ]);
    expect(column("split")?.top).toEqual([
      { value: "train", count: 4 },
      { value: "test", count: 2 },
    ]);
    expect(summary.origin).toEqual({ kind: "download", url: server.url("/aclImdb_v1.tar.gz"), bytes: archive.length, sha256 });

    // Asking again changes nothing and fetches nothing.
    const again = await download("POST", "imdb-reviews");
    expect(again.statusCode).toBe(202);
    expect(again.json()).toEqual({ datasetId: "imdb-reviews", state: { status: "ready" } });
    expect(server.requests).toHaveLength(1);
  });

  it("answers an unknown dataset with 404 and a shipped one with 400, on both routes", async () => {
    for (const method of ["GET", "POST"] as const) {
      const unknown = await download(method, "iris");
      expect(unknown.statusCode).toBe(404);
      expect(unknown.json().message).toMatch(/no dataset "iris"/);
      const shipped = await download(method, "penguins");
      expect(shipped.statusCode).toBe(400);
      expect(shipped.json().message).toMatch(/ships with Stepwise/);
    }
  });

  it("lists the routes in the OpenAPI document", async () => {
    const paths = (await app.inject({ method: "GET", url: "/api/docs/json" })).json<{ paths: Record<string, object> }>().paths;
    expect(Object.keys(paths["/api/datasets/{datasetId}/download"] ?? {}).sort()).toEqual(["get", "post"]);
  });
});
