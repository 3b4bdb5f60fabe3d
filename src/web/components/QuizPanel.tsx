import { useState } from "react";
import type { AnswerResponse, QuizResponse } from "../../shared/api/index.js";
import { useAnswerQuestion, useQuiz } from "../api/queries.js";
import "./QuizPanel.css";
import { count } from "../../shared/text/plural.js";

type Question = QuizResponse["questions"][number];

function QuestionCard({ topicId, question, number }: { topicId: string; question: Question; number: number }) {
  const [picked, setPicked] = useState<number[]>([]);
  const [value, setValue] = useState("");
  const [feedback, setFeedback] = useState<AnswerResponse | null>(null);
  // A wrong answer keeps the right one hidden, so that "Try again" is a real second try.
  const [revealed, setRevealed] = useState(false);
  const shown = feedback !== null && (feedback.correct || revealed);
  const answer = useAnswerQuestion(topicId);
  const name = `question-${question.id}`;
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const body =
      question.type === "numeric"
        ? { questionId: question.id, value: Number(value.replace(",", ".")) }
        : { questionId: question.id, choices: picked };
    answer.mutate(body, {
      onSuccess: (result) => {
        setFeedback(result);
        setRevealed(false);
      },
    });
  };
  const ready =
    question.type === "numeric" ? value.trim() !== "" && Number.isFinite(Number(value.replace(",", "."))) : picked.length > 0;
  return (
    <form className="quiz-question" onSubmit={submit} aria-labelledby={`${name}-prompt`}>
      <fieldset disabled={feedback !== null}>
        <legend id={`${name}-prompt`} className="quiz-question__prompt">
          <span className="quiz-question__number">Question {number}</span>
          {question.type === "multiple" ? <span className="muted"> (pick all that apply)</span> : null}
          <span dangerouslySetInnerHTML={{ __html: question.promptHtml }} />
        </legend>
        {question.choices ? (
          <ul className="quiz-choices">
            {question.choices.map((choice) => {
              const right = shown && feedback?.correctChoices?.includes(choice.index);
              const chosen = picked.includes(choice.index);
              const mark = feedback ? (right ? "✓ correct answer" : chosen ? (shown ? "✗ your answer" : "your answer") : "") : "";
              return (
                <li
                  key={choice.index}
                  className={feedback ? (right ? "quiz-choice--right" : chosen && shown ? "quiz-choice--wrong" : "") : ""}
                >
                  <label>
                    <input
                      type={question.type === "single" ? "radio" : "checkbox"}
                      name={name}
                      checked={chosen}
                      onChange={(event) =>
                        setPicked((current) =>
                          question.type === "single"
                            ? [choice.index]
                            : event.target.checked
                              ? [...current, choice.index]
                              : current.filter((index) => index !== choice.index),
                        )
                      }
                    />{" "}
                    {/* Formulas alone may give a choice no accessible name; the number always does. */}
                    <span className="visually-hidden">Choice {choice.index + 1}: </span>
                    <span dangerouslySetInnerHTML={{ __html: choice.html }} />
                    {mark ? <span className="quiz-choice__mark"> — {mark}</span> : null}
                  </label>
                </li>
              );
            })}
          </ul>
        ) : (
          <label className="inline-field">
            Your answer{" "}
            <input
              type="text"
              inputMode="decimal"
              value={value}
              onChange={(event) => setValue(event.target.value)}
              className="quiz-number"
            />
            {question.unit ? <span>{question.unit}</span> : null}
          </label>
        )}
      </fieldset>
      {feedback ? (
        <div className={`quiz-feedback ${feedback.correct ? "quiz-feedback--right" : "quiz-feedback--wrong"}`} role="status">
          <p className="quiz-feedback__verdict">
            <span aria-hidden="true">{feedback.correct ? "✓" : "✗"}</span> {feedback.correct ? "Correct" : "Not quite"}
            {shown && feedback.answer !== null
              ? ` — the answer is ${feedback.answer}${question.unit ? ` ${question.unit}` : ""}`
              : ""}
          </p>
          {shown ? (
            <div dangerouslySetInnerHTML={{ __html: feedback.explanationHtml }} />
          ) : (
            <p>Have another go, or show the answer.</p>
          )}
          <div className="button-row">
            <button
              type="button"
              className="button"
              onClick={() => {
                setFeedback(null);
                setRevealed(false);
                setPicked([]);
                setValue("");
              }}
            >
              Try again
            </button>
            {shown ? null : (
              <button type="button" className="button button--ghost" onClick={() => setRevealed(true)}>
                Show the answer
              </button>
            )}
          </div>
        </div>
      ) : (
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={!ready || answer.isPending}>
            Check answer
          </button>
          {question.lastAnswer ? (
            <span className="muted">Last time: {question.lastAnswer.correct ? "✓ right" : "✗ wrong"}</span>
          ) : null}
        </div>
      )}
      {answer.isError ? (
        <p role="alert" className="text-danger">
          {answer.error.message}
        </p>
      ) : null}
    </form>
  );
}

/** The topic's quiz: one question at a time on the page, each checked on its own, with its explanation. */
export function QuizPanel({ topicId }: { topicId: string }) {
  const quiz = useQuiz(topicId);
  if (quiz.isPending) return <p className="muted">Loading the quiz…</p>;
  if (quiz.isError) return null;
  return (
    <section id="quiz" aria-labelledby="quiz-heading" className="quiz">
      <h2 id="quiz-heading">Check your understanding</h2>
      <p className="muted">
        {count(quiz.data.questions.length, "question")}. Each answer you give comes back later in your review queue, so it sticks.
      </p>
      {quiz.data.questions.map((question, index) => (
        <QuestionCard key={question.id} topicId={topicId} question={question} number={index + 1} />
      ))}
    </section>
  );
}
