import type { DuePolicy } from "@bulbcheck/shared";
import type { Logger } from "pino";
import { type Db, transact } from "../store/database.ts";
import {
  overdueCheckpoints,
  scheduleCheckpoint,
  setDeviceOnline,
  silentDevices,
  unscheduledCheckpoints,
} from "../store/registry-store.ts";
import type { ChangeFeed } from "./change-feed.ts";
import { engineContext, raiseSystemDefect } from "./defect-engine.ts";

/**
 * Who checks the checkers: raises `inspection_overdue` for checkpoints past their due time and
 * `device_offline` for devices silent for three intervals. Every deadline is read from the
 * database, so a sweep after a restart or a clock jump finds all that is due at once, and the
 * one-unresolved-defect rule means nothing is raised twice. Each defect opens at the moment its
 * deadline passed, not at the moment the sweep noticed.
 */
export function sweep(db: Db, feed: ChangeFeed, now: number, duePolicy?: DuePolicy): SweepResult {
  const ctx = engineContext(db, duePolicy);
  const result = transact(db, () => {
    for (const cp of unscheduledCheckpoints(db)) scheduleCheckpoint(db, cp.site_id, cp.id, now);
    let overdue = 0;
    for (const cp of overdueCheckpoints(db, now)) {
      raiseSystemDefect(
        ctx,
        { site: cp.site_id, zone: cp.zone_id, asset: cp.id, customerVisible: false },
        "inspection_overdue",
        cp.due_at,
      );
      overdue++;
    }
    let offline = 0;
    for (const device of silentDevices(db, now)) {
      raiseSystemDefect(
        ctx,
        { site: device.site_id, zone: DEVICES_ZONE, asset: device.id, customerVisible: false },
        "device_offline",
        device.silent_at,
      );
      setDeviceOnline(db, device.id, false);
      offline++;
    }
    return { overdue, offline };
  });
  feed.publish(ctx.changes);
  return result;
}

export interface SweepResult {
  overdue: number;
  offline: number;
}

/** System defects about devices are filed under this zone of their site. */
export const DEVICES_ZONE = "devices";

/** Sweeps at start and then every `everyMs`, with the clock it is given. */
export class Watchdog {
  readonly #timer: NodeJS.Timeout;

  constructor(options: {
    db: Db;
    feed: ChangeFeed;
    logger: Logger;
    now: () => number;
    everyMs?: number;
    duePolicy?: DuePolicy;
  }) {
    const run = () => {
      try {
        const found = sweep(options.db, options.feed, options.now(), options.duePolicy);
        if (found.overdue + found.offline > 0) options.logger.info(found, "deadlines passed");
      } catch (error) {
        options.logger.error({ err: error }, "deadline sweep failed; trying again at the next");
      }
    };
    run();
    this.#timer = setInterval(run, options.everyMs ?? 15_000);
    this.#timer.unref();
  }

  stop(): void {
    clearInterval(this.#timer);
  }
}
