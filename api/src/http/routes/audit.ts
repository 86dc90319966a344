import { auditPageSchema, auditQuerySchema } from "@bulbcheck/shared";
import { listAudit } from "../../store/audit-store.ts";
import type { ApiDeps } from "../deps.ts";
import type { ApiRouter } from "../router.ts";
import { iso } from "../views.ts";

export function auditRoutes(router: ApiRouter, deps: ApiDeps): void {
  router.route(
    {
      method: "get",
      path: "/api/audit",
      summary: "The audit log (addition): every change of state made through the API, newest first",
      access: "admin",
      query: auditQuerySchema,
      response: { status: 200, schema: auditPageSchema, description: "a page of entries" },
    },
    ({ query, c }) =>
      c.json({
        items: listAudit(deps.db, query.limit, query.before).map((r) => ({
          seq: r.seq,
          at: iso(r.at),
          actor: r.actor,
          action: r.action,
          target: r.target,
          site: r.site,
          detail: JSON.parse(r.detail) as Record<string, unknown>,
        })),
      }),
  );
}
