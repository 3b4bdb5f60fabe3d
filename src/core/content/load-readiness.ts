import { join } from "node:path";
import type { Exercise, Project, Quiz, Stage, Topic } from "../../shared/content/index.js";
import { type ReadinessFile, type ReadinessRequirement, ReadinessFileSchema } from "../../shared/content/index.js";
import { type IssueLog, readYamlFile } from "./read-content-file.js";

export interface ReadinessLinks {
  readonly stages: readonly Stage[];
  readonly topicsById: ReadonlyMap<string, Topic>;
  readonly exercisesById: ReadonlyMap<string, Exercise>;
  readonly quizzesByTopic: ReadonlyMap<string, Quiz>;
  readonly projects: readonly Project[];
}

/**
 * `content/readiness.yaml`, checked against the rest of the curriculum: every id it names exists,
 * and every stage has exactly one entry per outcome, so no outcome is left without evidence.
 */
export function loadReadiness(contentDir: string, links: ReadinessLinks, log: IssueLog): ReadinessFile | undefined {
  const path = join(contentDir, "readiness.yaml");
  const file = readYamlFile(ReadinessFileSchema, path, log);
  if (!file) return undefined;
  const problems: { field: string; reason: string }[] = [];
  file.skills.forEach((skill, index) => {
    problems.push(...unknownIds(skill.evidence, links).map((reason) => ({ field: `skills.${index}.evidence`, reason })));
  });
  const seen = new Set<string>();
  for (const skill of file.skills) {
    if (seen.has(skill.id)) problems.push({ field: "skills", reason: `"${skill.id}" is listed twice` });
    seen.add(skill.id);
  }
  for (const [stageId, outcomes] of Object.entries(file.stages)) {
    const stage = links.stages.find((item) => item.id === stageId);
    if (!stage) {
      problems.push({ field: `stages.${stageId}`, reason: `"${stageId}" is not a stage id` });
      continue;
    }
    if (outcomes.length !== stage.outcomes.length) {
      problems.push({
        field: `stages.${stageId}`,
        reason: `has ${outcomes.length} entries but the stage lists ${stage.outcomes.length} outcomes; give one per outcome, in order`,
      });
    }
    outcomes.forEach((outcome, index) => {
      problems.push(
        ...unknownIds(outcome.evidence, links).map((reason) => ({ field: `stages.${stageId}.${index}.evidence`, reason })),
      );
    });
  }
  for (const stage of links.stages) {
    if (!(stage.id in file.stages)) {
      problems.push({ field: "stages", reason: `stage "${stage.id}" is missing: every stage outcome needs evidence` });
    }
  }
  for (const problem of problems) log.add(path, problem.field, problem.reason);
  return problems.length === 0 ? file : undefined;
}

function unknownIds(evidence: readonly ReadinessRequirement[], links: ReadinessLinks): string[] {
  const reasons: string[] = [];
  for (const requirement of evidence) {
    if ("exercises" in requirement) {
      for (const id of requirement.exercises) {
        if (!links.exercisesById.has(id)) reasons.push(`"${id}" is not an exercise id`);
      }
    } else if ("quiz" in requirement) {
      if (!links.quizzesByTopic.has(requirement.quiz)) reasons.push(`"${requirement.quiz}" is not a topic with a quiz`);
    } else if ("projects" in requirement) {
      for (const id of requirement.projects) {
        if (!links.projects.some((project) => project.id === id)) reasons.push(`"${id}" is not a project id`);
      }
    } else if ("topics_done" in requirement) {
      for (const id of requirement.topics_done) {
        if (!links.topicsById.has(id)) reasons.push(`"${id}" is not a topic id`);
      }
    }
  }
  return reasons;
}
