import { Link } from "react-router";
import { webPaths } from "../../shared/web-paths.js";
import { useDocumentTitle } from "../hooks/use-document-title.js";

export function NotFoundPage() {
  useDocumentTitle("Page not found");
  return (
    <div className="page error-state">
      <h1>Page not found</h1>
      <p>There is no page at this address. It may have been mistyped, or the topic may have been renamed.</p>
      <div className="button-row">
        <Link className="button button--primary" to={webPaths.roadmap()}>
          Go to the roadmap
        </Link>
        <Link className="button" to={webPaths.faq()}>
          Read the FAQ
        </Link>
      </div>
    </div>
  );
}
