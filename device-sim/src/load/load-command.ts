import type { FleetDocumentInput, HealthPayload } from "@bulbcheck/shared";
import { ApiClient } from "../runner/api-client.ts";
import { provisionFleet, readSecrets, writeSecrets } from "../runner/device-secrets.ts";
import type { LoadDevice } from "./load-options.ts";
import type { LoadProgress, LoadResult } from "./load-result.ts";
import { runLoad } from "./run-load.ts";

export interface LoadCommandOptions {
  mqttUrl: string;
  apiUrl: string;
  adminToken: string;
  devices: number;
  rate: number | undefined;
  durationMs: number;
  qos: 0 | 1;
  inflight: number;
  /** The load devices' secrets, kept between runs (its folder is made when missing). */
  secretsFile: string;
  out?: (line: string) => void;
}

export const LOAD_SITE = "load-test";

/** The lamps every load sensor reports on, in turn. */
const LOAD_LAMPS = Array.from({ length: 8 }, (_, i) => `lamp-${i}`);

/**
 * The load fleet: one site of N sensors watching the same lamps, provisioned like any other
 * through the API (a sensor may send health only about what it watches).
 */
export function loadFleet(devices: number): FleetDocumentInput {
  const width = String(devices).length;
  return {
    sites: [
      {
        id: LOAD_SITE,
        name: "Load test",
        zones: [
          {
            id: "floor",
            name: "Load floor",
            assets: LOAD_LAMPS.map((id, i) => ({
              id,
              name: `Lamp ${i + 1}`,
              category: "lighting" as const,
            })),
          },
        ],
        devices: Array.from({ length: devices }, (_, i) => ({
          id: `load-${String(i + 1).padStart(width, "0")}`,
          kind: "sensor" as const,
          intervalSeconds: 60,
          watches: LOAD_LAMPS,
        })),
      },
    ],
  };
}

/** A valid health report with an id no earlier run used, so that nothing is taken for a resend. */
export function uniqueHealthPayload(runTag: string) {
  return (_device: LoadDevice, seq: number): Buffer => {
    const payload: HealthPayload = {
      id: `${runTag}-${seq}`,
      asset: LOAD_LAMPS[seq % LOAD_LAMPS.length] as string,
      state: "ok",
    };
    return Buffer.from(JSON.stringify(payload));
  };
}

/** `bulbcheck-sim --load`: provision, connect with a ramp, publish, show progress, summarize. */
export async function runLoadCommand(
  options: LoadCommandOptions,
): Promise<{ exitCode: number; result: LoadResult }> {
  const out = options.out ?? ((line: string) => console.log(line));
  const api = new ApiClient(options.apiUrl, options.adminToken);
  const { secretsFile } = options;
  const fleet = loadFleet(options.devices);
  out(`provisioning ${options.devices} load devices at site ${LOAD_SITE}...`);
  const provisioned = await provisionFleet(api, fleet, readSecrets(secretsFile));
  writeSecrets(secretsFile, provisioned.secrets);
  const devices: LoadDevice[] = (fleet.sites[0]?.devices ?? []).map((d) => ({
    id: d.id,
    site: LOAD_SITE,
    secret: provisioned.secrets.get(d.id) as string,
  }));

  const controller = new AbortController();
  const onSignal = () => controller.abort();
  process.once("SIGINT", onSignal);
  const live = process.stdout.isTTY;
  let lastLine = 0;
  out(
    `load: ${options.devices} devices, QoS ${options.qos}, ${options.rate ? `${options.rate} msgs/s` : "as fast as acknowledged"}, ${options.durationMs / 1000} s`,
  );
  let result: LoadResult;
  try {
    result = await runLoad({
      url: options.mqttUrl,
      devices,
      qos: options.qos,
      inflightPerDevice: options.inflight,
      ...(options.rate ? { rate: options.rate } : {}),
      payload: uniqueHealthPayload(Date.now().toString(36)),
      signal: controller.signal,
      durationMs: options.durationMs,
      onProgress: (p) => {
        const line = progressLine(p, options.devices);
        if (live) process.stdout.write(`\r${line}\x1b[K`);
        else if (p.elapsedMs - lastLine >= 5000) {
          lastLine = p.elapsedMs;
          out(line);
        }
      },
    });
  } finally {
    process.removeListener("SIGINT", onSignal);
    if (live) process.stdout.write("\n");
  }
  for (const line of summary(result, options.qos)) out(line);
  const lost = options.qos === 1 ? result.sent - result.acked : 0;
  const errors = Object.values(result.errors).reduce((a, b) => a + b, 0);
  return { exitCode: lost > 0 || errors > 0 ? 1 : 0, result };
}

function progressLine(p: LoadProgress, devices: number): string {
  const errors = Object.values(p.errors).reduce((a, b) => a + b, 0);
  return `${(p.elapsedMs / 1000).toFixed(0).padStart(4)} s  connected ${p.connected}/${devices}  sent ${p.sent.toLocaleString("en-US")}  acked ${p.acked.toLocaleString("en-US")}  in flight ${p.inflight}  ${Math.round(p.ratePerSecond).toLocaleString("en-US")} msgs/s  errors ${errors}`;
}

export function summary(result: LoadResult, qos: 0 | 1): string[] {
  const l = result.latencyMs;
  const errors = Object.entries(result.errors);
  return [
    "summary",
    `  connected     ${result.connected} devices in ${(result.connectMs / 1000).toFixed(2)} s`,
    `  sent          ${result.sent.toLocaleString("en-US")}`,
    `  acknowledged  ${result.acked.toLocaleString("en-US")}${qos === 0 ? " (QoS 0: written, not acknowledged)" : ""}`,
    `  throughput    ${Math.round(result.ratePerSecond).toLocaleString("en-US")} msgs/s over ${(result.durationMs / 1000).toFixed(1)} s`,
    qos === 1
      ? `  latency       publish to PUBACK p50 ${l.p50.toFixed(1)} ms, p95 ${l.p95.toFixed(1)} ms, p99 ${l.p99.toFixed(1)} ms, max ${l.max.toFixed(1)} ms`
      : "  latency       (none for QoS 0)",
    `  errors        ${errors.length === 0 ? "none" : errors.map(([k, n]) => `${k} ${n}`).join(", ")}`,
  ];
}
