import type { tokenRoutes } from "@bulbcheck/shared";
import { recordAudit } from "../../store/audit-store.ts";
import { transact } from "../../store/database.ts";
import { generateToken, insertToken, listTokens, revokeToken } from "../../store/token-store.ts";
import { scopeToColumn } from "../../store/user-store.ts";
import { ApiError, notFound } from "../api-error.ts";
import type { ApiDeps } from "../deps.ts";
import type { Handlers } from "../router.ts";
import { tokenView } from "../views.ts";
import { checkScope } from "./users.ts";

/** API tokens for scripts, kiosks and integrations (an addition to the contract). */
export function tokenHandlers(deps: ApiDeps): Handlers<typeof tokenRoutes> {
  const { db } = deps;

  return {
    listTokens: () => ({ items: listTokens(db).map(tokenView) }),

    createToken: ({ body, caller }) => {
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
      return { ...tokenView(row), token: plain };
    },

    revokeToken: ({ params, caller }) => {
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
    },
  };
}
