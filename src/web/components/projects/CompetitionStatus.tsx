import "./CompetitionStatus.css";

/** Open or closed, as an icon and a word as well as a colour. */
export function CompetitionStatus({ closed }: { closed: boolean }) {
  return closed ? (
    <span className="status status--closed">
      <span aria-hidden="true" className="status__icon">
        ⊘
      </span>
      Closed
    </span>
  ) : (
    <span className="status status--open">
      <span aria-hidden="true" className="status__icon">
        ●
      </span>
      Open
    </span>
  );
}
