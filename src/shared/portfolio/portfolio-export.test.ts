import { describe, expect, it } from "vitest";
import type { PortfolioEntry, SkillsSummary } from "../api/portfolio.js";
import { demoteHeadings, portfolioFiles, standaloneReadme, withChartAfterResults } from "./portfolio-export.js";
import { resumeJson } from "./resume-json.js";

const entry = (overrides: Partial<PortfolioEntry> = {}): PortfolioEntry => ({
  projectId: "titanic",
  title: "Titanic survival",
  markdown:
    "# Titanic survival\n\n## The problem\n\nPredict who survived.\n\n## Results\n\nScored by Accuracy.\n\nBeats the baseline by 5 percentage points.\n",
  edited: false,
  saved: true,
  featured: false,
  workKind: "individual",
  collaborators: [],
  codeExercises: [],
  submissions: 2,
  chartSvg: '<svg xmlns="http://www.w3.org/2000/svg"><title>chart</title></svg>',
  updatedAt: null,
  ...overrides,
});

const noSkills: SkillsSummary = {
  stages: [{ id: "python", order: 1, title: "Python", solved: 0, total: 4 }],
  exercisesSolved: 0,
  exercisesTotal: 4,
  quiz: { answered: 0, correct: 0 },
  projectsScored: 0,
  projectsBeatingBaseline: 0,
  modelsDeployed: 0,
  modelsReproducing: 0,
};

const input = (entries: PortfolioEntry[], skills: SkillsSummary = noSkills) => ({
  profile: { name: "Ada", headline: "Learning ML", links: [{ label: "GitHub", url: "https://github.com/ada" }] },
  entries,
  skills,
  generatedAt: new Date("2026-12-01T12:00:00Z"),
});

describe("demoteHeadings", () => {
  it("moves headings down a level but leaves Python comments in code blocks alone", () => {
    const markdown = "# Title\n\n## Code\n\n```python\n# load the data\nx = 1\n```\n\n~~~\n## not a heading\n~~~\n### After";
    expect(demoteHeadings(markdown)).toBe(
      "## Title\n\n### Code\n\n```python\n# load the data\nx = 1\n```\n\n~~~\n## not a heading\n~~~\n#### After",
    );
  });
});

describe("portfolioFiles", () => {
  it("exports only the featured projects when some are featured, each with a page and a chart", () => {
    const files = portfolioFiles(input([entry({ featured: true }), entry({ projectId: "houses", title: "Houses" })]));
    expect(Object.keys(files).sort()).toEqual([
      "README.md",
      "charts/titanic.svg",
      "index.html",
      "projects/titanic.html",
      "resume.json",
    ]);
    expect(files["index.html"]).toContain('href="projects/titanic.html"');
    expect(files["projects/titanic.html"]).toContain('<img src="../charts/titanic.svg"');
    expect(files["README.md"]).toContain("(charts/titanic.svg)");
  });

  it("loads nothing from another site: no http(s) in src, no stylesheet or script links", () => {
    const remoteImage = entry({ markdown: "# T\n\n![x](https://example.com/a.png)\n\n<script>alert(1)</script>" });
    const files = portfolioFiles(input([remoteImage]));
    for (const [name, text] of Object.entries(files).filter(([file]) => file.endsWith(".html"))) {
      expect(text, name).not.toMatch(/src="https?:|<link |<script/i);
    }
  });

  it("README.md on its own carries the charts as data", () => {
    expect(standaloneReadme(input([entry()]))).toMatch(/\]\(data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+\)/);
  });
});

describe("resumeJson", () => {
  it("lists no skill without evidence", () => {
    expect(resumeJson(input([]), []).skills).toEqual([]);
  });

  it("lists the verified skills with their counts, singular when one", () => {
    const skills: SkillsSummary = {
      ...noSkills,
      stages: [{ id: "python", order: 1, title: "Python", solved: 1, total: 4 }],
      exercisesSolved: 1,
      projectsScored: 1,
      projectsBeatingBaseline: 1,
      quiz: { answered: 4, correct: 3 },
    };
    const resume = resumeJson(input([entry()], skills), [entry()]);
    expect(resume.skills.map((skill) => [skill.name, skill.level])).toEqual([
      ["Python", "1 of 4 exercises solved"],
      ["Machine learning", "1 project scored on hidden test sets, 1 beating the baseline"],
      ["Concepts", "75% of 4 quiz answers right"],
    ]);
    expect(resume.projects[0]?.description).toBe("Predict who survived.");
    expect(resume.projects[0]?.highlights).toEqual(["Scored by Accuracy.", "Beats the baseline by 5 percentage points."]);
    expect(resume.basics.profiles).toEqual([{ network: "GitHub", url: "https://github.com/ada" }]);
  });
});

describe("withChartAfterResults", () => {
  it("puts the chart after the first paragraph of the results, like the project page", () => {
    expect(withChartAfterResults("# T\n\n## Results\n\nScored by RMSE.\nOver 2.\n\nBeats it.", "![c](c.svg)")).toBe(
      "# T\n\n## Results\n\nScored by RMSE.\nOver 2.\n\n![c](c.svg)\n\nBeats it.",
    );
  });

  it("appends it when the learner removed the results heading", () => {
    expect(withChartAfterResults("# T\n\nMy own words.", "![c](c.svg)")).toBe("# T\n\nMy own words.\n\n![c](c.svg)");
  });
});
