import { z } from "zod";

/** One of your signed-in sessions; its secret token never leaves the server. */
export const SessionSchema = z.object({
  id: z.string(),
  current: z.boolean().describe("The session this request came with"),
  createdAt: z.string().describe("When you signed in"),
  lastSeenAt: z.string().describe("Last use, to within the hour"),
  expiresAt: z.string().describe("When it ends if unused (it also ends at the absolute lifetime)"),
  ipAddress: z.string().nullable(),
  userAgent: z.string().nullable(),
});

export const SessionListResponseSchema = z.object({ sessions: z.array(SessionSchema) });
export const SessionIdParamsSchema = z.object({ sessionId: z.string().min(1).max(200) });
export const EndedSessionsResponseSchema = z.object({ ended: z.number().int().describe("How many sessions ended") });
