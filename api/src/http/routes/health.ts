import type { Health, HealthCondition, systemRoutes } from "@bulbcheck/shared";
import type { ActiveCondition } from "../../health/monitor.ts";
import { schemaVersion } from "../../store/database.ts";
import type { ApiDeps } from "../deps.ts";
import { type Handlers, Reply } from "../router.ts";

const iso = (ms: number) => new Date(ms).toISOString();

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
          reason: `${fault.message}: ${fault.refused} publishes refused, the last at ${iso(fault.lastRefusedAt)} (not stored, not acknowledged: their devices send them again)`,
          since: iso(fault.since),
        };
      }
      const evaluation = deps.health.check();
      // A database that cannot be read at all is a failure the monitor's readings cannot see.
      const status = database.status === "error" && !fault ? "fail" : evaluation.status;
      const body: Health = {
        status,
        // Public: what is wrong and since when, never the particulars (addresses, names).
        reasons: evaluation.conditions.map(({ code, since, message }) => ({
          code,
          since: iso(since),
          message,
        })),
        version: deps.version,
        commit: deps.commit,
        uptimeSeconds: Math.round((deps.now() - deps.startedAt) / 1000),
        database,
        broker: {
          mode: broker.mode,
          connected,
          ...(broker.url ? { url: withoutLogin(broker.url) } : {}),
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
      // Degraded still ingests: a load balancer or a container runtime must not take it out.
      return status === "fail" ? new Reply(503, body) : body;
    },
    getHealthConditions: () => {
      const evaluation = deps.health.check();
      return {
        status: evaluation.status,
        checkedAt: iso(evaluation.checkedAt),
        conditions: evaluation.conditions.map(adminView),
      };
    },
  };
}

/** A broker URL may carry a login (`mqtts://user:pass@host`): not for a public answer. */
function withoutLogin(url: string): string {
  try {
    const parsed = new URL(url);
    if (!parsed.username && !parsed.password) return url;
    parsed.username = "";
    parsed.password = "";
    return parsed.toString();
  } catch {
    return url;
  }
}

function adminView(c: ActiveCondition): HealthCondition {
  return {
    code: c.code,
    since: iso(c.since),
    message: c.message,
    severity: c.severity,
    action: c.action,
    ...(c.detail ? { detail: c.detail } : {}),
  };
}
