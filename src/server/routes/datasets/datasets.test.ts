import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatasetListResponse, DatasetSummaryResponse } from "../../../shared/api/index.js";
import { parseCsv } from "../../../shared/csv/parse-csv.js";
import { datasetPath } from "../../datasets/read-table.js";
import { startTestServer, testCurriculum, type TestServer } from "../../test-support/test-dialects.js";

const catalogEntry = (id: string) => {
  const found = testCurriculum().datasets.find((dataset) => dataset.id === id);
  if (!found) throw new Error(`test setup: no dataset ${id}`);
  return found;
};

describe("the dataset catalog and exploration API", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer("sqlite");
  });
  afterAll(() => server.destroy());

  const explore = async (id: string) =>
    (await server.app.inject({ method: "GET", url: `/api/datasets/${id}` })).json<DatasetSummaryResponse>();

  it("lists the shipped datasets with source, licence and column types", async () => {
    const { datasets } = (await server.app.inject({ method: "GET", url: "/api/datasets" })).json<DatasetListResponse>();
    expect(datasets.map((dataset) => dataset.id).sort()).toEqual(["penguins", "seattle-weather", "sp500"]);
    for (const dataset of datasets) {
      expect(dataset.licence.length).toBeGreaterThan(3);
      expect(dataset.source.url).toMatch(/^https:\/\//);
      expect(dataset.package).toBe("vega-datasets");
    }
  });

  it("summarises the S&P 500 file as it is: row count, statistics checked against the raw CSV, a dated series", async () => {
    const { rows } = parseCsv(readFileSync(datasetPath(catalogEntry("sp500")), "utf8"));
    const header = rows[0] ?? [];
    const closes = rows.slice(1).map((row) => Number(row[header.indexOf("close")]));
    const summary = await explore("sp500");
    expect(summary.rows).toBe(closes.length);
    const close = summary.columnSummaries.find((column) => column.name === "close");
    expect(close?.missing).toBe(0);
    expect(close?.numeric?.mean).toBeCloseTo(closes.reduce((a, b) => a + b, 0) / closes.length, 9);
    expect(close?.numeric?.min).toBe(Math.min(...closes));
    expect(close?.numeric?.max).toBe(Math.max(...closes));
    expect(close?.numeric?.histogram.reduce((sum, bin) => sum + bin.count, 0)).toBe(closes.length);
    expect(summary.columnSummaries.find((column) => column.name === "date")?.range?.first).toBe("2000-01-03");
    const points = summary.series?.points ?? [];
    expect(points.length).toBeGreaterThan(100);
    expect(points.length).toBeLessThanOrEqual(600);
    expect([...points].sort((a, b) => a.t.localeCompare(b.t))).toEqual(points);
  });

  it("counts the penguins' missing values and categories, as in the raw JSON", async () => {
    const raw = JSON.parse(readFileSync(datasetPath(catalogEntry("penguins")), "utf8")) as Record<string, unknown>[];
    const summary = await explore("penguins");
    expect(summary.rows).toBe(raw.length);
    const sex = summary.columnSummaries.find((column) => column.name === "Sex");
    const rawMissingSex = raw.filter((row) => row.Sex === null || row.Sex === undefined).length;
    expect(rawMissingSex).toBeGreaterThan(0);
    expect(sex?.missing).toBe(rawMissingSex);
    const species = summary.columnSummaries.find((column) => column.name === "Species");
    expect(species?.top?.map((entry) => entry.value).sort()).toEqual(["Adelie", "Chinstrap", "Gentoo"]);
    expect(species?.top?.reduce((sum, entry) => sum + entry.count, 0)).toBe(raw.length);
    const mass = summary.columnSummaries.find((column) => column.name === "Body Mass (g)");
    expect(mass?.missing).toBe(raw.filter((row) => row["Body Mass (g)"] === null).length);
    expect(mass?.numeric?.std).toBeGreaterThan(0);
  });

  it("answers an unknown dataset with 404", async () => {
    const response = await server.app.inject({ method: "GET", url: "/api/datasets/iris" });
    expect(response.statusCode).toBe(404);
    expect(response.json().message).toMatch(/no dataset "iris"/);
  });
});
