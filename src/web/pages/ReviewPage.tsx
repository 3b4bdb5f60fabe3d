import { lazy, Suspense, useState } from "react";
import { Link } from "react-router";
import type { ReviewItem } from "../../shared/api/index.js";
import { count } from "../../shared/text/plural.js";
import { webPaths } from "../../shared/web-paths.js";
import { useReviewQueue } from "../api/queries.js";
import { LessonHtml } from "../components/LessonHtml.js";
import { QueryState, Skeleton } from "../components/QueryState.js";
import { useDocumentTitle } from "../hooks/use-document-title.js";
import { ReviewRatings } from "./ReviewRatings.js";
import "../components/QuizPanel.css";
import "./ReviewPage.css";

// The editor and Python load only when an exercise comes up for review.
const ReviewExercise = lazy(() => import("./ReviewExercise.js").then((m) => ({ default: m.ReviewExercise })));

function Answer({ question }: { question: NonNullable<ReviewItem["question"]> }) {
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

function QuestionRecall({
  item,
  question,
  onGraded,
}: {
  item: ReviewItem;
  question: NonNullable<ReviewItem["question"]>;
  onGraded: () => void;
}) {
  const [revealed, setRevealed] = useState(false);
  return (
    <>
      <LessonHtml html={question.promptHtml} label="Question" />
      {revealed ? (
        <>
          <Answer question={question} />
          <ReviewRatings item={item} suggested="good" onGraded={onGraded} />
        </>
      ) : (
        <button type="button" className="button button--primary" onClick={() => setRevealed(true)} autoFocus>
          Show the answer
        </button>
      )}
    </>
  );
}

function ReviewCard({ item, onGraded }: { item: ReviewItem; onGraded: () => void }) {
  return (
    <article className="review-card" aria-labelledby="review-card-title">
      <p className="eyebrow">
        {item.question ? "Question" : "Exercise"} · <Link to={webPaths.topic(item.topic.id)}>{item.topic.title}</Link>
      </p>
      <h2 id="review-card-title">{item.question ? "What is the answer?" : item.title}</h2>
      {item.question ? (
        <QuestionRecall item={item} question={item.question} onGraded={onGraded} />
      ) : (
        <Suspense fallback={<Skeleton />}>
          <ReviewExercise item={item} onGraded={onGraded} />
        </Suspense>
      )}
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
          // An exercise under review takes the full width: its task beside the editor, as on the exercise page.
          <div className={`page${current && !current.question ? " page--wide" : ""}`}>
            <h1>Review</h1>
            <p className="muted">
              Questions you answered and exercises you solved come back here just before you would forget them (scheduled with
              FSRS). {count(data.total, "item")} in your queue.
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
