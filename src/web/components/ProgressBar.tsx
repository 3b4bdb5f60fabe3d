import "./ProgressBar.css";

/** A labelled progress bar that screen readers announce as a percentage. */
export function ProgressBar({ percent, label, size = "md" }: { percent: number; label: string; size?: "sm" | "md" }) {
  return (
    <div
      className={`progress progress--${size}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={`${percent}%`}
    >
      <div className="progress__fill" style={{ width: `${percent}%` }} />
    </div>
  );
}
