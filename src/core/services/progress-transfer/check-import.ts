import type { Curriculum } from "../../../shared/content/index.js";
import { type ProgressExport, type ProgressSection } from "../../../shared/progress/progress-export.js";
import { PROGRESS_SECTION_NOUNS } from "../../../shared/progress/progress-sections.js";
import { type SectionItem, TRANSFER_KINDS } from "../../db/progress-transfer/index.js";

/** What a file points at besides the roadmap: records already stored, for a merge to build on. */
export interface ImportBase {
  readonly submissionIds: ReadonlySet<string>;
  readonly modelVersionIds: ReadonlySet<string>;
  /** The learner's models by name → id, to refuse a merge that would give one name to two models. */
  readonly modelIdsByName: ReadonlyMap<string, string>;
  /** Whether a model file is stored here already or arrives with the import. */
  hasModelFile(sha256: string): boolean;
}

/** At most this many problems are listed; fixing them usually fixes the rest. */
const MAX_PROBLEMS = 5;

/**
 * Everything wrong with a (schema-valid) file that the database or the roadmap would refuse:
 * records this roadmap does not have, the same record twice, links to records that are not
 * there, missing model files. Empty when the file can be imported; checked before anything changes.
 */
export function findImportProblems(curriculum: Curriculum, document: ProgressExport, base: ImportBase): string[] {
  const problems: string[] = [];
  const add = (section: ProgressSection, index: number, field: string, message: string) =>
    problems.push(`${section}[${index}].${field}: ${message}`);
  const topic = (section: ProgressSection, index: number, id: string, field = "topicId") => {
    if (!curriculum.topicsById.has(id)) add(section, index, field, `no topic has the id "${id}" in this roadmap`);
  };
  const exercise = (section: ProgressSection, index: number, id: string, field = "exerciseId") => {
    if (!curriculum.exercisesById.has(id)) add(section, index, field, `no exercise has the id "${id}" in this roadmap`);
  };
  const projectIds = new Set(curriculum.projects.map((project) => project.id));
  const project = (section: ProgressSection, index: number, id: string) => {
    if (!projectIds.has(id)) add(section, index, "projectId", `no project has the id "${id}" in this roadmap`);
  };

  document.topicStatuses.forEach((item, index) => topic("topicStatuses", index, item.topicId));
  document.topicNotes.forEach((item, index) => topic("topicNotes", index, item.topicId));
  document.exerciseDrafts.forEach((item, index) => exercise("exerciseDrafts", index, item.exerciseId));
  document.exerciseDraftVersions.forEach((item, index) => exercise("exerciseDraftVersions", index, item.exerciseId));
  document.exerciseAttempts.forEach((item, index) => exercise("exerciseAttempts", index, item.exerciseId));
  document.quizAnswers.forEach((item, index) => {
    const quiz = curriculum.quizzesByTopic.get(item.topicId);
    if (!quiz) add("quizAnswers", index, "topicId", `no quiz for a topic "${item.topicId}" in this roadmap`);
    else if (!quiz.questions.some((question) => question.id === item.questionId))
      add("quizAnswers", index, "questionId", `the quiz of "${item.topicId}" has no question "${item.questionId}"`);
  });
  document.reviewCards.forEach((item, index) => {
    if (item.itemType === "exercise") return exercise("reviewCards", index, item.itemId, "itemId");
    const [topicId = "", questionId = ""] = item.itemId.split("/");
    if (!curriculum.quizzesByTopic.get(topicId)?.questions.some((question) => question.id === questionId))
      add("reviewCards", index, "itemId", `no quiz question "${item.itemId}" in this roadmap`);
  });
  document.projectSubmissions.forEach((item, index) => project("projectSubmissions", index, item.projectId));
  document.projectClosures.forEach((item, index) => project("projectClosures", index, item.projectId));
  document.portfolioEntries.forEach((item, index) => {
    project("portfolioEntries", index, item.projectId);
    item.codeExercises.forEach((id) => exercise("portfolioEntries", index, id, "codeExercises"));
  });
  document.studyPlans.forEach((plan, index) => plan.topics.forEach((item) => topic("studyPlans", index, item.id, "topics")));

  const submissionIds = new Set([...base.submissionIds, ...document.projectSubmissions.map((item) => item.id)]);
  const versions = document.models.flatMap((model) => model.versions);
  const versionIds = new Set([...base.modelVersionIds, ...versions.map((version) => version.id)]);
  document.submissionModels.forEach((item, index) => {
    if (!submissionIds.has(item.submissionId))
      add("submissionModels", index, "submissionId", `no submission "${item.submissionId}" in the file or here`);
    if (!versionIds.has(item.modelVersionId))
      add("submissionModels", index, "modelVersionId", `no model version "${item.modelVersionId}" in the file or here`);
  });
  document.models.forEach((model, index) => {
    const existing = base.modelIdsByName.get(model.name);
    if (existing !== undefined && existing !== model.id)
      add(
        "models",
        index,
        "name",
        `you already have another model called "${model.name}"; rename one, or import in replace mode`,
      );
    model.versions.forEach((version) => {
      if (!base.hasModelFile(version.sha256))
        add(
          "models",
          index,
          "versions",
          `the file of version ${version.version} (${version.sha256.slice(0, 12)}…) is not here; import the .zip export, which carries model files`,
        );
    });
  });
  problems.push(...findRepeatedKeys(document));
  return problems.slice(0, MAX_PROBLEMS);
}

function findRepeatedKeys(document: ProgressExport): string[] {
  const problems: string[] = [];
  const check = <S extends ProgressSection>(section: S) => {
    const kind = TRANSFER_KINDS[section];
    const seen = new Set<string>();
    (document[section] as SectionItem<S>[]).forEach((item, index) => {
      const key = kind.key(item);
      if (seen.has(key))
        problems.push(`${section}[${index}]: lists the same ${PROGRESS_SECTION_NOUNS[section].one} twice (${key})`);
      seen.add(key);
    });
  };
  for (const section of Object.keys(TRANSFER_KINDS) as ProgressSection[]) check(section);
  const names = document.models.map((model) => model.name);
  names.forEach((name, index) => {
    if (names.indexOf(name) !== index) problems.push(`models[${index}].name: two models are called "${name}"`);
  });
  return problems;
}
