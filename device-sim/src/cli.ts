import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { runLoadCommand } from "./load/load-command.ts";
import { startSim } from "./runner/start-sim.ts";
import { playScenario, scenarioBaseDir } from "./scenario/play-scenario.ts";
import { readScenario } from "./scenario/scenario.ts";

const USAGE = `bulbcheck-sim: simulated Bulb Check devices over real MQTT connections

usage:
  bulbcheck-sim [--fleet demo|FILE] [--speed N] [--seed N] [--duration D]      a living chain
  bulbcheck-sim --scenario FILE [--speed N]                                    a scripted story
  bulbcheck-sim --load --devices N --rate R --duration D [--qos 0|1]           load

options:
  --fleet demo|FILE     the demo chain (default) or a fleet document (JSON)
  --scenario FILE       play a scenario (docs/scenarios.md); exits 1 when an expectation fails
  --speed N             simulated time runs N times faster (default 30; scenarios: their own)
  --seed N              the same seed gives the same run (default 1)
  --duration D          stop after D (90, 90s, 10m, 2h); default: until Ctrl-C
  --mqtt-url URL        the broker (default $BULBCHECK_MQTT_URL or mqtt://127.0.0.1:1883)
  --api-url URL         the API (default http://127.0.0.1:$BULBCHECK_API_PORT or :8080)
  --admin-token T       provisions the fleet (default $BULBCHECK_ADMIN_TOKEN or data/admin-token)
  --secrets FILE        device secrets kept between runs (default data/sim-secrets.json,
                        with --load data/load-secrets.json; the folder is made if missing)
  --load                load mode: --devices N (default 100), --rate R msgs/s in total
                        (default: as fast as acknowledged), --qos 0|1 (default 1),
                        --inflight W unacknowledged messages per device (default 32)`;

class UsageError extends Error {}

/** `90`, `90s`, `10m`, `2h` -> milliseconds. */
export function parseDuration(text: string): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim());
  if (!match) throw new UsageError(`--duration ${text}: use a number of seconds or 90s, 10m, 2h`);
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[match[2] ?? "s"] ?? 1000;
  return Number(match[1]) * unit;
}

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0)
    throw new UsageError(`--${name} must be a positive number, got ${value}`);
  return n;
}

/** Where `pnpm start` keeps its data, and so the admin token and the secrets of earlier runs. */
function dataDir(): string {
  return process.env.BULBCHECK_DATA_DIR ?? "./data";
}

function adminToken(given: string | undefined): string {
  if (given) return given;
  if (process.env.BULBCHECK_ADMIN_TOKEN) return process.env.BULBCHECK_ADMIN_TOKEN;
  const file = join(dataDir(), "admin-token");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  throw new UsageError(
    "no admin token: pass --admin-token, set BULBCHECK_ADMIN_TOKEN, or run where data/admin-token is (pnpm start writes it)",
  );
}

const log = (line: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);

function untilStopped(durationMs: number | undefined): Promise<string> {
  return new Promise((resolve) => {
    const timer =
      durationMs === undefined
        ? undefined
        : setTimeout(() => resolve("duration reached"), durationMs);
    const stop = (signal: string) => {
      if (timer) clearTimeout(timer);
      resolve(signal);
    };
    process.once("SIGINT", () => stop("SIGINT"));
    process.once("SIGTERM", () => stop("SIGTERM"));
  });
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((arg, i) => !(i === 0 && arg === "--")),
    options: {
      help: { type: "boolean", short: "h" },
      fleet: { type: "string", default: "demo" },
      scenario: { type: "string" },
      speed: { type: "string" },
      seed: { type: "string" },
      duration: { type: "string" },
      "mqtt-url": { type: "string" },
      "api-url": { type: "string" },
      "admin-token": { type: "string" },
      secrets: { type: "string" },
      load: { type: "boolean" },
      devices: { type: "string" },
      rate: { type: "string" },
      qos: { type: "string" },
      inflight: { type: "string" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const mqttUrl =
    values["mqtt-url"] ??
    process.env.BULBCHECK_MQTT_URL ??
    `mqtt://127.0.0.1:${process.env.BULBCHECK_MQTT_PORT ?? 1883}`;
  const apiUrl = values["api-url"] ?? `http://127.0.0.1:${process.env.BULBCHECK_API_PORT ?? 8080}`;
  const durationMs = values.duration === undefined ? undefined : parseDuration(values.duration);
  const secretsFile = values.secrets ?? join(dataDir(), "sim-secrets.json");

  if (values.load) {
    const qos = values.qos ?? "1";
    if (qos !== "0" && qos !== "1") throw new UsageError(`--qos must be 0 or 1, got ${qos}`);
    const { exitCode } = await runLoadCommand({
      mqttUrl,
      apiUrl,
      adminToken: adminToken(values["admin-token"]),
      devices: positive("devices", values.devices, 100),
      rate: values.rate === undefined ? undefined : positive("rate", values.rate, 0),
      durationMs: durationMs ?? 30_000,
      qos: qos === "1" ? 1 : 0,
      inflight: positive("inflight", values.inflight, 32),
      secretsFile: values.secrets ?? join(dataDir(), "load-secrets.json"),
    });
    return exitCode;
  }

  const seed = positive("seed", values.seed, 1);
  if (values.scenario) {
    const scenario = readScenario(values.scenario);
    const result = await playScenario(scenario, {
      apiUrl,
      mqttUrl,
      adminToken: adminToken(values["admin-token"]),
      secretsFile,
      baseDir: scenarioBaseDir(values.scenario),
      ...(values.speed ? { speed: positive("speed", values.speed, 1) } : {}),
      log,
    });
    console.log("expectations:");
    for (const r of result.results) console.log(`  ${r.ok ? "✓" : "✗"} ${r.detail}`);
    if (result.results.length === 0) console.log("  (none)");
    console.log(result.ok ? "scenario passed" : "scenario FAILED");
    return result.ok ? 0 : 1;
  }

  const speed = positive("speed", values.speed, 30);
  const sim = await startSim({
    fleet: values.fleet,
    apiUrl,
    mqttUrl,
    adminToken: adminToken(values["admin-token"]),
    secretsFile,
    speed,
    seed,
    log,
  });
  log(`simulating at ×${speed} (seed ${seed}); Ctrl-C stops`);
  const progress = setInterval(() => {
    const c = sim.runner.counters();
    const at = new Date(sim.runner.simNow()).toISOString().slice(0, 16).replace("T", " ");
    log(
      `sim time ${at} | devices online ${sim.runner.online} | messages ${c.published} sent, ${c.acknowledged} acknowledged | acks ${c.acks} | drops ${c.drops} | errors ${c.errors}`,
    );
  }, 10_000);
  const why = await untilStopped(durationMs);
  clearInterval(progress);
  log(`${why}: taking devices offline`);
  await sim.runner.stop();
  const c = sim.runner.counters();
  log(
    `done: ${c.published} messages sent, ${c.acknowledged} acknowledged, ${c.failed} failed, ${c.lostWithDevice} lost with devices the chain made vanish, ${c.errors} errors`,
  );
  return c.failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError || (error instanceof TypeError && "code" in error)) {
      console.error(`${error.message}\n\n${USAGE}`);
      process.exit(2);
    }
    console.error(`bulbcheck-sim: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
