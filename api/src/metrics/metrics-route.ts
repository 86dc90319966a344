import type { Hono } from "hono";
import { routePath } from "hono/route";
import { ApiError } from "../http/api-error.ts";
import { authenticate, bearerToken, requireRole } from "../http/auth.ts";
import { clientAddress } from "../http/client-address.ts";
import type { ApiDeps } from "../http/deps.ts";

/** Where Prometheus looks by default; outside `/api/`, which is the REST contract's. */
export const METRICS_PATH = "/metrics";

/**
 * Counts every HTTP answer by the route it matched (`/api/defects/:id`, never the id itself, so
 * the label set stays small), and serves `/metrics` to an admin's token or a listed address.
 */
export function serveMetrics(app: Hono, deps: ApiDeps): void {
  app.use("*", async (c, next) => {
    const started = performance.now();
    try {
      await next();
    } finally {
      const matched = routePath(c, -1);
      const route = matched === "*" || matched.endsWith("/*") ? "unmatched" : matched;
      deps.metrics.httpAnswered(route, c.req.method, c.res.status, performance.now() - started);
    }
  });

  app.get(METRICS_PATH, async (c) => {
    const token = bearerToken(c.req.header("authorization"), undefined);
    if (token !== undefined) {
      const caller = authenticate(deps.db, token, {
        now: deps.now(),
        sessions: deps.access.sessions,
      });
      requireRole(caller, "admin");
    } else if (!deps.metricsAllow.has(clientAddress(c, deps.access.trustedProxies))) {
      throw new ApiError(
        401,
        "unauthorized",
        "the metrics need an admin's bearer token, or a scrape from an address in BULBCHECK_METRICS_ALLOW",
      );
    }
    return c.body(await deps.metrics.text(), 200, { "content-type": deps.metrics.contentType });
  });
}
