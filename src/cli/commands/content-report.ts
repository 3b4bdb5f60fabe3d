import { parseArgs } from "node:util";
import { coverage } from "../coverage.js";
import { cliCurriculum } from "../load-content.js";
import type { Command } from "../command.js";

export const contentReportCommand: Command = {
  help: [
    "Usage: stepwise content report [--json]",
    "",
    "Lists, for every stage and topic, the lesson's word count, the exercises, the quiz questions",
    "and the resources (the topic's and its stage's). Exit code 1 when a topic lacks a lesson or a",
    "quiz, or a topic where practice is code (every topic without `code: false`) has fewer than two",
    "exercises; the gaps are listed.",
    "",
    "Options:",
    "  --json  print {ok, totals, stages: [{id, title, topics: [{id, lessonWords, exercises, quizQuestions, resources, gaps}]}]}",
  ].join("\n"),
  async run(args) {
    const { values } = parseArgs({ args, options: { json: { type: "boolean" } } });
    const curriculum = cliCurriculum();
    const stages = coverage(curriculum);
    const topics = stages.flatMap((stage) => stage.topics);
    const gaps = topics.filter((topic) => topic.gaps.length > 0);
    const totals = {
      topics: topics.length,
      lessonWords: topics.reduce((sum, topic) => sum + topic.lessonWords, 0),
      exercises: curriculum.exercisesById.size,
      quizQuestions: topics.reduce((sum, topic) => sum + topic.quizQuestions, 0),
    };
    if (values.json) {
      console.log(JSON.stringify({ ok: gaps.length === 0, totals, stages }, null, 2));
      return gaps.length === 0 ? 0 : 1;
    }
    const width = Math.max(...topics.map((topic) => topic.id.length));
    for (const stage of stages) {
      console.log(`\n${stage.order}. ${stage.title}`);
      console.log(`   ${"topic".padEnd(width)}  words  exercises  quiz  resources`);
      for (const topic of stage.topics) {
        const flag = topic.gaps.length > 0 ? `  ✗ ${topic.gaps.join("; ")}` : "";
        const exercises = topic.code ? String(topic.exercises) : "–";
        console.log(
          `   ${topic.id.padEnd(width)}  ${String(topic.lessonWords).padStart(5)}  ${exercises.padStart(9)}  ${String(topic.quizQuestions).padStart(4)}  ${String(topic.resources).padStart(9)}${flag}`,
        );
      }
    }
    console.log(
      `\n${totals.topics} topics, ${totals.lessonWords.toLocaleString("en")} lesson words, ${totals.exercises} exercises, ${totals.quizQuestions} quiz questions.`,
    );
    if (gaps.length > 0) console.error(`${gaps.length} topic${gaps.length === 1 ? " has" : "s have"} gaps (marked ✗).`);
    else console.log("No gaps: every topic has a lesson and a quiz, and every code topic has exercises.");
    return gaps.length === 0 ? 0 : 1;
  },
};
