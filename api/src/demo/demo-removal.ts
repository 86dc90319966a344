import type { DemoRemoval as DemoRemovalView, DemoState } from "@bulbcheck/shared";
import type { Logger } from "pino";
import { recordAudit } from "../store/audit-store.ts";
import { type Db, transact } from "../store/database.ts";
import { listSiteRows } from "../store/registry-store.ts";
import {
  beginSiteRemoval,
  demoSiteIds,
  deviceIdsOfSites,
  REMOVAL_STEPS,
} from "../store/site-removal-store.ts";
import { readSystemState, writeSystemState } from "../store/system-state-store.ts";
import { revokeTokensNamed } from "../store/token-store.ts";

/** The token the demo simulator of `pnpm start` uses: revoked with the chain it drives. */
export const DEMO_TOKEN_NAME = "demo simulator";

const STATE = "demo-removal";
/** Rows per transaction: a few milliseconds of the writer, so that ingestion barely notices. */
const BATCH_ROWS = 2000;

/** The removal as kept in the database, so that a restart finishes what a stop cut off. */
interface StoredRemoval {
  sites: string[];
  devices: string[];
  startedAt: number;
  finishedAt: number | null;
  by: string;
  step: number;
  deleted: Record<string, number>;
}

export interface DemoRemovalOptions {
  db: Db;
  now: () => number;
  logger: Logger;
  /** Closes a device's live connection (the broker's), when there is one to close. */
  disconnect: (device: string) => void;
  /** Told once a removal starts: whoever runs the demo simulator stops it. */
  onRemoval?: () => void;
}

/**
 * Removes the demo chain: its sites and devices leave at once, in one transaction; their history
 * goes behind, a batch at a time between other work, and a restart carries on where it stopped.
 */
export class DemoRemoval {
  readonly #options: DemoRemovalOptions;
  #running: Promise<void> | undefined;
  #stopping = false;

  constructor(options: DemoRemovalOptions) {
    this.#options = options;
  }

  state(): DemoState {
    const { db } = this.#options;
    const demo = new Set(demoSiteIds(db));
    const stored = readSystemState<StoredRemoval>(db, STATE);
    return {
      sites: listSiteRows(db)
        .filter((site) => demo.has(site.id))
        .map((site) => ({ id: site.id, name: site.name })),
      removal: stored ? this.#view(stored) : null,
    };
  }

  /** Whether the demo chain was removed (or is being): `pnpm start` then does not bring it back. */
  removed(): boolean {
    return readSystemState<StoredRemoval>(this.#options.db, STATE) !== undefined;
  }

  /**
   * Starts a removal; null when there is nothing to remove or one is under way (the state says
   * which).
   */
  start(by: string): DemoState | null {
    const { db, now } = this.#options;
    const current = readSystemState<StoredRemoval>(db, STATE);
    if (current && current.finishedAt === null) return null;
    const sites = demoSiteIds(db);
    if (sites.length === 0) return null;
    const at = now();
    const removal: StoredRemoval = transact(db, () => {
      const devices = deviceIdsOfSites(db, sites);
      beginSiteRemoval(db, sites, at);
      revokeTokensNamed(db, DEMO_TOKEN_NAME, at);
      const stored: StoredRemoval = {
        sites,
        devices,
        startedAt: at,
        finishedAt: null,
        by,
        step: 0,
        deleted: {},
      };
      writeSystemState(db, STATE, stored);
      recordAudit(db, {
        at,
        actor: by,
        action: "demo.remove",
        target: `demo chain (${sites.length} sites)`,
        detail: { sites, devices: devices.length },
      });
      return stored;
    });
    for (const device of removal.devices) this.#options.disconnect(device);
    this.#options.logger.info(
      { sites, devices: removal.devices.length },
      "demo chain removal started",
    );
    this.#options.onRemoval?.();
    this.#run(removal);
    return this.state();
  }

  /** At start: finishes a removal a stop cut off. */
  resume(): void {
    const stored = readSystemState<StoredRemoval>(this.#options.db, STATE);
    if (stored && stored.finishedAt === null) this.#run(stored);
  }

  /** Until the removal running now has finished (for tests and for a stop). */
  async settled(): Promise<void> {
    await this.#running;
  }

  /** Stops after the batch under way; the next start carries on. */
  async stop(): Promise<void> {
    this.#stopping = true;
    await this.#running;
  }

  #run(removal: StoredRemoval): void {
    this.#running ??= this.#work(removal)
      .catch((error: unknown) => {
        this.#options.logger.error(
          { err: error },
          "demo chain removal stopped; the next start carries on",
        );
      })
      .finally(() => {
        this.#running = undefined;
      });
  }

  async #work(removal: StoredRemoval): Promise<void> {
    const { db, now, logger } = this.#options;
    const target = { sites: removal.sites, devices: removal.devices };
    while (removal.step < REMOVAL_STEPS.length) {
      if (this.#stopping) return;
      const step = REMOVAL_STEPS[removal.step] as (typeof REMOVAL_STEPS)[number];
      const deleted = transact(db, () => {
        const n = step.run(db, target, BATCH_ROWS);
        removal.deleted[step.what] = (removal.deleted[step.what] ?? 0) + n;
        if (n === 0) removal.step++;
        writeSystemState(db, STATE, removal);
        return n;
      });
      // Other work (ingestion above all) gets the writer between two batches.
      if (deleted > 0) await new Promise((resolve) => setImmediate(resolve));
    }
    const at = now();
    transact(db, () => {
      removal.finishedAt = at;
      writeSystemState(db, STATE, removal);
      recordAudit(db, {
        at,
        actor: removal.by,
        action: "demo.removed",
        target: `demo chain (${removal.sites.length} sites)`,
        detail: removal.deleted,
      });
    });
    logger.info({ deleted: removal.deleted }, "demo chain removed");
  }

  #view(stored: StoredRemoval): DemoRemovalView {
    const iso = (ms: number) => new Date(ms).toISOString();
    return {
      state: stored.finishedAt === null ? "running" : "done",
      startedAt: iso(stored.startedAt),
      finishedAt: stored.finishedAt === null ? null : iso(stored.finishedAt),
      by: stored.by,
      sites: stored.sites,
      devices: stored.devices.length,
      deleted: stored.deleted,
      now: stored.finishedAt === null ? (REMOVAL_STEPS[stored.step]?.what ?? null) : null,
    };
  }
}
