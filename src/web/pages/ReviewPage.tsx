import { useState } from "react";
import { Link } from "react-router";
import type { ReviewItem } from "../../shared/api/index.js";
import { webPaths } from "../../shared/web-paths.js";
import { useGradeReview, useReviewQueue } from "../api/queries.js";
import { LessonHtml } from "../components/LessonHtml.js";
import { QueryState } from "../components/QueryState.js";
import { useDocumentTitle } from "../hooks/use-document-title.js";
import "../components/QuizPanel.css";
import "./ReviewPage.css";

const RATINGS = [
  { rating: "again", label: "Again", hint: "I did not remember" },
  { rating: "hard", label: "Hard", hint: "with real effort" },
  { rating: "good", label: "Good", hint: "after a moment" },
  { rating: "easy", label: "Easy", hint: "at once" },
] as const;

function Answer({ item }: { item: ReviewItem }) {
  const question = item.question;
  if (!question) {
    return (
      <p>
        Could you solve it again from scratch? <Link to={webPaths.exercise(item.itemId)}>Open the exercise</Link> to check.
      </p>
    );
  }
  return (
    <div className="review-answer">
      {question.choices ? (
        <ul className="quiz-choices">
          {question.choices.map((choice, index) => (
            <li key={index} className={choice.correct ? "quiz-choice--right" : ""}>
              {choice.correct ? "✓ " : "○ "}
              <span dangerouslySetInnerHTML={{ __html: choice.html }} />
            </li>
          ))}
        </ul>
      ) : (
        <p>
          <strong>
            Answer: {question.answer}
            {question.unit ? ` ${question.unit}` : ""}
          </strong>
        </p>
      )}
      <LessonHtml html={question.explanationHtml} label="Explanation" />
    </div>
  );
}

function ReviewCard({ item, onGraded }: { item: ReviewItem; onGraded: () => void }) {
  const [revealed, setRevealed] = useState(false);
  const grade = useGradeReview();
  return (
    <article className="review-card" aria-labelledby="review-card-title">
      <p className="eyebrow">
        {item.itemType === "question" ? "Question" : "Exercise"} ·{" "}
        <Link to={webPaths.topic(item.topic.id)}>{item.topic.title}</Link>
      </p>
      <h2 id="review-card-title">{item.itemType === "exercise" ? item.title : "What is the answer?"}</h2>
      {item.question ? <LessonHtml html={item.question.promptHtml} label="Question" /> : null}
      {revealed ? (
        <>
          <Answer item={item} />
          <fieldset className="review-ratings">
            <legend>How well did you remember?</legend>
            {RATINGS.map(({ rating, label, hint }) => (
              <button
                key={rating}
                type="button"
                className={`button${rating === "good" ? " button--primary" : ""}`}
                disabled={grade.isPending}
                onClick={() => grade.mutate({ cardId: item.cardId, rating }, { onSuccess: onGraded })}
              >
                {label} <span className="muted">— {hint}</span>
              </button>
            ))}
          </fieldset>
        </>
      ) : (
        <button type="button" className="button button--primary" onClick={() => setRevealed(true)} autoFocus>
          Show the answer
        </button>
      )}
      {grade.isError ? (
        <p role="alert" className="text-danger">
          {grade.error.message}
        </p>
      ) : null}
    </article>
  );
}

export function ReviewPage() {
  const queue = useReviewQueue();
  const [done, setDone] = useState<string[]>([]);
  useDocumentTitle("Review");
  return (
    <QueryState query={queue}>
      {(data) => {
        const remaining = data.due.filter((item) => !done.includes(item.cardId));
        const current = remaining[0];
        return (
          <div className="page">
            <h1>Review</h1>
            <p className="muted">
              Questions you answered and exercises you solved come back here just before you would forget them (scheduled with
              FSRS). {data.total} items in your queue.
            </p>
            {current ? (
              <>
                <p role="status">
                  {remaining.length} due now{done.length > 0 ? ` · ${done.length} reviewed this session` : ""}
                </p>
                <ReviewCard key={current.cardId} item={current} onGraded={() => setDone((list) => [...list, current.cardId])} />
              </>
            ) : (
              <div className="empty-state" role="status">
                <h2>Nothing is due{done.length > 0 ? " — well done" : ""}</h2>
                <p>
                  {data.nextDue
                    ? `The next item comes back ${new Date(data.nextDue).toLocaleString()}.`
                    : "Answer a topic's quiz or solve an exercise, and it will come back here for review."}
                </p>
                <Link className="button button--primary" to={webPaths.roadmap()}>
                  Continue the roadmap
                </Link>
              </div>
            )}
          </div>
        );
      }}
    </QueryState>
  );
}
