import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Link, useLocation } from "react-router";
import { webPaths } from "../../shared/web-paths.js";
import { ApiError } from "../api/client.js";
import { notFoundCopy } from "./not-found-copy.js";
import "./QueryState.css";

/** A placeholder with the shape of the content that is loading. */
export function Skeleton({ lines = 6 }: { lines?: number }) {
  return (
    // Said in text, not aria-label: a plain div may not carry one (axe: aria-prohibited-attr).
    <div className="skeleton" aria-busy="true">
      <span className="visually-hidden">Loading…</span>
      {Array.from({ length: lines }, (_, index) => (
        <div key={index} className="skeleton__line" style={{ width: `${60 + ((index * 37) % 40)}%` }} />
      ))}
    </div>
  );
}

/** A page whose thing does not exist: says so in words, with the way to the list of what does. */
export function NotFound({ pathname }: { pathname: string }) {
  const copy = notFoundCopy(pathname);
  return (
    <div className="error-state" role="alert">
      <h1>{copy.title}</h1>
      <p>{copy.message}</p>
      <div className="button-row">
        <Link className="button button--primary" to={copy.link.to}>
          {copy.link.label}
        </Link>
        {copy.link.to === webPaths.roadmap() ? null : (
          <Link className="button" to={webPaths.roadmap()}>
            Back to the roadmap
          </Link>
        )}
      </div>
    </div>
  );
}

/**
 * Says what went wrong and offers the next step. A 404 is told from the page's address, not the
 * API's message, which names API routes.
 */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { pathname } = useLocation();
  if (error instanceof ApiError && error.status === 404) return <NotFound pathname={pathname} />;
  const message = error instanceof Error ? error.message : "Something went wrong.";
  return (
    <div className="error-state" role="alert">
      <h1>Could not load this page</h1>
      <p>{message}</p>
      <div className="button-row">
        {onRetry ? (
          <button type="button" className="button button--primary" onClick={onRetry}>
            Try again
          </button>
        ) : null}
        <Link className="button" to={webPaths.roadmap()}>
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
