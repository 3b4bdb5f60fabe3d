import { TOPIC_STATUSES, type TopicStatus } from "../../shared/progress/topic-status.js";
import { STATUS_LABELS } from "./StatusBadge.js";
import "./StatusControl.css";

/** The four statuses as a radio group: Tab reaches it, arrow keys move between choices. */
export function StatusControl({
  value,
  onChange,
  disabled = false,
}: {
  value: TopicStatus;
  onChange: (status: TopicStatus) => void;
  disabled?: boolean;
}) {
  return (
    <fieldset className="status-control" disabled={disabled}>
      <legend>Your status</legend>
      {TOPIC_STATUSES.map((status) => (
        <label key={status} className={`status-control__option status--${status}`}>
          <input type="radio" name="topic-status" value={status} checked={value === status} onChange={() => onChange(status)} />
          <span aria-hidden="true" className="status__icon">
            {STATUS_LABELS[status].icon}
          </span>
          {STATUS_LABELS[status].label}
        </label>
      ))}
    </fieldset>
  );
}
