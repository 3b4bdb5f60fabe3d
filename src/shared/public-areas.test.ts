import { describe, expect, it } from "vitest";
import { publicAreaOfPage } from "./public-areas.js";

describe("publicAreaOfPage", () => {
  it("puts the roadmap, stages, topics and FAQ in the curriculum and the dataset pages in the datasets", () => {
    for (const path of ["/", "/faq", "/faq/", "/stages/python", "/topics/python-basics"])
      expect(publicAreaOfPage(path), path).toBe("curriculum");
    for (const path of ["/datasets", "/datasets/penguins"]) expect(publicAreaOfPage(path), path).toBe("datasets");
  });

  it("keeps every page of someone's own work, and look-alike paths, in no area", () => {
    for (const path of [
      "/exercises/dot-product",
      "/progress",
      "/projects",
      "/review",
      "/account",
      "/admin",
      "/stagesx",
      "/datasets-old",
      "/faqs",
    ])
      expect(publicAreaOfPage(path), path).toBeNull();
  });
});
