import { z } from "zod";

/** API roles, each including the ones before it: viewers read, staff act on defects, admins provision. */
export const API_ROLES = ["viewer", "staff", "admin"] as const;
export type ApiRole = (typeof API_ROLES)[number];

export const newTokenSchema = z
  .object({ name: z.string().trim().min(1).max(80), role: z.enum(API_ROLES) })
  .strict();
export type NewToken = z.infer<typeof newTokenSchema>;

export const tokenViewSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  role: z.enum(API_ROLES),
  createdAt: z.iso.datetime(),
  revokedAt: z.iso.datetime().nullable(),
});
export type TokenView = z.infer<typeof tokenViewSchema>;

/** The answer to creating a token: the token itself, shown this once. */
export const createdTokenSchema = tokenViewSchema.extend({ token: z.string() });

export const tokensResponseSchema = z.object({ items: z.array(tokenViewSchema) });
