import type { TopicStatus } from "../../shared/progress/topic-status.js";

/** Status is never colour alone: each has an icon and a word. */
export const STATUS_LABELS: Record<TopicStatus, { icon: string; label: string }> = {
  todo: { icon: "○", label: "To do" },
  learning: { icon: "◐", label: "Learning" },
  done: { icon: "✓", label: "Done" },
  skipped: { icon: "↷", label: "Skipped" },
};

export function StatusBadge({ status }: { status: TopicStatus }) {
  const { icon, label } = STATUS_LABELS[status];
  return (
    <span className={`status status--${status}`}>
      <span aria-hidden="true" className="status__icon">
        {icon}
      </span>
      {label}
    </span>
  );
}
