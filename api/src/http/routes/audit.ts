import type { auditRoutes } from "@bulbcheck/shared";
import { listAudit } from "../../store/audit-store.ts";
import type { ApiDeps } from "../deps.ts";
import type { Handlers } from "../router.ts";
import { iso } from "../views.ts";

export function auditHandlers(deps: ApiDeps): Handlers<typeof auditRoutes> {
  return {
    listAudit: ({ query }) => ({
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
  };
}
