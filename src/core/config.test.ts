import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.js";

describe("STEPWISE_DATASET_MIRROR", () => {
  it("is unset by default, and an empty value counts as unset", () => {
    expect(loadConfig({}, "/srv/stepwise").datasetMirror).toBeUndefined();
    expect(loadConfig({ STEPWISE_DATASET_MIRROR: "" }, "/srv/stepwise").datasetMirror).toBeUndefined();
  });

  it("takes an http(s) URL", () => {
    const mirror = "http://classroom:8000/datasets/";
    expect(loadConfig({ STEPWISE_DATASET_MIRROR: mirror }, "/srv/stepwise").datasetMirror).toBe(mirror);
  });

  it.each(["not a url", "ftp://classroom/datasets/"])("refuses %j, naming the setting", (value) => {
    expect(() => loadConfig({ STEPWISE_DATASET_MIRROR: value }, "/srv/stepwise")).toThrow(ConfigError);
    expect(() => loadConfig({ STEPWISE_DATASET_MIRROR: value }, "/srv/stepwise")).toThrow(/STEPWISE_DATASET_MIRROR: must be/);
  });
});
