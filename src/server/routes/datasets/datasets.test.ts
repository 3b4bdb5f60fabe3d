import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatasetListResponse, DatasetSummaryResponse } from "../../../shared/api/index.js";
import { parseCsv } from "../../../shared/csv/parse-csv.js";
import { testCurriculum } from "../../../core/test-support/test-curriculum.js";
import { startTestServer, type TestServer } from "../../test-support/test-dialects.js";

const localPath = (id: string) => {
  const found = testCurriculum().datasets.find((dataset) => dataset.id === id)?.localPath;
  if (!found) throw new Error(`test setup: no shipped dataset ${id}`);
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
    const ids = datasets.map((dataset) => dataset.id);
    expect(ids).toEqual(expect.arrayContaining(["penguins", "seattle-weather", "sp500", "mnist-digits"]));
    for (const dataset of datasets) {
      expect(dataset.licence.length).toBeGreaterThan(3);
      expect(dataset.source.url ?? "https://").toMatch(/^https:\/\//);
    }
    expect(datasets.find((dataset) => dataset.id === "sp500")?.origin).toEqual({ kind: "package", package: "vega-datasets" });
    expect(datasets.find((dataset) => dataset.id === "mnist-digits")?.origin).toEqual({ kind: "package", package: "mnist" });
  });

  it("summarises the S&P 500 file as it is: row count, statistics checked against the raw CSV, a dated series", async () => {
    const { rows } = parseCsv(readFileSync(localPath("sp500"), "utf8"));
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
    const raw = JSON.parse(readFileSync(localPath("penguins"), "utf8")) as Record<string, unknown>[];
    const summary = await explore("penguins");
    expect(summary.rows).toBe(raw.length);
    const sex = summary.columnSummaries.find((column) => column.name === "Sex");
    // The source marks one bird's sex with "." besides the nulls: both are missing, neither a category.
    const rawMissingSex = raw.filter((row) => row.Sex === null || row.Sex === undefined || row.Sex === ".").length;
    expect(raw.some((row) => row.Sex === ".")).toBe(true);
    expect(sex?.missing).toBe(rawMissingSex);
    expect(sex?.top?.map((entry) => entry.value).sort()).toEqual(["FEMALE", "MALE"]);
    const species = summary.columnSummaries.find((column) => column.name === "Species");
    expect(species?.top?.map((entry) => entry.value).sort()).toEqual(["Adelie", "Chinstrap", "Gentoo"]);
    expect(species?.top?.reduce((sum, entry) => sum + entry.count, 0)).toBe(raw.length);
    const mass = summary.columnSummaries.find((column) => column.name === "Body Mass (g)");
    expect(mass?.missing).toBe(raw.filter((row) => row["Body Mass (g)"] === null).length);
    expect(mass?.numeric?.std).toBeGreaterThan(0);
  });

  it("reads the mnist package's 10,000 digits with labels and shows sample images of every digit", async () => {
    const dir = localPath("mnist-digits");
    const perDigit = Array.from({ length: 10 }, (_, digit) => {
      const { data } = JSON.parse(readFileSync(`${dir}/${digit}.json`, "utf8")) as { data: number[] };
      return data.length / 784;
    });
    const summary = await explore("mnist-digits");
    expect(summary.rows).toBe(perDigit.reduce((a, b) => a + b, 0));
    const label = summary.columnSummaries.find((column) => column.name === "label");
    expect(label?.top?.find((entry) => entry.value === "7")?.count).toBe(perDigit[7]);
    // Digits keep their own order, not the order of how often they occur.
    expect(label?.topOrder).toBe("value");
    expect(label?.top?.map((entry) => entry.value)).toEqual(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]);
    expect(summary.images?.width).toBe(28);
    const labels = new Set(summary.images?.samples.map((sample) => sample.label));
    expect([...labels]).toEqual(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]);
    const first = Buffer.from(summary.images?.samples[0]?.pixels ?? "", "base64");
    expect(first.length).toBe(784);
    // The first sample is the first "0" in the package, scaled from 0–1 to 0–255.
    const { data } = JSON.parse(readFileSync(`${dir}/0.json`, "utf8")) as { data: number[] };
    expect([...first]).toEqual(data.slice(0, 784).map((value) => Math.round(value * 255)));
  });

  it("answers an unknown dataset with 404", async () => {
    const response = await server.app.inject({ method: "GET", url: "/api/datasets/iris" });
    expect(response.statusCode).toBe(404);
    expect(response.json().message).toMatch(/no dataset "iris"/);
  });
});
