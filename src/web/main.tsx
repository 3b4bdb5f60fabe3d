import "./zod-without-eval.js";
import "./python/boot.js";
// Global styles first, so that the styles each component imports beside it come after them in the cascade.
import "./styles/tokens.css";
import "./styles/base.css";
import { QueryClientProvider } from "@tanstack/react-query";
import { lazy, StrictMode, Suspense } from "react";
import { createRoot } from "react-dom/client";
import { createBrowserRouter, RouterProvider, type LoaderFunctionArgs } from "react-router";
import { meQuery } from "./api/account-queries.js";
import { createQueryClient } from "./api/query-client.js";
import { topicQuery } from "./api/queries.js";
import { AccountLayout } from "./components/accounts/AccountLayout.js";
import { SignInGate } from "./components/accounts/SignInGate.js";
import { Skeleton } from "./components/QueryState.js";
import { RoadmapPage } from "./pages/RoadmapPage.js";
import { startPythonForTopic } from "./python/topic-head-start.js";
import { startPythonEarly } from "./python/worker-handle.js";

const lazyPage = <K extends string>(load: () => Promise<Record<K, React.ComponentType>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));
// Pages other than the roadmap load on demand, keeping the first page small (KaTeX's CSS rides with the topic page).
const StagePage = lazyPage(() => import("./pages/StagePage.js"), "StagePage");
const TopicPage = lazyPage(() => import("./pages/TopicPage.js"), "TopicPage");
const ProgressPage = lazyPage(() => import("./pages/ProgressPage.js"), "ProgressPage");
const ExercisePage = lazyPage(() => import("./pages/ExercisePage.js"), "ExercisePage");
const ReviewPage = lazyPage(() => import("./pages/ReviewPage.js"), "ReviewPage");
const DatasetListPage = lazyPage(() => import("./pages/DatasetPage.js"), "DatasetListPage");
const DatasetPage = lazyPage(() => import("./pages/DatasetPage.js"), "DatasetPage");
const ProjectsPage = lazyPage(() => import("./pages/ProjectsPage.js"), "ProjectsPage");
const ProjectPage = lazyPage(() => import("./pages/ProjectPage.js"), "ProjectPage");
const ModelsPage = lazyPage(() => import("./pages/ModelsPage.js"), "ModelsPage");
const ModelPage = lazyPage(() => import("./pages/ModelPage.js"), "ModelPage");
const ReadinessPage = lazyPage(() => import("./pages/ReadinessPage.js"), "ReadinessPage");
const PlanPage = lazyPage(() => import("./pages/PlanPage.js"), "PlanPage");
const PortfolioPage = lazyPage(() => import("./pages/PortfolioPage.js"), "PortfolioPage");
const FaqPage = lazyPage(() => import("./pages/FaqPage.js"), "FaqPage");
// Multi-user mode's pages: signing in, one's account, cohorts, administration.
const SignInPage = lazyPage(() => import("./pages/accounts/SignInPage.js"), "SignInPage");
const SignUpPage = lazyPage(() => import("./pages/accounts/SignUpPage.js"), "SignUpPage");
const ForgotPasswordPage = lazyPage(() => import("./pages/accounts/ForgotPasswordPage.js"), "ForgotPasswordPage");
const ResetPasswordPage = lazyPage(() => import("./pages/accounts/ResetPasswordPage.js"), "ResetPasswordPage");
const PrivacyPage = lazyPage(() => import("./pages/accounts/PrivacyPage.js"), "PrivacyPage");
const AccountPage = lazyPage(() => import("./pages/accounts/AccountPage.js"), "AccountPage");
const AcceptInvitePage = lazyPage(() => import("./pages/accounts/AcceptInvitePage.js"), "AcceptInvitePage");
const JoinCohortPage = lazyPage(() => import("./pages/cohorts/JoinCohortPage.js"), "JoinCohortPage");
const CohortsPage = lazyPage(() => import("./pages/cohorts/CohortsPage.js"), "CohortsPage");
const CohortPage = lazyPage(() => import("./pages/cohorts/CohortPage.js"), "CohortPage");
const CohortLearnerPage = lazyPage(() => import("./pages/cohorts/CohortLearnerPage.js"), "CohortLearnerPage");
const AdminPage = lazyPage(() => import("./pages/admin/AdminPage.js"), "AdminPage");
const NotFoundPage = lazyPage(() => import("./pages/NotFoundPage.js"), "NotFoundPage");

const queryClient = createQueryClient();

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

/**
 * A topic page may start Python; its route asks for the topic and for who is signed in before the
 * page's own code has loaded (startPythonForTopic). The page then finds both answers in the cache,
 * and the worker started.
 */
const startPythonOnTopic = ({ params }: LoaderFunctionArgs) => {
  startPythonForTopic(queryClient.fetchQuery(topicQuery(params.topicId ?? "")), queryClient.fetchQuery(meQuery));
  return null;
};

const page = (element: React.ReactNode) => <Suspense fallback={<Skeleton />}>{element}</Suspense>;

const router = createBrowserRouter([
  {
    // Open to everyone, signed in or not (multi-user mode); they send the signed-in onwards.
    element: <AccountLayout />,
    children: [
      { path: "sign-in", element: page(<SignInPage />) },
      { path: "sign-up", element: page(<SignUpPage />) },
      { path: "forgot-password", element: page(<ForgotPasswordPage />) },
      { path: "reset-password", element: page(<ResetPasswordPage />) },
      { path: "privacy", element: page(<PrivacyPage />) },
    ],
  },
  {
    element: <SignInGate />,
    children: [
      { index: true, element: <RoadmapPage /> },
      { path: "stages/:stageId", element: page(<StagePage />) },
      { path: "topics/:topicId", element: page(<TopicPage />), loader: startPythonOnTopic },
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
      { path: "account", element: page(<AccountPage />) },
      { path: "join/:token", element: page(<JoinCohortPage />) },
      { path: "invite/:token", element: page(<AcceptInvitePage />) },
      { path: "cohorts", element: page(<CohortsPage />) },
      { path: "cohorts/:cohortId", element: page(<CohortPage />) },
      { path: "cohorts/:cohortId/learners/:userId", element: page(<CohortLearnerPage />) },
      { path: "admin", element: page(<AdminPage />) },
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
