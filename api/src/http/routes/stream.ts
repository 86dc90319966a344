import type { streamRoutes } from "@bulbcheck/shared";
import { streamSSE } from "hono/streaming";
import { stillValid } from "../auth.ts";
import type { ApiDeps } from "../deps.ts";
import type { Handlers } from "../router.ts";
import { siteFilter } from "../scope.ts";
import type { StreamHub } from "../stream-hub.ts";

/** A comment line this often keeps proxies from closing a quiet stream. */
const HEARTBEAT_MS = 15_000;

export function streamHandlers(deps: ApiDeps, hub: StreamHub): Handlers<typeof streamRoutes> {
  const checkAt = () => ({ now: deps.now(), sessions: deps.access.sessions });
  return {
    openStream: ({ query, caller, token, c }) => {
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
  };
}
