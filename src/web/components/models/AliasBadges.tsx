import "./AliasBadges.css";

/** A version's aliases as badges; the alias's name is the word, so nothing relies on colour. */
export function AliasBadges({ aliases }: { aliases: readonly string[] }) {
  if (aliases.length === 0) return <span className="muted">none</span>;
  return (
    <span className="alias-badges">
      {aliases.map((alias) => (
        <span key={alias} className={`badge alias-badge${alias === "production" ? " alias-badge--production" : ""}`}>
          {alias === "production" ? <span aria-hidden="true">★ </span> : null}
          {alias}
        </span>
      ))}
    </span>
  );
}
