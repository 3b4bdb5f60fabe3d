import Papa from "papaparse";
import type { CohortDashboard, StuckReason } from "./cohort-dashboard.js";

/** A spreadsheet would run a cell starting with one of these as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
const safe = (value: string) => (FORMULA_START.test(value) ? `'${value}` : value);

function describeStuck(reason: StuckReason): string {
  if (reason.kind === "inactive") return `no activity for ${reason.days} days`;
  if (reason.kind === "failing") return `failed ${reason.exerciseTitle} ${reason.failures} times`;
  return `behind plan: ${reason.doneHours} of ${reason.expectedHours} h done`;
}

/** The dashboard as one CSV row per learner, for a spreadsheet or a gradebook. */
export function cohortDashboardCsv(dashboard: CohortDashboard): string {
  const header = [
    "name",
    "email",
    "overall %",
    ...dashboard.stages.map((stage) => `${stage.title} %`),
    ...dashboard.projects.map((project) => `${project.title} (best public ${project.metric})`),
    "exercises solved",
    "quiz answers",
    "quiz accuracy %",
    "last active",
    "current streak (days)",
    "stuck",
  ];
  const rows = dashboard.learners.map((learner) => [
    safe(learner.name),
    safe(learner.email ?? ""),
    learner.overallPercent,
    ...learner.stages.map((stage) => stage.percent),
    ...learner.projects.map((project) => project.best ?? ""),
    learner.exercisesSolved,
    learner.quizAnswered,
    learner.quizAccuracy ?? "",
    learner.lastActive ?? "",
    learner.currentStreak,
    safe(learner.stuck.map(describeStuck).join("; ")),
  ]);
  return `${Papa.unparse([header.map(safe), ...rows])}\r\n`;
}
