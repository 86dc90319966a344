import { readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { cpus, loadavg } from "node:os";
import { dirname } from "node:path";
import type { LoadDevice } from "@bulbcheck/device-sim";
import type { FleetDocumentInput } from "@bulbcheck/shared";
import { z } from "zod";
import { round2 } from "./bench-stats.ts";

/** Small helpers the benches share: machine facts, CPU shares, provisioning, results files. */

export const formatNumber = new Intl.NumberFormat("en-US");

export interface MachineInfo {
  node: string;
  platform: string;
  arch: string;
  cpus: number;
  cpu: string | undefined;
  loadAverageBefore: number[];
  loadAverageAfter?: number[];
}

export function machineInfo(): MachineInfo {
  return {
    node: process.version,
    platform: process.platform,
    arch: process.arch,
    cpus: cpus().length,
    cpu: cpus()[0]?.model,
    loadAverageBefore: loadavg().map(round2),
  };
}

/** One line about the machine's load: the server and the load generator want a core each. */
export function loadWarning(): string | undefined {
  const [busy = 0] = loadavg();
  return busy > 0.5
    ? `warning: load average ${busy.toFixed(2)} before the bench (other work on this machine); figures will be noisy`
    : undefined;
}

/** CPU this process used over `fn`, in % of one core: near 100 the load generator limits. */
export async function withCpu<T>(fn: () => Promise<T>): Promise<{ value: T; cpuPercent: number }> {
  const startedAt = performance.now();
  const before = process.cpuUsage();
  const value = await fn();
  const cpu = process.cpuUsage(before);
  const wallMicros = (performance.now() - startedAt) * 1000;
  return { value, cpuPercent: Math.round(((cpu.user + cpu.system) / wallMicros) * 100) };
}

/**
 * Samples the 1-minute load average every few seconds while the bench runs, so that the results
 * say how busy the machine was (other work on a shared machine skews every figure).
 */
export class LoadSampler {
  readonly #samples: number[] = [];
  readonly #timer: NodeJS.Timeout;

  constructor(everyMs = 5000) {
    this.#timer = setInterval(() => this.#samples.push(loadavg()[0] ?? 0), everyMs);
    this.#timer.unref();
  }

  stop(): { samples: number; min: number; mean: number; max: number } {
    clearInterval(this.#timer);
    const s = this.#samples.length ? this.#samples : [loadavg()[0] ?? 0];
    return {
      samples: s.length,
      min: round2(Math.min(...s)),
      mean: round2(s.reduce((a, b) => a + b, 0) / s.length),
      max: round2(Math.max(...s)),
    };
  }
}

/**
 * CPU time (user + system) another process has used so far, in ms, from /proc on Linux;
 * undefined elsewhere. /proc counts in clock ticks, which Linux fixes at 100 per second for
 * user space (USER_HZ).
 */
export function processCpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name, which is in parentheses and may itself hold spaces.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

/** Share of one core `pid` used over `fn`, next to the value `fn` returns. */
export async function withProcessCpu<T>(
  pid: number | undefined,
  fn: () => Promise<T>,
): Promise<{ value: T; cpuPercent: number | undefined }> {
  const before = processCpuMs(pid);
  const startedAt = performance.now();
  const value = await fn();
  const after = processCpuMs(pid);
  const wall = performance.now() - startedAt;
  return {
    value,
    cpuPercent:
      before === undefined || after === undefined
        ? undefined
        : Math.round(((after - before) / wall) * 100),
  };
}

const fleetAnswer = z.object({ secrets: z.record(z.string(), z.string()) });

/**
 * Provisions `document` through `PUT /api/fleet`, as an admin would, and fills in the secrets
 * the answer carries for `devices`.
 */
export async function provisionDevices(
  apiUrl: string,
  adminToken: string,
  document: FleetDocumentInput,
  devices: readonly Omit<LoadDevice, "secret">[],
): Promise<LoadDevice[]> {
  const response = await fetch(`${apiUrl}/api/fleet`, {
    method: "PUT",
    headers: { authorization: `Bearer ${adminToken}`, "content-type": "application/json" },
    body: JSON.stringify(document),
  });
  if (!response.ok)
    throw new Error(`provisioning failed: ${response.status} ${await response.text()}`);
  const { secrets } = fleetAnswer.parse(await response.json());
  return devices.map((d) => {
    const secret = secrets[d.id];
    if (!secret) throw new Error(`no secret issued for ${d.id}`);
    return { ...d, secret };
  });
}

/** Writes a bench's results file (pretty JSON), making its folder first. */
export async function writeResults(path: string, results: object): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(results, null, 2)}\n`);
}
