import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { ApiError } from "../api/client.js";
import "./QueryState.css";

/** A placeholder with the shape of the content that is loading. */
export function Skeleton({ lines = 6 }: { lines?: number }) {
  return (
    <div className="skeleton" aria-busy="true" aria-label="Loading">
      {Array.from({ length: lines }, (_, index) => (
        <div key={index} className="skeleton__line" style={{ width: `${60 + ((index * 37) % 40)}%` }} />
      ))}
    </div>
  );
}

/** Says what went wrong and offers the next step. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const message = error instanceof Error ? error.message : "Something went wrong.";
  const notFound = error instanceof ApiError && error.status === 404;
  return (
    <div className="error-state" role="alert">
      <h1>{notFound ? "Not found" : "Could not load this page"}</h1>
      <p>{message}</p>
      <div className="button-row">
        {onRetry && !notFound ? (
          <button type="button" className="button button--primary" onClick={onRetry}>
            Try again
          </button>
        ) : null}
        <Link className="button" to="/">
          Back to the roadmap
        </Link>
      </div>
    </div>
  );
}

/** Renders a query's data, or a skeleton while it loads, or an error with a retry button. */
export function QueryState<T>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  if (query.isPending) return <Skeleton />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return <>{children(query.data)}</>;
}
