import type { BulbBroker } from "@bulbcheck/broker";
import type { Logger } from "pino";
import type { SystemConfig } from "../config.ts";
import type { BrokerLink } from "../http/deps.ts";
import type { Ingester } from "../ingest/ingester.ts";
import { readBackupState } from "../store/backup-state-store.ts";
import { failingChannels } from "../store/channel-failure-store.ts";
import type { Db } from "../store/database.ts";
import type { DashboardReading } from "./conditions.ts";
import { HealthMonitor } from "./monitor.ts";
import { type CommitWaits, CounterGrowth, freeBytesOn } from "./readings.ts";

/** How often the health monitor checks by itself, to log a condition nobody asked about. */
const HEALTH_CHECK_EVERY_MS = 10_000;
/** How far back broker refusals and slow commits count for health. */
export const HEALTH_RECENT_MS = 5 * 60_000;

/**
 * Starts the health monitor on the system's parts: the readings are thin adapters over what each
 * part already knows (the ingester's fault and queue, the broker's counters, the store's rows).
 */
export function startHealthMonitor(p: {
  config: SystemConfig;
  logger: Logger;
  /** The composition root's reading of the dashboard; absent where none runs. */
  dashboard: (() => DashboardReading | undefined) | undefined;
  /** Free bytes on the data folder's disk, where a test gives them; statfs otherwise. */
  freeBytes: (() => number | undefined) | undefined;
  now: () => number;
  db: Db;
  ingester: Ingester;
  link: BrokerLink;
  broker: BulbBroker | undefined;
  commitWaits: CommitWaits;
}): HealthMonitor {
  const { config, now, db, ingester, link, broker, commitWaits } = p;
  const limitRefusals = new CounterGrowth(HEALTH_RECENT_MS);
  // Far enough back to see a channel cross its threshold, not so far that each check reads the
  // whole delivery log.
  const channelLookBackMs = Math.max(7 * 86_400_000, 2 * config.health.channelFailedMs);
  const freeBytes = p.freeBytes ?? (() => freeBytesOn(config.dataDir));
  const monitor = new HealthMonitor({
    limits: { ...config.health, recentMs: HEALTH_RECENT_MS },
    logger: p.logger.child({ part: "health" }),
    now,
    everyMs: HEALTH_CHECK_EVERY_MS,
    read: () => {
      const at = now();
      const stats = ingester.stats();
      // The open-file limit lowers the connection limit (broker.ts), so both show up here.
      const closed = broker?.stats().closed;
      const refused = (closed?.max_connections ?? 0) + (closed?.max_per_address ?? 0);
      return {
        storeFault: stats.storeFault,
        broker: { mode: link.mode, connected: link.connected() },
        freeBytes: freeBytes(),
        failingChannels: failingChannels(db, at - channelLookBackMs),
        dashboard: p.dashboard?.(),
        limitRefusals: limitRefusals.sample(at, refused),
        backup: readBackupState(db),
        // Arrival and commit times are the wall clock's, as the broker stamps them.
        commitWaits: commitWaits.list(Date.now()),
        queuedForMs:
          stats.queue.oldestReceivedAt === undefined
            ? 0
            : Math.max(0, Date.now() - stats.queue.oldestReceivedAt),
      };
    },
  });
  monitor.start();
  return monitor;
}
