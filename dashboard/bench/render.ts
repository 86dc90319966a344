import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { startDashboard } from "@bulbcheck/api/dashboard-server";
import {
  ADMIN_PASSWORD,
  ADMIN_TOKEN,
  ADMIN_USERNAME,
  startTestSystem,
} from "@bulbcheck/api/testing";
import { benchArgv, percentile, startSim } from "@bulbcheck/device-sim";

/**
 * Server-side render time of the dashboard's pages with the demo chain running: sequential GETs
 * of each page (the API calls of its load function included), p50 / p95 / p99 in milliseconds.
 *
 *   pnpm --filter @bulbcheck/dashboard bench -- --requests 200
 */
const args = benchArgv();
const requests = Number(args[args.indexOf("--requests") + 1] ?? 200) || 200;
const OUT = fileURLToPath(new URL("../../bench/results/dashboard-render.json", import.meta.url));
const GOAL_P95_MS = 100;

const build = spawnSync(
  process.execPath,
  [fileURLToPath(new URL("../scripts/build-if-stale.mjs", import.meta.url))],
  {
    stdio: "inherit",
  },
);
if (build.status !== 0) throw new Error("the dashboard did not build");

const system = await startTestSystem();
const sim = await startSim({
  fleet: "demo",
  apiUrl: system.system.apiUrl,
  mqttUrl: system.system.mqttUrl,
  adminToken: ADMIN_TOKEN,
  secretsFile: `${system.dataDir}/sim-secrets.json`,
  speed: 120,
  seed: 1,
  log: () => undefined,
});
// Every page is for a signed-in user: the requests carry an admin's session cookie.
const signedIn = await system.api<{ token: string }>("POST", "/api/sessions", {
  token: null,
  body: { username: ADMIN_USERNAME, password: ADMIN_PASSWORD },
});
if (signedIn.status !== 201) throw new Error(`sign-in failed: ${signedIn.status}`);
const cookie = `bulbcheck_session=${signedIn.body.token}`;
const dashboard = await startDashboard({
  apiUrl: system.system.apiUrl,
  host: "127.0.0.1",
  port: 0,
});
if (!dashboard) throw new Error("no dashboard build");

const PAGES = [
  "/",
  "/sites/hotel-oslo",
  "/defects",
  "/devices",
  "/insights",
  "/board?kiosk=1",
  "/r/hotel-oslo/lobby-floor",
];

async function time(path: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${dashboard?.url}${path}`, {
    headers: { cookie },
    redirect: "manual",
  });
  await response.text();
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return performance.now() - started;
}

try {
  // Let the chain come alive before measuring: devices connected, defects on the board.
  await new Promise((resolve) => setTimeout(resolve, 5000));
  console.log(
    `dashboard render: ${requests} sequential requests per page, demo chain running at x120`,
  );
  const results: { page: string; p50: number; p95: number; p99: number }[] = [];
  for (const page of PAGES) {
    for (let i = 0; i < 20; i++) await time(page);
    const samples: number[] = [];
    for (let i = 0; i < requests; i++) samples.push(await time(page));
    samples.sort((a, b) => a - b);
    const row = {
      page,
      p50: Math.round(percentile(samples, 50) * 10) / 10,
      p95: Math.round(percentile(samples, 95) * 10) / 10,
      p99: Math.round(percentile(samples, 99) * 10) / 10,
    };
    results.push(row);
    console.log(
      `${page.padEnd(28)} p50 ${String(row.p50).padStart(6)} ms  p95 ${String(row.p95).padStart(6)} ms  p99 ${String(row.p99).padStart(6)} ms`,
    );
  }
  const worst = Math.max(...results.map((r) => r.p95));
  console.log(
    `goal: p95 < ${GOAL_P95_MS} ms on every page  ${worst < GOAL_P95_MS ? "PASS" : "MISS"} (worst p95 ${worst} ms)`,
  );
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(
    OUT,
    `${JSON.stringify(
      {
        benchmark: "dashboard-render",
        date: new Date().toISOString(),
        machine: {
          node: process.version,
          cpus: cpus().length,
          cpu: cpus()[0]?.model,
          loadAverageBefore: loadavg(),
        },
        config: { requests, simSpeed: 120 },
        goalP95Ms: GOAL_P95_MS,
        results,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`results: ${OUT}`);
} finally {
  await sim.runner.stop();
  await dashboard.close();
  await system.stop();
}
