import { z } from "zod";

/** What a personal access token may do; a token does nothing else (it never manages accounts or tokens). */
export const TOKEN_SCOPES = ["read", "attempts", "submissions", "models", "calendar"] as const;
export const TokenScopeSchema = z.enum(TOKEN_SCOPES);
export type TokenScope = z.infer<typeof TokenScopeSchema>;

export const CreateTokenBodySchema = z.strictObject({
  name: z.string().trim().min(1, "name the token, e.g. laptop CLI").max(100, "a token's name can be at most 100 characters"),
  scopes: z
    .array(TokenScopeSchema)
    .min(1, `give it at least one scope: ${TOKEN_SCOPES.join(", ")}`)
    .max(TOKEN_SCOPES.length),
  days: z.number().int().min(1).max(365).nullable().default(90).describe("Days until it expires; null: never"),
});

export const TokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  scopes: z.array(TokenScopeSchema),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
});

export const CreatedTokenResponseSchema = TokenSchema.extend({
  token: z.string().describe("Shown this once; Stepwise keeps only a hash"),
});

export const TokenListResponseSchema = z.object({ tokens: z.array(TokenSchema) });
export const TokenIdParamsSchema = z.object({ tokenId: z.string().min(1).max(200) });
