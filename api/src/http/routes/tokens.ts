import { createdTokenSchema, newTokenSchema, tokensResponseSchema } from "@bulbcheck/shared";
import { recordAudit } from "../../store/audit-store.ts";
import { transact } from "../../store/database.ts";
import { generateToken, insertToken, listTokens, revokeToken } from "../../store/token-store.ts";
import { scopeToColumn } from "../../store/user-store.ts";
import { ApiError, notFound } from "../api-error.ts";
import type { ApiDeps } from "../deps.ts";
import { type ApiRouter, numericIdParam } from "../router.ts";
import { tokenView } from "../views.ts";
import { checkScope } from "./users.ts";

/** API tokens for scripts, kiosks and integrations (an addition to the brief's contract). */
export function tokenRoutes(router: ApiRouter, deps: ApiDeps): void {
  const { db } = deps;

  router.route(
    {
      method: "get",
      path: "/api/tokens",
      summary:
        "API tokens, system and personal (never the tokens themselves: only names, roles and sites)",
      access: "admin",
      response: { status: 200, schema: tokensResponseSchema, description: "the tokens" },
    },
    ({ c }) => c.json({ items: listTokens(db).map(tokenView) }),
  );

  router.route(
    {
      method: "post",
      path: "/api/tokens",
      summary:
        "Create a system token with a role and optionally sites; the token is in the answer, once",
      access: "admin",
      body: newTokenSchema,
      response: { status: 201, schema: createdTokenSchema, description: "the new token" },
    },
    ({ body, caller, c }) => {
      checkScope(db, body.role, body.sites);
      const plain = generateToken();
      const now = deps.now();
      const id = transact(db, () => {
        const created = insertToken(db, {
          name: body.name,
          role: body.role,
          plain,
          now,
          sites: scopeToColumn(body.sites),
        });
        recordAudit(db, {
          at: now,
          actor: caller?.actor ?? "api",
          action: "token.create",
          target: `token ${created}`,
          detail: { name: body.name, role: body.role, sites: body.sites },
        });
        return created;
      });
      deps.logger.info({ token: id, name: body.name, role: body.role }, "API token created");
      const row = listTokens(db).find((t) => t.id === id);
      if (!row) throw notFound(`token ${id}`);
      return c.json({ ...tokenView(row), token: plain }, 201);
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
            actor: caller?.actor ?? "api",
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
