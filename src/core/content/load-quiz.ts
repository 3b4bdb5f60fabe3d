import { basename } from "node:path";
import { QuizFileSchema, type Quiz, type QuizQuestion } from "../../shared/content/index.js";
import { MathRenderError, renderInlineMarkdown, renderMarkdown } from "../../shared/markdown/index.js";
import { readYamlFile, type IssueLog } from "./read-content-file.js";

/** Reads one quiz file and renders its Markdown; records every problem with the file's path. */
export function loadQuiz(path: string, log: IssueLog): Quiz | undefined {
  const file = readYamlFile(QuizFileSchema, path, log);
  if (!file) return undefined;
  const expected = basename(path, ".yaml");
  if (file.topic !== expected) {
    log.add(path, "topic", `is "${file.topic}" but the file is named ${expected}.yaml; make them equal`);
    return undefined;
  }
  const questions: QuizQuestion[] = [];
  for (const [index, question] of file.questions.entries()) {
    try {
      const common = { id: question.id, promptHtml: renderMarkdown(question.prompt), explanationHtml: renderMarkdown(question.explanation) };
      questions.push(
        question.type === "numeric"
          ? { ...common, type: "numeric", answer: question.answer, tolerance: question.tolerance, unit: question.unit ?? null }
          : { ...common, type: question.type, choices: question.choices.map((choice) => ({ html: renderInlineMarkdown(choice.text), correct: choice.correct })) },
      );
    } catch (error) {
      log.add(path, `questions.${index}`, error instanceof MathRenderError ? error.describe() : `cannot be rendered: ${String(error)}`);
    }
  }
  return { topicId: file.topic, questions, folder: path };
}
