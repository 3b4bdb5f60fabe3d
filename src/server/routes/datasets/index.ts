import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { ErrorResponseSchema } from "../../../shared/api/common.js";
import { DatasetListResponseSchema, DatasetParamsSchema, DatasetSummaryResponseSchema } from "../../../shared/api/datasets.js";
import type { Dataset } from "../../../shared/content/index.js";
import { isDownloadDataset } from "../../../core/datasets/download/dataset-downloads.js";
import { summarizeDataset } from "../../../core/datasets/summary-cache.js";

const entry = (dataset: Dataset) => ({
  id: dataset.id,
  title: dataset.title,
  description: dataset.description,
  source: { title: dataset.source.title, url: dataset.source.url ?? null },
  licence: dataset.licence,
  origin:
    dataset.origin.kind === "package"
      ? { kind: "package" as const, package: dataset.origin.package }
      : dataset.origin.kind === "content"
        ? { kind: "content" as const }
        : { kind: "download" as const, url: dataset.origin.url, bytes: dataset.origin.bytes, sha256: dataset.origin.sha256 },
  columns: dataset.columns.map((column) => ({
    name: column.name,
    type: column.type,
    unit: column.unit ?? null,
    description: column.description,
  })),
});

export default async function datasetRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    "/api/datasets",
    {
      schema: {
        summary: "The dataset catalog: real datasets shipped with Stepwise",
        tags: ["datasets"],
        response: { 200: DatasetListResponseSchema },
      },
      config: { publicArea: "datasets" },
    },
    async () => ({ datasets: app.curriculum.datasets.map(entry) }),
  );

  app.get(
    "/api/datasets/:datasetId",
    {
      schema: {
        summary:
          "One dataset explored: row count, per-column missing values and statistics, histograms, top categories, a time series",
        tags: ["datasets"],
        params: DatasetParamsSchema,
        response: { 200: DatasetSummaryResponseSchema, 404: ErrorResponseSchema, 409: ErrorResponseSchema },
      },
      config: { publicArea: "datasets" },
    },
    async (request, reply) => {
      const dataset = app.curriculum.datasets.find((item) => item.id === request.params.datasetId);
      if (!dataset) {
        return reply.code(404).send({
          statusCode: 404,
          error: "Not Found",
          message: `There is no dataset "${request.params.datasetId}". GET /api/datasets lists them.`,
        });
      }
      // Downloaded data is read from the data directory once its table is ready.
      const path = dataset.localPath ?? (isDownloadDataset(dataset) ? app.datasetDownloads.readyCsvPath(dataset) : null);
      if (!path) {
        return reply.code(409).send({
          statusCode: 409,
          error: "Conflict",
          message:
            `The dataset "${dataset.id}" is downloaded on demand and is not here yet. Start the download with ` +
            `POST /api/datasets/${dataset.id}/download (or run: stepwise datasets download ${dataset.id}), ` +
            `then follow it with GET /api/datasets/${dataset.id}/download.`,
        });
      }
      const summary = summarizeDataset(dataset, path);
      return {
        ...entry(dataset),
        rows: summary.rows,
        columnSummaries: [...summary.columns],
        series: summary.series,
        images: summary.images,
      };
    },
  );
}
