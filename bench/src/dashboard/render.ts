import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import {
  ADMIN_PASSWORD,
  ADMIN_TOKEN,
  ADMIN_USERNAME,
  startTestSystem,
} from "@bulbcheck/api/testing";
import { type DashboardServer, startDashboard } from "@bulbcheck/dashboard/serve";
import { startSim } from "@bulbcheck/device-sim";
import {
  type BenchFigure,
  benchArgv,
  benchFigure,
  median,
  percentile,
  positive,
  verdict,
} from "../kit/bench-stats.ts";
import { REPO_DIR, resultsFile } from "../kit/paths.ts";
import { startLargeStore } from "../queries/large-store.ts";
import { countingProxy, measureLiveBoards } from "./live-boards.ts";
import { wallDefects, wallFleet } from "./wall-fleet.ts";

/**
 * Server-side render time of the dashboard's pages: sequential GETs of each page (the API calls
 * of its load function included), p50 / p95 / p99 per run, each figure the median over the runs.
 * Then live site boards in Chromium under a stream of changes (`live-boards.ts`): publish to
 * screen, and API calls per change.
 *
 * `--store wall --wall-sites 200`: only the wall board, with that many generated sites (the other
 * stores run it after their pages, in a process of its own, unless `--wall-sites 0`).
 * `--store large` (the default): the query bench's store of 1 million events, 10,000 open
 * defects and 500 sites, served by the API in a process of its own. `--store demo`: the demo
 * chain running at x120 in this process, with the API.
 *
 *   pnpm --filter @bulbcheck/bench dashboard -- --runs 3 --requests 100
 */
const { values: args } = parseArgs({
  args: benchArgv(),
  options: {
    runs: { type: "string", default: "3" },
    /** Requests per page in each run. */
    requests: { type: "string", default: "100" },
    warmup: { type: "string", default: "20" },
    store: { type: "string", default: "large" },
    /** Live site boards open in Chromium while changes stream in (0: none). */
    boards: { type: "string", default: "20" },
    "live-sites": { type: "string", default: "4" },
    /** Changes a second during the live measurement, all sites together. */
    rate: { type: "string", default: "200" },
    "live-seconds": { type: "string", default: "15" },
    /** The wall board with this many sites, measured after the store's pages (0: not). */
    "wall-sites": { type: "string", default: "200" },
    out: {
      type: "string",
      default: resultsFile("dashboard-render.json"),
    },
  },
});
if (args.store !== "large" && args.store !== "demo" && args.store !== "wall")
  throw new RangeError(`--store must be large, demo or wall, got ${args.store}`);
const config = {
  store: args.store,
  runs: positive("runs", args.runs),
  requests: positive("requests", args.requests),
  warmup: positive("warmup", args.warmup),
  live: {
    boards: Number(args.boards),
    sites: positive("live-sites", args["live-sites"]),
    rate: positive("rate", args.rate),
    seconds: positive("live-seconds", args["live-seconds"]),
  },
  wallSites: Number(args["wall-sites"]),
};
if (!Number.isInteger(config.wallSites) || config.wallSites < 0)
  throw new RangeError(`--wall-sites must be a whole number, got ${args["wall-sites"]}`);
if (!Number.isInteger(config.live.boards) || config.live.boards < 0)
  throw new RangeError(`--boards must be a whole number, got ${args.boards}`);
const GOAL_P95_MS = 100;
const loadBefore = loadavg();

// The production build, as `pnpm start` serves it: rebuilt only when its sources changed.
const build = spawnSync(
  "pnpm",
  ["--silent", "--filter", "@bulbcheck/dashboard", "build:if-stale"],
  { cwd: REPO_DIR, stdio: "inherit" },
);
if (build.status !== 0) throw new Error("the dashboard did not build");

/** The pages and the signed-in cookie of the store measured, and how to stop it. */
interface Target {
  pages: string[];
  /** How a page is named in the figures. */
  label?: (page: string) => string;
  cookie: string;
  apiUrl: string;
  stop(): Promise<void>;
  describe: string;
}

const target =
  config.store === "large"
    ? await largeTarget()
    : config.store === "wall"
      ? await wallTarget(config.wallSites)
      : await demoTarget();
