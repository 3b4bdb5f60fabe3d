import "./BeyondRoadmapNote.css";

/**
 * Marks a stage Stepwise adds beyond the 2024 article the roadmap comes from, so a learner knows
 * which part is the article's path and which is what the field has asked for since.
 */
export function BeyondRoadmapNote({ compact = false }: { readonly compact?: boolean }) {
  if (compact) return <p className="badge beyond-roadmap__badge">Beyond the 2024 roadmap</p>;
  return (
    <aside className="callout" aria-label="Beyond the roadmap">
      <p>
        <strong>Beyond the 2024 roadmap.</strong> The article this roadmap follows stops at deployment and a portfolio. This stage
        adds what AI-engineering job descriptions ask for since: transformers, embeddings and vector search, and building and
        evaluating applications on large language models. Everything here runs offline, on small data written for Stepwise — no
        model downloads.
      </p>
    </aside>
  );
}
