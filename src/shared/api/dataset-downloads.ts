import { z } from "zod";

/** Where an on-demand dataset's download stands; clients poll it while it is `downloading` or `converting`. */
export const DatasetDownloadStateSchema = z
  .discriminatedUnion("status", [
    z.object({ status: z.literal("absent").describe("Not downloaded yet: POST the download route to start") }),
    z.object({
      status: z.literal("downloading"),
      receivedBytes: z.number().int().min(0),
      totalBytes: z.number().int().min(0).describe("The archive's size, from the server or the catalog"),
    }),
    z.object({ status: z.literal("converting").describe("Downloaded and verified; being turned into a CSV table") }),
    z.object({ status: z.literal("ready").describe("GET /api/datasets/:datasetId now explores it") }),
    z.object({ status: z.literal("failed"), message: z.string().describe("What went wrong and what to do") }),
  ])
  .describe("The download's state");

export const DatasetDownloadResponseSchema = z.object({
  datasetId: z.string(),
  state: DatasetDownloadStateSchema,
});
