import { useLocation } from "react-router";
import { NotFound } from "../components/QueryState.js";
import { useDocumentTitle } from "../hooks/use-document-title.js";

/** An address the app has no page for. */
export function NotFoundPage() {
  const { pathname } = useLocation();
  useDocumentTitle("Page not found");
  return (
    <div className="page">
      <NotFound pathname={pathname} />
    </div>
  );
}
