import type { FastifyInstance } from "fastify";
import type { SubmissionListResponse } from "../../shared/api/index.js";

/** The requests project tests make, against whichever app `app()` returns at the time. */
export function projectRequests(app: () => FastifyInstance) {
  const get = (url: string) => app().inject({ method: "GET", url });
  return {
    get,
    /** A handed-out file's text: train.csv, test.csv, sample_submission.csv … */
    file: async (projectId: string, name: string) => (await get(`/api/projects/${projectId}/files/${name}`)).body,
    submit: (projectId: string, csv: string, fileName = "predictions.csv") =>
      app().inject({
        method: "POST",
        url: `/api/projects/${projectId}/submissions?fileName=${encodeURIComponent(fileName)}`,
        headers: { "content-type": "text/csv" },
        payload: csv,
      }),
    mySubmissions: async (projectId: string) =>
      (await get(`/api/projects/${projectId}/submissions`)).json<SubmissionListResponse>().submissions,
  };
}
