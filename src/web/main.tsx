import "./python/start-on-exercise.js";
// Global styles first, so that the styles each component imports beside it come after them in the cascade.
import "./styles/tokens.css";
import "./styles/base.css";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { lazy, StrictMode, Suspense } from "react";
import { createRoot } from "react-dom/client";
import { createBrowserRouter, RouterProvider } from "react-router";
import { Layout } from "./components/Layout.js";
import { Skeleton } from "./components/QueryState.js";
import { RoadmapPage } from "./pages/RoadmapPage.js";
import { startPythonEarly } from "./python/worker-handle.js";

// Pages other than the roadmap load on demand, keeping the first page small (KaTeX's CSS rides with the topic page).
const StagePage = lazy(() => import("./pages/StagePage.js").then((m) => ({ default: m.StagePage })));
const TopicPage = lazy(() => import("./pages/TopicPage.js").then((m) => ({ default: m.TopicPage })));
const ProgressPage = lazy(() => import("./pages/ProgressPage.js").then((m) => ({ default: m.ProgressPage })));
const ExercisePage = lazy(() => import("./pages/ExercisePage.js").then((m) => ({ default: m.ExercisePage })));
const ReviewPage = lazy(() => import("./pages/ReviewPage.js").then((m) => ({ default: m.ReviewPage })));
const DatasetListPage = lazy(() => import("./pages/DatasetPage.js").then((m) => ({ default: m.DatasetListPage })));
const DatasetPage = lazy(() => import("./pages/DatasetPage.js").then((m) => ({ default: m.DatasetPage })));
const ProjectsPage = lazy(() => import("./pages/ProjectsPage.js").then((m) => ({ default: m.ProjectsPage })));
const ProjectPage = lazy(() => import("./pages/ProjectPage.js").then((m) => ({ default: m.ProjectPage })));
const ModelsPage = lazy(() => import("./pages/ModelsPage.js").then((m) => ({ default: m.ModelsPage })));
const ModelPage = lazy(() => import("./pages/ModelPage.js").then((m) => ({ default: m.ModelPage })));
const ReadinessPage = lazy(() => import("./pages/ReadinessPage.js").then((m) => ({ default: m.ReadinessPage })));
const PlanPage = lazy(() => import("./pages/PlanPage.js").then((m) => ({ default: m.PlanPage })));
const PortfolioPage = lazy(() => import("./pages/PortfolioPage.js").then((m) => ({ default: m.PortfolioPage })));
const FaqPage = lazy(() => import("./pages/FaqPage.js").then((m) => ({ default: m.FaqPage })));
const NotFoundPage = lazy(() => import("./pages/NotFoundPage.js").then((m) => ({ default: m.NotFoundPage })));

const queryClient = new QueryClient({
  defaultOptions: {
    queries: { staleTime: 30_000, retry: (count, error) => count < 2 && !("status" in error && error.status === 404) },
  },
});

/**
 * Every exercise page runs Python, so its route starts the Python worker before the page's own
 * code has loaded (a loader runs before the lazy page renders); the worker asks where Python is
 * itself. It returns at once: the page does not wait for Python, and a failure shows on the page
 * through useBrowserPython.
 */
const startPython = () => {
  startPythonEarly();
  return null;
};

const page = (element: React.ReactNode) => <Suspense fallback={<Skeleton />}>{element}</Suspense>;

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <RoadmapPage /> },
      { path: "stages/:stageId", element: page(<StagePage />) },
      { path: "topics/:topicId", element: page(<TopicPage />) },
      { path: "exercises/:exerciseId", element: page(<ExercisePage />), loader: startPython },
      { path: "progress", element: page(<ProgressPage />) },
      { path: "review", element: page(<ReviewPage />) },
      { path: "datasets", element: page(<DatasetListPage />) },
      { path: "datasets/:datasetId", element: page(<DatasetPage />) },
      { path: "projects", element: page(<ProjectsPage />) },
      { path: "projects/:projectId", element: page(<ProjectPage />) },
      { path: "models", element: page(<ModelsPage />) },
      { path: "models/:name", element: page(<ModelPage />) },
      { path: "faq", element: page(<FaqPage />) },
      { path: "readiness", element: page(<ReadinessPage />) },
      { path: "plan", element: page(<PlanPage />) },
      { path: "portfolio", element: page(<PortfolioPage />) },
      { path: "*", element: page(<NotFoundPage />) },
    ],
  },
]);

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
