import { apiRoutes, MAX_FLEET_BYTES } from "@bulbcheck/shared";
import { Hono } from "hono";
import { serveMetrics } from "../metrics/metrics-route.ts";
import { getSiteRow } from "../store/registry-store.ts";
import { describeStoreFault, storeFaultCode } from "../store/store-fault.ts";
import { ApiError } from "./api-error.ts";
import type { ApiDeps } from "./deps.ts";
import { openApiDocument } from "./openapi.ts";
import { ResponseMismatch } from "./response-check.ts";
import { ApiRouter } from "./router.ts";
import { auditHandlers } from "./routes/audit.ts";
import { defectWorkHandlers } from "./routes/defect-work.ts";
import { defectHandlers } from "./routes/defects.ts";
import { demoHandlers } from "./routes/demo.ts";
import { deviceConnectionHandlers } from "./routes/device-connection.ts";
import { deviceHandlers } from "./routes/devices.ts";
import { exportHandlers } from "./routes/export.ts";
import { fleetHandlers } from "./routes/fleet.ts";
import { fleetFileHandlers } from "./routes/fleet-files.ts";
import { healthHandlers } from "./routes/health.ts";
import { insightHandlers } from "./routes/insights.ts";
import { channelHandlers } from "./routes/notify-channels.ts";
import { deliveryHandlers } from "./routes/notify-deliveries.ts";
import { notifyRuleHandlers } from "./routes/notify-rules.ts";
import { photoHandlers } from "./routes/photos.ts";
import { reportKeyHandlers } from "./routes/report-keys.ts";
import { reportHandlers } from "./routes/reports.ts";
import { sessionHandlers } from "./routes/sessions.ts";
import { setupHandlers } from "./routes/setup.ts";
import { siteHandlers } from "./routes/sites.ts";
import { streamHandlers } from "./routes/stream.ts";
import { tokenHandlers } from "./routes/tokens.ts";
import { userHandlers } from "./routes/users.ts";
import { SignInGuard } from "./sign-in-guard.ts";
import { siteSummary } from "./site-summaries.ts";
import { StreamHub } from "./stream-hub.ts";

/** The fleet document's limit is the largest any route takes. */
const LARGEST_BODY_BYTES = MAX_FLEET_BYTES;

export interface ApiApp {
  app: Hono;
  hub: StreamHub;
}

/** The HTTP API as a Hono app: every route of the REST contract, its errors and its OpenAPI. */
export function createApiApp(deps: ApiDeps): ApiApp {
  const app = new Hono();
  const router = new ApiRouter(app, {
    db: deps.db,
    now: deps.now,
    sessions: deps.access.sessions,
    requestsPerMinute: deps.access.requestsPerMinute,
    checkResponses: deps.checkResponses,
  });
  // The backstop for any route, by the declared length: each route's own, smaller limit is
  // checked as its body is read, bytes counted as they arrive. Not Hono's bodyLimit: it opens the
  // request's body stream even when it refuses by Content-Length, and a body stream opened but
  // never read keeps @hono/node-server from draining the rest, so the keep-alive connection was
  // dropped under the next request sent on it, unanswered (found by http/fuzz.test.ts).
  app.use("/api/*", async (c, next) => {
    if (Number(c.req.header("content-length")) > LARGEST_BODY_BYTES)
      throw new ApiError(413, "too_large", `the body is larger than ${LARGEST_BODY_BYTES} bytes`);
    await next();
  });
  app.use("*", async (c, next) => {
    await next();
    // An API answer is data, never a page: nothing to sniff, frame or cache in between.
    c.header("x-content-type-options", "nosniff");
    c.header("x-frame-options", "DENY");
    c.header("content-security-policy", "default-src 'none'; frame-ancestors 'none'");
    c.header("referrer-policy", "no-referrer");
    if (!c.res.headers.has("cache-control")) c.header("cache-control", "no-store");
  });
  serveMetrics(app, deps);
  // One guard for every password check, so that the Users page sees and ends its lockouts.
  const signInGuard = new SignInGuard(deps.access.signIn);
  const hub = new StreamHub({
    feed: deps.feed,
    now: deps.now,
    summaryOf: (id) => {
      const site = getSiteRow(deps.db, id);
      return site ? siteSummary(deps.db, site, deps.now()) : undefined;
    },
    onError: (error) => deps.logger.warn({ err: error }, "a site summary for the stream failed"),
  });

  // One handler for every route of the contract: a route without one does not compile.
  router.implement(apiRoutes, {
    ...healthHandlers(deps),
    ...siteHandlers(deps),
    ...defectHandlers(deps),
    ...defectWorkHandlers(deps),
    ...photoHandlers(deps),
    ...deviceHandlers(deps),
    ...fleetHandlers(deps),
    ...fleetFileHandlers(deps),
    ...setupHandlers(deps),
    ...deviceConnectionHandlers(deps),
    ...tokenHandlers(deps),
    ...sessionHandlers(deps, signInGuard),
    ...userHandlers(deps, signInGuard),
    ...reportKeyHandlers(deps),
    ...insightHandlers(deps),
    ...reportHandlers(deps),
    ...auditHandlers(deps),
    ...channelHandlers(deps),
    ...notifyRuleHandlers(deps),
    ...deliveryHandlers(deps),
    ...demoHandlers(deps),
    ...exportHandlers(deps),
    ...streamHandlers(deps, hub),
  });

  const document = openApiDocument(apiRoutes, deps.version);
  app.get("/api/openapi.json", (c) => c.json(document));

  app.notFound((c) =>
    c.json(new ApiError(404, "not_found", `no route ${c.req.method} ${c.req.path}`).toJSON(), 404),
  );
  app.onError((error, c) => {
    if (error instanceof ApiError) return c.json(error.toJSON(), error.status, error.headers);
    if (error instanceof ResponseMismatch) {
      // Only with checkResponses on (tests): the handler answered what its route does not declare.
      deps.logger.error({ err: error }, "response does not match its route");
      return c.json(new ApiError(500, "response_mismatch", error.message).toJSON(), 500);
    }
    const fault = storeFaultCode(error);
    if (fault) {
      // Not a bug: the store cannot write now (a full disk, say); the transaction rolled back.
      deps.logger.warn({ code: fault, method: c.req.method, path: c.req.path }, "store refused");
      return c.json(
        new ApiError(
          503,
          "storage_unavailable",
          `the database cannot take this now (${fault}: ${describeStoreFault(fault, error)}); nothing was changed, try again later`,
        ).toJSON(),
        503,
        { "retry-after": "30" },
      );
    }
    deps.logger.error({ err: error, method: c.req.method, path: c.req.path }, "request failed");
    return c.json(
      new ApiError(
        500,
        "internal",
        "something went wrong on our side; it has been logged",
      ).toJSON(),
      500,
    );
  });
  return { app, hub };
}
