import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DatasetFileSchema, type DatasetFile } from "../../shared/content/index.js";
import { readDatasetTable } from "./read-table.js";
import { summarize } from "./summarize.js";

const dir = mkdtempSync(join(tmpdir(), "stepwise-summarize-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A catalog entry for a small CSV written for the test, read and summarised as the dataset page does. */
function summaryOf(csv: string, columns: DatasetFile["columns"], extra: Partial<DatasetFile> = {}) {
  const dataset = DatasetFileSchema.parse({
    id: "tiny",
    title: "Tiny",
    description: "Written for this test.",
    origin: { kind: "content", file: "tiny.csv" },
    format: "csv",
    source: { title: "this test" },
    licence: "CC0",
    columns,
    ...extra,
  });
  const path = join(dir, "tiny.csv");
  writeFileSync(path, csv);
  return summarize(dataset, readDatasetTable(dataset, path));
}

const column = (name: string, type: DatasetFile["columns"][number]["type"]) => ({ name, type, description: name });

describe("a dataset's summary", () => {
  it("counts the source's own missing marker as missing, not as a category", () => {
    const csv = "sex,mass\nMALE,3\nFEMALE,4\n.,5\n,6\nMALE,.\n";
    const [sex, mass] = summaryOf(csv, [column("sex", "category"), column("mass", "number")], { missing_values: ["."] }).columns;
    expect(sex?.missing).toBe(2);
    expect(sex?.top).toEqual([
      { value: "MALE", count: 2 },
      { value: "FEMALE", count: 1 },
    ]);
    expect(sex?.distinct).toBe(2);
    // In a number column the marker is missing too, rather than "not a number".
    expect(mass?.missing).toBe(1);
    expect(mass?.numeric?.max).toBe(6);
  });

  it("keeps a lone dot as a value when the dataset does not name it a marker", () => {
    const [mark] = summaryOf("mark\n.\nx\n", [column("mark", "category")]).columns;
    expect(mark?.missing).toBe(0);
    expect(mark?.top?.map((entry) => entry.value).sort()).toEqual([".", "x"]);
  });

  it("charts number labels (digits) in their own order, most frequent first for everything else", () => {
    const digits = "label\n" + ["7", "1", "1", "1", "10", "2", "2", "0"].join("\n") + "\n";
    const [label] = summaryOf(digits, [column("label", "category")]).columns;
    expect(label?.topOrder).toBe("value");
    expect(label?.top?.map((entry) => entry.value)).toEqual(["0", "1", "2", "7", "10"]);

    const words = "kind\nb\na\na\nc\nc\nc\n";
    const [kind] = summaryOf(words, [column("kind", "category")]).columns;
    expect(kind?.topOrder).toBe("count");
    expect(kind?.top?.map((entry) => entry.value)).toEqual(["c", "a", "b"]);
  });

  it("falls back to the most frequent numbers when there are too many to show them all", () => {
    const many = "code\n" + Array.from({ length: 20 }, (_, index) => String(index)).join("\n") + "\n5\n";
    const [code] = summaryOf(many, [column("code", "category")]).columns;
    expect(code?.topOrder).toBe("count");
    expect(code?.top?.[0]).toEqual({ value: "5", count: 2 });
    expect(code?.top).toHaveLength(12);
  });
});
