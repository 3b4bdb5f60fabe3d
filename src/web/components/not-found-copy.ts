import { webPaths } from "../../shared/web-paths.js";

/** What a page whose thing does not exist says, in words for people, and where to go instead. */
export interface NotFoundCopy {
  readonly title: string;
  readonly message: string;
  readonly link: { readonly to: string; readonly label: string };
}

const KINDS = {
  stages: { noun: "stage", to: webPaths.roadmap(), label: "See the stages on the roadmap" },
  topics: { noun: "topic", to: webPaths.roadmap(), label: "See every topic on the roadmap" },
  exercises: { noun: "exercise", to: webPaths.roadmap(), label: "Find exercises on the roadmap's topics" },
  datasets: { noun: "dataset", to: webPaths.datasets(), label: "See the datasets" },
  projects: { noun: "project", to: webPaths.projects(), label: "See the projects" },
  models: { noun: "model", to: webPaths.models(), label: "See your models" },
} as const;

const PAGE_OF_ONE = /^\/(stages|topics|exercises|datasets|projects|models)\/([^/]+)\/?$/;

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // a malformed escape is shown as typed
  }
}

/**
 * The not-found text for the page at `pathname`: a page of one stage, topic, exercise, dataset,
 * project or model names what is missing and links to the list of them; any other address gets a
 * plain "nothing here". The API's own 404 messages name API routes, which mean nothing on a page.
 */
export function notFoundCopy(pathname: string): NotFoundCopy {
  const match = PAGE_OF_ONE.exec(pathname);
  if (!match) {
    return {
      title: "Page not found",
      message: "There is no page at this address. It may have been mistyped, or what it showed may have been renamed.",
      link: { to: webPaths.roadmap(), label: "Go to the roadmap" },
    };
  }
  const kind = KINDS[match[1] as keyof typeof KINDS];
  return {
    title: "Not found",
    message: `There is no ${kind.noun} called “${decoded(match[2] ?? "")}”. It may have been mistyped or renamed.`,
    link: { to: kind.to, label: kind.label },
  };
}