let dashboard: DashboardServer | undefined;
// In front of the API, so that the live boards after the pages can count their calls.
const proxy = await countingProxy(target.apiUrl);
try {
  dashboard = await startDashboard({ apiUrl: proxy.url, host: "127.0.0.1", port: 0 });
  if (!dashboard) throw new Error("no dashboard build");
  const url = dashboard.url;
  console.log(
    `dashboard render: ${target.describe}; ${config.runs} runs of ${config.requests} sequential requests per page after ${config.warmup} of warm-up`,
  );
  const results = await renderTimes(url, target.cookie, target.pages, target.label);
  // One process serves one API: the wall board's own system is measured by a run of its own.
  if (config.wallSites > 0 && config.store !== "wall")
    results.push(...wallBoardTimes(config.wallSites));
  const note = `median of ${config.runs} runs of ${config.requests} requests, ${config.store} store`;
  const figures: BenchFigure[] = results.flatMap((r) => [
    benchFigure({ part: "dashboard", name: `${r.page} p50`, value: r.p50, unit: "ms", note }),
    benchFigure({
      part: "dashboard",
      name: `${r.page} p95`,
      value: r.p95,
      unit: "ms",
      goal: { op: "<", value: GOAL_P95_MS },
      note,
    }),
  ]);
  const live =
    config.live.boards > 0
      ? await measureLiveBoards({ ...config.live, runs: config.runs }, { dashboardUrl: url, proxy })
      : undefined;
  if (live) {
    figures.push(...live.figures);
    for (const figure of live.figures) if (figure.goal) console.log(`goal: ${verdict(figure)}`);
  }
  const worst = Math.max(...results.map((r) => r.p95));
  console.log(
    `goal: p95 < ${GOAL_P95_MS} ms on every page  ${worst < GOAL_P95_MS ? "PASS" : "MISS"} (worst p95 ${worst} ms)`,
  );
  for (const figure of figures) if (figure.pass === false) console.log(`goal: ${verdict(figure)}`);
  mkdirSync(dirname(args.out), { recursive: true });
  writeFileSync(
    args.out,
    `${JSON.stringify(
      {
        benchmark: "dashboard-render",
        date: new Date().toISOString(),
        machine: {
          node: process.version,
          cpus: cpus().length,
          cpu: cpus()[0]?.model,
          loadAverageBefore: loadBefore,
          loadAverageAfter: loadavg(),
        },
        config: { ...config, store: target.describe },
        goalP95Ms: GOAL_P95_MS,
        figures,
        results,
        live: live ? { describe: live.describe, runs: live.runs } : null,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`results: ${args.out}`);
} finally {
  await dashboard?.close();
  await proxy.close();
  await target.stop();
}

/** The large store; its admin token serves as the session (the API takes either). */
async function largeTarget(): Promise<Target> {
  const store = await startLargeStore();
  const sites = store.size.sites;
  const width = String(sites).length;
  const site = (n: number) => `store-${String(n).padStart(width, "0")}`;
  return {
    // The busiest site (the store's sites get less busy down the list) and a middling one.
    pages: [
      "/",
      `/sites/${site(1)}`,
      `/sites/${site(Math.ceil(sites / 2))}`,
      "/defects",
      "/insights",
      "/board?kiosk=1",
    ],
    cookie: `bulbcheck_session=${store.adminToken}`,
    apiUrl: store.apiUrl,
    stop: () => store.stop(),
    describe: `large store: ${store.size.events.toLocaleString("en-US")} events, ${store.size.openDefects.toLocaleString("en-US")} open defects, ${sites} sites`,
  };
}

/** The demo chain at x120, the API in this process, signed in as the admin user. */
async function demoTarget(): Promise<Target> {
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
  const signedIn = await system.api<{ token: string }>("POST", "/api/sessions", {
    token: null,
    body: { username: ADMIN_USERNAME, password: ADMIN_PASSWORD },
  });
  if (signedIn.status !== 201) throw new Error(`sign-in failed: ${signedIn.status}`);
  // Let the chain come alive before measuring: devices connected, defects on the board.
  await new Promise((resolve) => setTimeout(resolve, 5000));
  return {
    pages: [
      "/",
      "/sites/hotel-oslo",
      "/defects",
      "/devices",
      "/insights",
      "/board?kiosk=1",
      "/r/hotel-oslo/lobby-floor",
    ],
    cookie: `bulbcheck_session=${signedIn.body.token}`,
    apiUrl: system.system.apiUrl,
    stop: async () => {
      await sim.runner.stop();
      await system.stop();
    },
    describe: "demo chain running at x120",
  };
}

interface PageTimes {
  page: string;
  p50: number;
  p95: number;
  p99: number;
  p95ByRun: number[];
}

/** Sequential GETs of each page: p50 / p95 / p99 per run, each figure the median over the runs. */
async function renderTimes(url: string, cookie: string, pages: string[], label = (p: string) => p) {
  const time = async (path: string): Promise<number> => {
    const started = performance.now();
    const response = await fetch(`${url}${path}`, { headers: { cookie }, redirect: "manual" });
    await response.text();
    if (!response.ok) throw new Error(`${path} answered ${response.status}`);
    return performance.now() - started;
  };
  for (const page of pages) for (let i = 0; i < config.warmup; i++) await time(page);
  const byPage = new Map<string, { p50: number[]; p95: number[]; p99: number[] }>(
    pages.map((p) => [p, { p50: [], p95: [], p99: [] }]),
  );
  for (let run = 0; run < config.runs; run++) {
    for (const page of pages) {
      const samples: number[] = [];
      for (let i = 0; i < config.requests; i++) samples.push(await time(page));
      samples.sort((a, b) => a - b);
      const s = byPage.get(page) as { p50: number[]; p95: number[]; p99: number[] };
      s.p50.push(percentile(samples, 50));
      s.p95.push(percentile(samples, 95));
      s.p99.push(percentile(samples, 99));
    }
  }
  return pages.map((page): PageTimes => {
    const s = byPage.get(page) as { p50: number[]; p95: number[]; p99: number[] };
    const row = {
      page: label(page),
      p50: round1(median(s.p50)),
      p95: round1(median(s.p95)),
      p99: round1(median(s.p99)),
      p95ByRun: s.p95.map(round1),
    };
    console.log(
      `${row.page.padEnd(28)} p50 ${String(row.p50).padStart(6)} ms  p95 ${String(row.p95).padStart(6)} ms  p99 ${String(row.p99).padStart(6)} ms`,
    );
    return row;
  });
}

/**
 * The wall board of a room with `sites` sites (every site on one screen, issue 21), and its
 * one-site rotation: a system of its own, provisioned with generated sites and their defects.
 */
async function wallTarget(sites: number): Promise<Target> {
  if (sites <= 0) throw new RangeError("--store wall needs --wall-sites above 0");
  // Measured as fast as it answers: a real wall board asks once a minute at most.
  const system = await startTestSystem({ access: { requestsPerMinute: 0 } });
  await system.provision(wallFleet(sites));
  const defects = wallDefects(sites);
  for (const body of defects) {
    const reported = await system.api("POST", "/api/defects", { body });
    if (reported.status !== 201) throw new Error(`a defect was not reported: ${reported.status}`);
  }
  return {
    pages: ["/board?kiosk=1", "/board?kiosk=1&mode=rotate"],
    label: (page) => `${page} (${sites} sites)`,
    cookie: `bulbcheck_session=${ADMIN_TOKEN}`,
    apiUrl: system.system.apiUrl,
    stop: () => system.stop(),
    describe: `wall board: ${sites} sites, ${defects.length} open defects`,
  };
}

/** This script again with `--store wall`, in a process of its own; its page times. */
function wallBoardTimes(sites: number): PageTimes[] {
  const dir = mkdtempSync(join(tmpdir(), "bulbcheck-wall-"));
  const out = join(dir, "wall.json");
  const run = spawnSync(
    "pnpm",
    [
      "exec",
      "tsx",
      fileURLToPath(import.meta.url),
      ...["--store", "wall", "--wall-sites", String(sites), "--boards", "0"],
      ...["--runs", String(config.runs), "--requests", String(config.requests)],
      ...["--warmup", String(config.warmup), "--out", out],
    ],
    { cwd: join(REPO_DIR, "bench"), stdio: "inherit" },
  );
  try {
    if (run.status !== 0) throw new Error("the wall board's run failed");
    return (JSON.parse(readFileSync(out, "utf8")) as { results: PageTimes[] }).results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
