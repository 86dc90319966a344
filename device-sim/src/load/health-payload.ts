import { deviceTopic, type HealthPayload } from "@bulbcheck/shared";
import type { LoadDevice } from "./load-options.ts";

/** A sensor hub watches a few lamps; cycling through them spreads the load over assets. */
const ASSETS_PER_DEVICE = 8;

/** The topic every load message goes to: the device's own `health` topic. */
export function healthTopic(device: LoadDevice): string {
  return deviceTopic({ site: device.site, device: device.id, kind: "health" });
}

/**
 * The default load message: a valid `health` "ok" report whose id is the device's sequence
 * number (unique per device within a run, as the idempotency key must be).
 */
export function okHealthPayload(_device: LoadDevice, seq: number): Buffer {
  const payload: HealthPayload = {
    id: String(seq),
    asset: `a-${seq % ASSETS_PER_DEVICE}`,
    state: "ok",
  };
  return Buffer.from(JSON.stringify(payload));
}
