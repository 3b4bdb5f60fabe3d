import { z } from "zod";
import { ResourceSchema } from "./resource.js";

const DirectoryEntrySchema = z.strictObject({
  name: z.string().trim().min(1),
  url: z.url({ protocol: /^https$/, error: "must be an absolute https:// URL" }),
  description: z.string().trim().min(1),
});

/**
 * `content/directory.yaml`: the places and tools the roadmap points to outside Stepwise —
 * where to find datasets, what to deploy with, where to meet people.
 */
export const DirectoryFileSchema = z.strictObject({
  datasetSources: z.array(ResourceSchema).min(1),
  deploymentTools: z.array(DirectoryEntrySchema).min(1),
  networkingPlatforms: z.array(ResourceSchema).min(1),
});

export type DirectoryFile = z.infer<typeof DirectoryFileSchema>;
export type DirectoryEntry = z.infer<typeof DirectoryEntrySchema>;
