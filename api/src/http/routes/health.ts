import type { Health, systemRoutes } from "@bulbcheck/shared";
import { schemaVersion } from "../../store/database.ts";
import type { ApiDeps } from "../deps.ts";
import { type Handlers, Reply } from "../router.ts";

export function healthHandlers(deps: ApiDeps): Handlers<typeof systemRoutes> {
  return {
    getHealth: () => {
      let database: Health["database"];
      try {
        database = { status: "ok", schemaVersion: schemaVersion(deps.db) };
      } catch (error) {
        database = {
          status: "error",
          schemaVersion: 0,
          reason: error instanceof Error ? error.message : String(error),
        };
      }
      const { broker } = deps;
      const connected = broker.connected();
      const stats = deps.ingester.stats();
      // Reads may still work on a full disk: the ingester knows whether writes do.
      const fault = stats.storeFault;
      if (fault) {
        database = {
          ...database,
          status: "error",
          code: fault.code,
          reason: `${fault.message}: ${fault.refused} publishes refused, the last at ${new Date(fault.lastRefusedAt).toISOString()} (not stored, not acknowledged: their devices send them again)`,
          since: new Date(fault.since).toISOString(),
        };
      }
      const status = database.status === "ok" && connected ? "ok" : "degraded";
      const body: Health = {
        status,
        version: deps.version,
        commit: deps.commit,
        uptimeSeconds: Math.round((deps.now() - deps.startedAt) / 1000),
        database,
        broker: {
          mode: broker.mode,
          connected,
          ...(broker.url ? { url: broker.url } : {}),
          ...(broker.clients ? { clients: broker.clients() } : {}),
        },
        ingest: {
          messages: stats.messages,
          batches: stats.batches,
          stored: stats.outcomes.stored,
          duplicates: stats.outcomes.duplicate,
          rejected: stats.outcomes.rejected,
          rejectedByReason: stats.rejectedByReason,
        },
      };
      return status === "ok" ? body : new Reply(503, body);
    },
  };
}
