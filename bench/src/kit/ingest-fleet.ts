import type { LoadDevice, PayloadBuilder } from "@bulbcheck/device-sim";
import type { FleetDocumentInput, HealthPayload } from "@bulbcheck/shared";

/**
 * The fleet the ingest bench provisions and drives: sites of a few sensors each, every sensor of
 * a site watching the same lamps, so that the defect rules see every path: heartbeats that
 * resolve, faults that open a defect, the same fault from another sensor merging into it, and a
 * sensor repeating a fault it already reported refreshing it.
 */

/** Lamps per site; the last one is broken for the whole run. */
export const LAMPS_PER_SITE = 8;
const BROKEN_LAMP = LAMPS_PER_SITE - 1;
/** One heartbeat in this many reports a flicker, which the next "ok" of that lamp resolves. */
const FLICKER_EVERY = 50;

export interface IngestFleet {
  document: FleetDocumentInput;
  /** Device ids and sites; the secrets are filled in from the provisioning response. */
  devices: Omit<LoadDevice, "secret">[];
}

export function ingestFleet(deviceCount: number, devicesPerSite: number): IngestFleet {
  const siteCount = Math.ceil(deviceCount / devicesPerSite);
  const width = String(deviceCount).length;
  const devices: Omit<LoadDevice, "secret">[] = [];
  const sites: FleetDocumentInput["sites"] = [];
  for (let s = 0; s < siteCount; s++) {
    const site = `bench-site-${String(s + 1).padStart(3, "0")}`;
    const lamps = Array.from({ length: LAMPS_PER_SITE }, (_, i) => lampId(i));
    const siteDevices: FleetDocumentInput["sites"][number]["devices"] = [];
    for (let d = s * devicesPerSite; d < Math.min(deviceCount, (s + 1) * devicesPerSite); d++) {
      const id = `bench-sensor-${String(d + 1).padStart(width, "0")}`;
      devices.push({ id, site });
      siteDevices.push({ id, kind: "sensor", intervalSeconds: 60, watches: lamps });
    }
    sites.push({
      id: site,
      name: `Bench store ${s + 1}`,
      timezone: "UTC",
      zones: [
        {
          id: "sales-floor",
          name: "Sales floor",
          assets: lamps.map((id, i) => ({
            id,
            name: `Ceiling lamp ${i + 1}`,
            category: "lighting" as const,
            customerVisible: i % 2 === 0,
          })),
        },
      ],
      devices: siteDevices,
    });
  }
  return { document: { sites }, devices };
}

export function lampId(index: number): string {
  return `lamp-${index}`;
}

/** What share of a run's messages take each path of the rules (for the printed header). */
export const PAYLOAD_MIX = {
  ok: (LAMPS_PER_SITE - 1) / LAMPS_PER_SITE - 1 / FLICKER_EVERY,
  flicker: 1 / FLICKER_EVERY,
  brokenLamp: 1 / LAMPS_PER_SITE,
};

/**
 * Valid `health` payloads whose ids carry `runTag`, so that no run repeats an id of an earlier
 * one on the same store (a repeat would be a duplicate, stored once, and not comparable).
 */
export function ingestPayloads(runTag: string): PayloadBuilder {
  return (_device, seq) => {
    const lamp = seq % LAMPS_PER_SITE;
    const id = `${runTag}-${seq}`;
    let payload: HealthPayload;
    if (lamp === BROKEN_LAMP) {
      payload = {
        id,
        asset: lampId(lamp),
        state: "fault",
        fault: "bulb_out",
        value: 0,
        unit: "mA",
      };
    } else if (seq % FLICKER_EVERY === 1) {
      payload = {
        id,
        asset: lampId(lamp),
        state: "fault",
        fault: "flicker",
        value: 61,
        unit: "mA",
      };
    } else {
      payload = { id, asset: lampId(lamp), state: "ok", value: 120 + (seq % 7), unit: "mA" };
      if (seq % 100 === 0) payload.battery = 100 - (seq % 90);
    }
    return Buffer.from(JSON.stringify(payload));
  };
}
