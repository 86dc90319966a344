import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ChangeFeed, Ingester, type IngestOutcome } from "@bulbcheck/api/ingest";
import { countEvents, openDatabase, upsertFleet } from "@bulbcheck/api/store";
import type { LoadDevice } from "@bulbcheck/device-sim";
import { deviceTopic, type FleetDocumentInput, fleetDocumentSchema } from "@bulbcheck/shared";
import { pino } from "pino";
import { round2 } from "../kit/bench-stats.ts";
import { withCpu } from "../kit/bench-util.ts";
import { ingestPayloads } from "../kit/ingest-fleet.ts";
import type { StoreMeasurement } from "./ingest-summary.ts";

export interface StoreAloneOptions {
  /** The fleet the end-to-end runs provisioned, and their devices. */
  fleet: FleetDocumentInput;
  devices: readonly LoadDevice[];
  messages: number;
  /** Publishes submitted per turn of the event loop: the ingester commits each turn as one batch. */
  batchSize: number;
  /** Makes the event ids of the run, as `ingestPayloads` does for the load. */
  runTag: string;
  synchronous: "normal" | "full";
}

/**
 * The ingest stage alone, without MQTT: the ingester's group commit, the defect rules and SQLite,
 * in this process, on a fresh database file that is removed afterwards. The publishes are those
 * the load would send (the same payloads for the same devices, the devices taking turns as their
 * connections do), built before the clock starts, since the load generator builds them in the
 * end-to-end runs; they go in as the embedded broker hands them over (authenticated device set).
 * Timed from the first submit to the last settlement.
 *
 * @example
 *   const run = await measureStoreAlone({
 *     fleet: fleet.document, devices, messages: 100_000, batchSize: 1500, runTag: "r1",
 *     synchronous: "full",
 *   });
 *   // run.ratePerSecond, run.outcomes.stored === 100_000
 */
export async function measureStoreAlone(options: StoreAloneOptions): Promise<StoreMeasurement> {
  const { devices, messages, batchSize } = options;
  const dir = mkdtempSync(join(tmpdir(), "bulbcheck-store-alone-"));
  const db = openDatabase({ path: join(dir, "store.db"), synchronous: options.synchronous });
  try {
    const fleet = fleetDocumentSchema.parse(options.fleet);
    // New devices need a secret hash to be created; nothing authenticates against it here.
    const hashes = new Map(devices.map((d) => [d.id, "unused-no-mqtt"]));
    db.transaction(() => upsertFleet(db, fleet, hashes, Date.now()))();
    const ingester = new Ingester({
      db,
      feed: new ChangeFeed(),
      logger: pino({ level: "silent" }),
    });

    const topics = devices.map((d) => deviceTopic({ site: d.site, device: d.id, kind: "health" }));
    const payload = ingestPayloads(options.runTag);
    const publishes = Array.from({ length: messages }, (_, i) => {
      const d = i % devices.length;
      const device = devices[d] as LoadDevice;
      return {
        topic: topics[d] as string,
        payload: payload(device, Math.floor(i / devices.length) + 1),
        authenticatedDevice: device.id,
      };
    });

    const { value: durationMs, cpuPercent } = await withCpu(async () => {
      const startedAt = performance.now();
      for (let first = 0; first < messages; first += batchSize) {
        const receivedAt = Date.now();
        const turn: Promise<IngestOutcome>[] = [];
        for (const publish of publishes.slice(first, first + batchSize))
          turn.push(ingester.submit({ ...publish, receivedAt }));
        await Promise.all(turn);
      }
      return performance.now() - startedAt;
    });
    ingester.close();
    const { batches, outcomes } = ingester.stats();
    return {
      messages,
      batchSize,
      batches,
      durationMs: round2(durationMs),
      ratePerSecond: Math.round(messages / (durationMs / 1000)),
      outcomes,
      eventsInStore: countEvents(db),
      cpuPercent,
    };
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
