import { idSchema } from "@bulbcheck/shared";
import { streamSSE } from "hono/streaming";
import { z } from "zod";
import { stillValid } from "../auth.ts";
import type { ApiDeps } from "../deps.ts";
import type { ApiRouter } from "../router.ts";
import { siteFilter } from "../scope.ts";
import type { StreamHub } from "../stream-hub.ts";

/** A comment line this often keeps proxies from closing a quiet stream. */
const HEARTBEAT_MS = 15_000;

const streamQuerySchema = z.object({ site: idSchema.optional() });

export function streamRoutes(router: ApiRouter, deps: ApiDeps, hub: StreamHub): void {
  const checkAt = () => ({ now: deps.now(), sessions: deps.access.sessions });
  router.route(
    {
      method: "get",
      path: "/api/stream",
      summary:
        "Server-Sent Events: `defect` (opened, merged, acknowledged, resolved) and `device` (online, offline, rejected, revoked) changes, after they are committed. The token may be given as ?access_token= since EventSource cannot set headers",
      access: "viewer",
      query: streamQuerySchema,
      response: {
        status: 200,
        schema: null,
        contentType: "text/event-stream",
        description: "an endless event stream",
      },
    },
    ({ query, caller, token, c }) => {
      const sites = siteFilter(caller, query.site);
      return streamSSE(c, async (stream) => {
        const session = hub.open(sites === null ? null : new Set(sites));
        stream.onAbort(() => hub.close(session));
        await stream.writeSSE({
          event: "ready",
          data: JSON.stringify({ at: new Date(deps.now()).toISOString() }),
          retry: 2000,
        });
        while (!session.ended && !stream.aborted) {
          const messages = await session.take(HEARTBEAT_MS);
          // A stream outlives its request: a revoked token or an ended session ends it too.
          if (caller && token && !stillValid(deps.db, caller, token, checkAt())) break;
          if (messages.length === 0) {
            if (!session.ended) await stream.write(": keep-alive\n\n");
            continue;
          }
          for (const message of messages) await stream.writeSSE(message);
        }
        hub.close(session);
      });
    },
  );
}
