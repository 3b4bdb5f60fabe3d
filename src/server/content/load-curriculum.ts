import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import {
  DirectoryFileSchema,
  FaqFileSchema,
  RoadmapFileSchema,
  StageFileSchema,
  type Curriculum,
  type Stage,
  type Topic,
} from "../../shared/content/index.js";
import { checkPrerequisites } from "./check-prerequisites.js";
import { ContentValidationError } from "./content-error.js";
import { loadTopic } from "./load-topic.js";
import { IssueLog, readYamlFile } from "./read-content-file.js";

function listEntries(dir: string, keep: (name: string) => boolean): string[] {
  try {
    return readdirSync(dir).filter(keep).sort();
  } catch {
    return [];
  }
}

/**
 * Loads and validates everything under `contentDir`. Throws a {@link ContentValidationError}
 * listing every problem (path, field, reason) when anything is wrong.
 */
export function loadCurriculum(contentDir: string): Curriculum {
  const log = new IssueLog((path) => relative(process.cwd(), path) || path);
  const roadmapPath = join(contentDir, "roadmap.yaml");
  const roadmap = readYamlFile(RoadmapFileSchema, roadmapPath, log);
  const stagesDir = join(contentDir, "stages");
  const topicsById = new Map<string, Topic>();
  const topicPaths = new Map<string, string>();
  const stages: Stage[] = [];

  const expectedFolders = (roadmap?.stages ?? []).map((id, index) => `${String(index + 1).padStart(2, "0")}-${id}`);
  for (const folder of listEntries(stagesDir, (name) => !name.startsWith("."))) {
    if (roadmap && !expectedFolders.includes(folder)) {
      log.add(join(stagesDir, folder), "(folder)", `is not in roadmap.yaml's stages as NN-<id> (expected one of ${expectedFolders.join(", ")})`);
    }
  }

  expectedFolders.forEach((folder, index) => {
    const stageDir = join(stagesDir, folder);
    const stagePath = join(stageDir, "stage.yaml");
    const file = readYamlFile(StageFileSchema, stagePath, log);
    if (!file) return;
    const expectedId = roadmap?.stages[index];
    if (file.id !== expectedId) {
      log.add(stagePath, "id", `is "${file.id}" but roadmap.yaml puts "${expectedId}" at position ${index + 1}`);
      return;
    }
    const topicsDir = join(stageDir, "topics");
    for (const name of listEntries(topicsDir, (entry) => entry.endsWith(".md"))) {
      if (!file.topics.includes(name.slice(0, -3))) {
        log.add(join(topicsDir, name), "(file)", `is not listed in ${folder}/stage.yaml's topics; add it there or remove the file`);
      }
    }
    const topics: Topic[] = [];
    for (const topicId of file.topics) {
      const topicPath = join(topicsDir, `${topicId}.md`);
      const topic = loadTopic(topicPath, file.id, log);
      if (!topic) continue;
      const earlier = topicPaths.get(topic.id);
      if (earlier) {
        log.add(topicPath, "id", `"${topic.id}" is already used by ${relative(process.cwd(), earlier)}`);
        continue;
      }
      topicsById.set(topic.id, topic);
      topicPaths.set(topic.id, topicPath);
      topics.push(topic);
    }
    stages.push({
      id: file.id,
      order: index + 1,
      title: file.title,
      summary: file.summary,
      outcomes: file.outcomes,
      resources: file.resources,
      topics,
      estimatedHours: topics.reduce((sum, topic) => sum + topic.estimatedHours, 0),
    });
  });

  for (const problem of checkPrerequisites(topicsById)) {
    log.add(topicPaths.get(problem.topicId) ?? stagesDir, "prerequisites", problem.reason);
  }
  const faq = readYamlFile(FaqFileSchema, join(contentDir, "faq.yaml"), log);
  const directory = readYamlFile(DirectoryFileSchema, join(contentDir, "directory.yaml"), log);

  if (log.issues.length > 0 || !roadmap || !faq || !directory) throw new ContentValidationError(log.issues);
  return {
    title: roadmap.title,
    summary: roadmap.summary,
    source: roadmap.source,
    stages,
    topicsById,
    faq: faq.questions,
    directory,
  };
}
