import type { ReviewItem } from "../../shared/api/index.js";
import { useGradeReview } from "../api/queries.js";

export type Rating = "again" | "hard" | "good" | "easy";

const RATINGS = [
  { rating: "again", label: "Again", hint: "I did not remember" },
  { rating: "hard", label: "Hard", hint: "with real effort" },
  { rating: "good", label: "Good", hint: "after a moment" },
  { rating: "easy", label: "Easy", hint: "at once" },
] as const;

/** The four FSRS ratings of a review card; `suggested` is the one shown as the primary button. */
export function ReviewRatings({ item, suggested, onGraded }: { item: ReviewItem; suggested: Rating; onGraded: () => void }) {
  const grade = useGradeReview();
  return (
    <>
      <fieldset className="review-ratings">
        <legend>How well did you remember?</legend>
        {RATINGS.map(({ rating, label, hint }) => (
          <button
            key={rating}
            type="button"
            className={`button${rating === suggested ? " button--primary" : ""}`}
            disabled={grade.isPending}
            onClick={() => grade.mutate({ cardId: item.cardId, rating }, { onSuccess: onGraded })}
          >
            {label} <span className="muted">— {hint}</span>
          </button>
        ))}
      </fieldset>
      {grade.isError ? (
        <p role="alert" className="text-danger">
          {grade.error.message}
        </p>
      ) : null}
    </>
  );
}
