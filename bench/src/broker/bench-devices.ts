import type { LoadDevice } from "@bulbcheck/device-sim";
import { z } from "zod";

/** The fleet the bench drives: one site, numbered devices, fresh secrets. */
export const benchDeviceSchema = z.object({ id: z.string(), site: z.string(), secret: z.string() });
export const benchDevicesSchema = z.array(benchDeviceSchema);

export function benchDevices(count: number, newSecret: () => string): LoadDevice[] {
  const width = String(count).length;
  return Array.from({ length: count }, (_, i) => ({
    id: `bench-${String(i + 1).padStart(width, "0")}`,
    site: "bench-site",
    secret: newSecret(),
  }));
}
