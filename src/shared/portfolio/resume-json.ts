import type { PortfolioEntry, PortfolioProfile, SkillsSummary } from "../api/portfolio.js";
import { count } from "../text/plural.js";

/** The JSON Resume schema version the file follows (https://jsonresume.org/schema). */
const SCHEMA = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json";

/** Which network a profile link is on, from its address: JSON Resume profiles name one. */
function network(url: string, label: string): string {
  const host = new URL(url).hostname.replace(/^www\./, "");
  const known: Record<string, string> = { "github.com": "GitHub", "linkedin.com": "LinkedIn", "kaggle.com": "Kaggle" };
  return known[host] ?? label;
}

/** Sentences of a write-up's results, for a project's highlights. */
function highlights(entry: PortfolioEntry): string[] {
  const results = /## Results\s+([\s\S]*?)(\n## |$)/.exec(entry.markdown)?.[1] ?? "";
  return results
    .split("\n")
    .filter((line) => /^(Beats|Does not beat|Rank|Scored by)/.test(line.trim()))
    .map((line) => line.trim());
}

/**
 * The skills section: only skills with evidence behind them, so a learner with no deployed model
 * is not listed as knowing deployment.
 */
function verifiedSkills(skills: SkillsSummary): { name: string; level: string; keywords: string[] }[] {
  const accuracy = skills.quiz.answered === 0 ? null : Math.round((skills.quiz.correct / skills.quiz.answered) * 100);
  const listed: { name: string; level: string; keywords: string[] }[] = [];
  if (skills.exercisesSolved > 0)
    listed.push({
      name: "Python",
      level: `${skills.exercisesSolved} of ${count(skills.exercisesTotal, "exercise")} solved`,
      keywords: skills.stages.filter((stage) => stage.solved > 0).map((stage) => stage.title),
    });
  if (skills.projectsScored > 0)
    listed.push({
      name: "Machine learning",
      level: `${count(skills.projectsScored, "project")} scored on hidden test sets, ${skills.projectsBeatingBaseline} beating the baseline`,
      keywords: ["scikit-learn", "evaluation"],
    });
  if (skills.modelsDeployed > 0)
    listed.push({
      name: "Deployment",
      level: `${count(skills.modelsDeployed, "model")} deployed`,
      keywords: ["ONNX", "HTTP endpoints"],
    });
  if (accuracy !== null)
    listed.push({ name: "Concepts", level: `${accuracy}% of ${count(skills.quiz.answered, "quiz answer")} right`, keywords: [] });
  return listed;
}

/** resume.json (JSON Resume v1): the profile, the exported projects with their results, the verified skills. */
export function resumeJson(
  input: { profile: PortfolioProfile; skills: SkillsSummary; generatedAt: Date },
  entries: readonly PortfolioEntry[],
) {
  const { profile, skills } = input;
  return {
    $schema: SCHEMA,
    basics: {
      name: profile.name,
      label: profile.headline,
      profiles: profile.links.map((link) => ({ network: network(link.url, link.label), url: link.url })),
    },
    projects: entries.map((entry) => ({
      name: entry.title,
      description: /## The problem\s+([^\n]+)/.exec(entry.markdown)?.[1] ?? entry.title,
      highlights: highlights(entry),
      keywords: ["machine learning", "Python"],
      roles: [entry.workKind === "team" ? "Team member" : "Sole developer"],
      type: "application",
      entity: "Stepwise",
    })),
    skills: verifiedSkills(skills),
    meta: { version: "v1.0.0", lastModified: input.generatedAt.toISOString().slice(0, 19) },
  };
}
