import { useEffect, useRef, type ReactNode } from "react";
import type { DatasetDownloadState, DatasetListResponse } from "../../shared/api/index.js";
import { useDatasetDownload, useStartDatasetDownload } from "../api/queries.js";
import { useIsVisitor } from "../api/account-queries.js";
import { DatasetHeader } from "./DatasetHeader.js";
import { VisitorCallout } from "./accounts/VisitorCallout.js";
import { ProgressBar } from "./ProgressBar.js";
import { Skeleton } from "./QueryState.js";

type DatasetEntry = DatasetListResponse["datasets"][number];

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const percentOf = (received: number, total: number) => (total > 0 ? Math.min(100, Math.floor((received / total) * 100)) : 0);

/**
 * What a screen reader hears: the phase, and progress in 10 % steps — the bar itself changes every
 * half second, which would be far too chatty to announce.
 */
function announcement(state: DatasetDownloadState | undefined): string {
  switch (state?.status) {
    case "downloading":
      return `Downloading, ${Math.floor(percentOf(state.receivedBytes, state.totalBytes) / 10) * 10}%`;
    case "converting":
      return "Downloaded and checked; converting to a table";
    case "ready":
      return "Ready; loading the exploration";
    case "failed":
      return "The download failed";
    default:
      return "";
  }
}

/**
 * The exploration page of a dataset too large to ship, before it is here: what it is, a download
 * button with its size, then progress (polled every 500 ms), a failure with a retry, and `onReady`
 * once the table exists so the page can load the normal exploration.
 */
export function DatasetDownload({ dataset, onReady }: { dataset: DatasetEntry; onReady: () => void }) {
  const download = useDatasetDownload(dataset.id);
  const start = useStartDatasetDownload(dataset.id);
  const panel = useRef<HTMLDivElement>(null);
  const state = download.data?.state;
  const visitor = useIsVisitor();
  const bytes = dataset.origin.kind === "download" ? dataset.origin.bytes : 0;

  useEffect(() => {
    if (state?.status === "ready") onReady();
  }, [state?.status, onReady]);

  // The button that was pressed disappears; keep keyboard users in place by focusing the panel.
  const begin = () => start.mutate(undefined, { onSettled: () => panel.current?.focus() });

  let body: ReactNode;
  if (download.isPending) body = <Skeleton lines={2} />;
  else if (download.isError) {
    body = (
      <div role="alert">
        <p className="text-danger">{download.error.message}</p>
        <button type="button" className="button" onClick={() => void download.refetch()}>
          Try again
        </button>
      </div>
    );
  } else if (state?.status === "downloading") {
    const percent = percentOf(state.receivedBytes, state.totalBytes);
    body = (
      <>
        <ProgressBar percent={percent} label={`Downloading ${dataset.title}`} />
        <p className="muted">
          Downloading… {percent}% · {megabytes(state.receivedBytes)} of {megabytes(state.totalBytes)}
        </p>
      </>
    );
  } else if (state?.status === "converting") {
    body = (
      <>
        <ProgressBar percent={100} label={`Downloaded ${dataset.title}`} />
        <p className="muted">Downloaded and checked against its SHA-256; converting it to a table…</p>
      </>
    );
  } else if (state?.status === "ready") {
    body = <p>Ready. Loading the exploration…</p>;
  } else {
    const failed = state?.status === "failed" ? state.message : start.error?.message;
    body = (
      <>
        {failed ? (
          <div role="alert">
            <p>
              <strong>The download failed.</strong>
            </p>
            <p className="text-danger">{failed}</p>
          </div>
        ) : (
          <p>
            This dataset is too large to ship with Stepwise. It downloads once into your data folder, is checked against its
            SHA-256 and becomes a table; after that it opens at once, even offline.
          </p>
        )}
        {visitor ? (
          <VisitorCallout adds={`download it (${megabytes(bytes)}) and explore it`} />
        ) : (
          <div className="button-row">
            <button type="button" className="button button--primary" onClick={begin} disabled={start.isPending}>
              {failed ? "Retry" : "Download"} ({megabytes(bytes)})
            </button>
          </div>
        )}
      </>
    );
  }

  return (
    <article className="page">
      <DatasetHeader dataset={dataset} />
      <section className="panel" aria-labelledby="download-heading">
        <h2 id="download-heading">Download</h2>
        <div ref={panel} tabIndex={-1}>
          {body}
        </div>
        <p className="visually-hidden" role="status" aria-live="polite">
          {announcement(state)}
        </p>
      </section>
    </article>
  );
}
