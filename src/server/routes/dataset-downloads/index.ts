import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { ErrorResponseSchema } from "../../../shared/api/common.js";
import { DatasetDownloadResponseSchema } from "../../../shared/api/dataset-downloads.js";
import { DatasetParamsSchema } from "../../../shared/api/datasets.js";
import type { Dataset } from "../../../shared/content/index.js";
import {
  isDownloadDataset,
  type DownloadDataset,
  type DownloadState,
} from "../../../core/datasets/download/dataset-downloads.js";

/** The state as the API shows it: each variant's fields listed, nothing else. */
function present(datasetId: string, state: DownloadState) {
  switch (state.status) {
    case "downloading":
      return { datasetId, state: { status: state.status, receivedBytes: state.receivedBytes, totalBytes: state.totalBytes } };
    case "failed":
      return { datasetId, state: { status: state.status, message: state.message } };
    default:
      return { datasetId, state: { status: state.status } };
  }
}

type Lookup = { dataset: DownloadDataset } | { error: { statusCode: 400 | 404; error: string; message: string } };

function lookUp(datasets: readonly Dataset[], id: string): Lookup {
  const dataset = datasets.find((item) => item.id === id);
  if (!dataset) {
    return {
      error: { statusCode: 404, error: "Not Found", message: `There is no dataset "${id}". GET /api/datasets lists them.` },
    };
  }
  if (!isDownloadDataset(dataset)) {
    return {
      error: {
        statusCode: 400,
        error: "Bad Request",
        message: `The dataset "${id}" ships with Stepwise; there is nothing to download. GET /api/datasets/${id} explores it.`,
      },
    };
  }
  return { dataset };
}

/** Datasets too large to ship: start their download, and follow it until the table is ready. */
export default async function datasetDownloadRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.post(
    "/api/datasets/:datasetId/download",
    {
      schema: {
        summary: "Start downloading an on-demand dataset (or join the running download); poll the GET route for progress",
        tags: ["datasets"],
        params: DatasetParamsSchema,
        response: { 202: DatasetDownloadResponseSchema, 400: ErrorResponseSchema, 404: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      const found = lookUp(app.curriculum.datasets, request.params.datasetId);
      if ("error" in found) return reply.code(found.error.statusCode).send(found.error);
      return reply.code(202).send(present(found.dataset.id, app.datasetDownloads.start(found.dataset)));
    },
  );

  app.get(
    "/api/datasets/:datasetId/download",
    {
      schema: {
        summary: "An on-demand dataset's download: absent, downloading (bytes so far), converting, ready or failed (why)",
        tags: ["datasets"],
        params: DatasetParamsSchema,
        response: { 200: DatasetDownloadResponseSchema, 400: ErrorResponseSchema, 404: ErrorResponseSchema },
      },
      config: { publicArea: "datasets" },
    },
    async (request, reply) => {
      const found = lookUp(app.curriculum.datasets, request.params.datasetId);
      if ("error" in found) return reply.code(found.error.statusCode).send(found.error);
      return present(found.dataset.id, app.datasetDownloads.state(found.dataset));
    },
  );
}
