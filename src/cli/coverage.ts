import type { Curriculum } from "../shared/content/index.js";

/** What a code topic needs at least: the curriculum promises two exercises where code applies. */
export const MIN_EXERCISES_PER_CODE_TOPIC = 2;
/** A lesson shorter than this is a stub, not a lesson. */
export const MIN_LESSON_WORDS = 250;

export interface TopicCoverage {
  readonly id: string;
  readonly title: string;
  readonly code: boolean;
  readonly lessonWords: number;
  readonly exercises: number;
  readonly quizQuestions: number;
  readonly resources: number;
  /** What is missing, in words; empty when the topic is covered. */
  readonly gaps: readonly string[];
}

export interface StageCoverage {
  readonly id: string;
  readonly order: number;
  readonly title: string;
  readonly topics: readonly TopicCoverage[];
}

/** Per stage and topic: lesson length, exercises, quiz questions and resources, with the gaps. */
export function coverage(curriculum: Curriculum): StageCoverage[] {
  return curriculum.stages.map((stage) => ({
    id: stage.id,
    order: stage.order,
    title: stage.title,
    topics: stage.topics.map((topic) => {
      const quizQuestions = curriculum.quizzesByTopic.get(topic.id)?.questions.length ?? 0;
      const gaps: string[] = [];
      if (topic.lesson.wordCount < MIN_LESSON_WORDS) gaps.push(`no real lesson (${topic.lesson.wordCount} words)`);
      if (quizQuestions === 0) gaps.push("no quiz");
      if (topic.code && topic.exerciseIds.length < MIN_EXERCISES_PER_CODE_TOPIC) {
        gaps.push(
          `${topic.exerciseIds.length} exercise${topic.exerciseIds.length === 1 ? "" : "s"} (a code topic needs ${MIN_EXERCISES_PER_CODE_TOPIC})`,
        );
      }
      return {
        id: topic.id,
        title: topic.title,
        code: topic.code,
        lessonWords: topic.lesson.wordCount,
        exercises: topic.exerciseIds.length,
        quizQuestions,
        resources: topic.resources.length + stage.resources.length,
        gaps,
      };
    }),
  }));
}
