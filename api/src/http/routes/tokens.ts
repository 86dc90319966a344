import { createdTokenSchema, newTokenSchema, tokensResponseSchema } from "@bulbcheck/shared";
import { recordAudit } from "../../store/audit-store.ts";
import { transact } from "../../store/database.ts";
import {
  generateToken,
  insertToken,
  listTokens,
  revokeToken,
  type TokenRow,
} from "../../store/token-store.ts";
import { ApiError, notFound } from "../api-error.ts";
import type { ApiDeps } from "../deps.ts";
import { type ApiRouter, numericIdParam } from "../router.ts";
import { iso, isoOrNull } from "../views.ts";

function tokenView(row: TokenRow) {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    createdAt: iso(row.created_at),
    revokedAt: isoOrNull(row.revoked_at),
  };
}

/** API tokens for scripts, kiosks and integrations (an addition to the brief's contract). */
export function tokenRoutes(router: ApiRouter, deps: ApiDeps): void {
  const { db } = deps;

  router.route(
    {
      method: "get",
      path: "/api/tokens",
      summary: "API tokens (never the tokens themselves: only their names and roles)",
      access: "admin",
      response: { status: 200, schema: tokensResponseSchema, description: "the tokens" },
    },
    ({ c }) => c.json({ items: listTokens(db).map(tokenView) }),
  );

  router.route(
    {
      method: "post",
      path: "/api/tokens",
      summary: "Create a token with a role; the token is in the answer, once",
      access: "admin",
      body: newTokenSchema,
      response: { status: 201, schema: createdTokenSchema, description: "the new token" },
    },
    ({ body, caller, c }) => {
      const plain = generateToken();
      const now = deps.now();
      const id = transact(db, () => {
        const created = insertToken(db, { name: body.name, role: body.role, plain, now });
        recordAudit(db, {
          at: now,
          actor: caller?.name ?? "api",
          action: "token.create",
          target: `token ${created}`,
          detail: { name: body.name, role: body.role },
        });
        return created;
      });
      deps.logger.info({ token: id, name: body.name, role: body.role }, "API token created");
      return c.json(
        {
          ...tokenView({ id, name: body.name, role: body.role, created_at: now, revoked_at: null }),
          token: plain,
        },
        201,
      );
    },
  );

  router.route(
    {
      method: "delete",
      path: "/api/tokens/:id",
      summary: "Revoke a token",
      access: "admin",
      params: numericIdParam,
      response: { status: 204, schema: null, description: "revoked" },
      errors: [404, 409],
    },
    ({ params, caller, c }) => {
      if (caller?.tokenId === params.id)
        throw new ApiError(
          409,
          "own_token",
          "a token cannot revoke itself; use another admin token",
        );
      const revoked = transact(db, () => {
        const done = revokeToken(db, params.id, deps.now());
        if (done)
          recordAudit(db, {
            at: deps.now(),
            actor: caller?.name ?? "api",
            action: "token.revoke",
            target: `token ${params.id}`,
          });
        return done;
      });
      if (!revoked) throw notFound(`active token ${params.id}`);
      deps.logger.info({ token: params.id }, "API token revoked");
      return c.body(null, 204);
    },
  );
}
