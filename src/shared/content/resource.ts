import { z } from "zod";

export const RESOURCE_KINDS = ["article", "video", "course", "book", "docs", "tool", "dataset", "community"] as const;
export const RESOURCE_COSTS = ["free", "free-audit", "paid", "subscription"] as const;
export const RESOURCE_LEVELS = ["beginner", "intermediate", "advanced"] as const;

/** A learning resource as written in content files and returned by the API. */
export const ResourceSchema = z.strictObject({
  title: z.string().trim().min(1),
  url: z.url({ protocol: /^https$/, error: "must be an absolute https:// URL" }),
  kind: z.enum(RESOURCE_KINDS),
  cost: z.enum(RESOURCE_COSTS),
  level: z.enum(RESOURCE_LEVELS),
  description: z.string().trim().min(1).optional(),
});

export type Resource = z.infer<typeof ResourceSchema>;
