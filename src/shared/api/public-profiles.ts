import { z } from "zod";

export const HANDLE_RULE = /^[a-z0-9](?:[a-z0-9-]{1,28}[a-z0-9])$/;

export const PublishBodySchema = z.strictObject({
  handle: z
    .string()
    .regex(
      HANDLE_RULE,
      "a handle is 3 to 30 lower-case letters, digits and dashes, not starting or ending with a dash, e.g. ada-lovelace",
    ),
});

export const PublicationResponseSchema = z.object({
  published: z.boolean(),
  handle: z.string().nullable(),
  /** Where anyone can read it (this server's address as the request named it). */
  path: z.string().nullable(),
});
