import { loadavg } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { benchArgv, benchFigure, positive, round2, verdict } from "../kit/bench-stats.ts";
import {
  formatNumber,
  LoadSampler,
  loadWarning,
  machineInfo,
  writeResults,
} from "../kit/bench-util.ts";
import { resultsFile } from "../kit/paths.ts";
import { ServerProcess } from "../kit/server-process.ts";
import { checkQueryStore, freshenStore, queryDataDir } from "./query-db.ts";
import { boardRoutes, type RouteTimes, timeRoutes } from "./query-routes.ts";

/**
 * The latency of the board's reads on a large store: 1,000,000 events and 10,000 open defects
 * across 500 sites (and resolved ones besides). The store is built once per size (query-db.ts);
 * the real system serves it from a process of its own, and this one sends requests one at a
 * time (latency, not throughput), the routes interleaved so that drift hits all alike. Each
 * figure is the median over `--runs` of each run's percentile.
 *
 *   pnpm --filter @bulbcheck/bench queries -- --runs 3 --requests 200
 */
const { values: args } = parseArgs({
  args: benchArgv(),
  options: {
    runs: { type: "string", default: "3" },
    /** Requests per route in each run. */
    requests: { type: "string", default: "200" },
    warmup: { type: "string", default: "50" },
    sites: { type: "string", default: "500" },
    events: { type: "string", default: "1000000" },
    "open-defects": { type: "string", default: "10000" },
    "resolved-defects": { type: "string", default: "40000" },
    "cpu-prof": { type: "string" },
    out: {
      type: "string",
      default: resultsFile("query-latency.json"),
    },
  },
});

const config = {
  runs: positive("runs", args.runs),
  requests: positive("requests", args.requests),
  warmup: positive("warmup", args.warmup),
  size: {
    sites: positive("sites", args.sites),
    events: positive("events", args.events),
    openDefects: positive("open-defects", args["open-defects"]),
    resolvedDefects: positive("resolved-defects", args["resolved-defects"]),
  },
};
/** Every route must answer within this at the 95th percentile (a goal of the suite). */
const GOAL_P95_MS = 20;
/** The cached store is the bench's own; its admin token is no secret (large-store.ts has it too). */
const ADMIN_TOKEN = "query-bench-admin-token-not-a-secret";

const machine = machineInfo();
const sampler = new LoadSampler();
console.log(
  `query latency: ${formatNumber.format(config.size.events)} events, ` +
    `${formatNumber.format(config.size.openDefects)} unresolved and ` +
    `${formatNumber.format(config.size.resolvedDefects)} resolved defects, ${config.size.sites} sites; ` +
    `${config.runs} runs of ${config.requests} sequential requests per route after ${config.warmup} of warm-up`,
);
const warning = loadWarning();
if (warning) console.log(warning);

const buildStarted = performance.now();
const data = queryDataDir(config.size, (line) => console.log(line));
const buildSeconds = round2((performance.now() - buildStarted) / 1000);
console.log(`store: ${data.dir} (${data.built ? `built in ${buildSeconds} s` : "cached"})`);

interface RouteResult extends RouteTimes {
  pass: boolean;
}

freshenStore(join(data.dir, "bulbcheck.db"));

const cpuProf = args["cpu-prof"];
const { server, addresses } = await ServerProcess.startSystem(
  { adminToken: ADMIN_TOKEN, dataDir: data.dir },
  cpuProf ? ["--cpu-prof", `--cpu-prof-dir=${cpuProf}`] : [],
);
let stored: { events: number; unresolvedDefects: number } | undefined;
let times: RouteTimes[];
try {
  stored = await checkQueryStore({
    apiUrl: addresses.apiUrl,
    token: ADMIN_TOKEN,
    databaseFile: addresses.databaseFile,
    size: config.size,
  });
  console.log(
    `store check: ${formatNumber.format(stored.events)} events, ${formatNumber.format(stored.unresolvedDefects)} unresolved defects`,
  );
  times = await timeRoutes({
    apiUrl: addresses.apiUrl,
    token: ADMIN_TOKEN,
    routes: boardRoutes(config.size.sites),
    runs: config.runs,
    requests: config.requests,
    warmup: config.warmup,
  });
} finally {
  await server.stop();
}
const results: RouteResult[] = times.map((t) => ({ ...t, pass: t.p95Ms < GOAL_P95_MS }));

console.log(
  `\n${"route".padEnd(46)}${"p50 ms".padStart(9)}${"p95 ms".padStart(9)}${"p99 ms".padStart(9)}` +
    `${"max ms".padStart(9)}${"items".padStart(8)}${"bytes".padStart(10)}  goal`,
);
for (const r of results) {
  console.log(
    `${r.route.padEnd(46)}${r.p50Ms.toFixed(2).padStart(9)}${r.p95Ms.toFixed(2).padStart(9)}` +
      `${r.p99Ms.toFixed(2).padStart(9)}${r.maxMs.toFixed(2).padStart(9)}` +
      `${String(r.meanItems).padStart(8)}${formatNumber.format(r.meanBytes).padStart(10)}  ${r.pass ? "PASS" : "MISS"}`,
  );
}
const pass = results.every((r) => r.pass);
console.log(`\ngoal: p95 < ${GOAL_P95_MS} ms on every route  ${pass ? "PASS" : "MISS"}`);
machine.loadAverageAfter = loadavg().map(round2);
const loadDuring = sampler.stop();
console.log(
  `load average before ${machine.loadAverageBefore.join(" ")}, after ${machine.loadAverageAfter.join(" ")}; ` +
    `1-min load during the bench: min ${loadDuring.min}, mean ${loadDuring.mean}, max ${loadDuring.max}`,
);

const note = `median of ${config.runs} runs of ${config.requests} requests`;
const figures = results.flatMap((r) => [
  benchFigure({ part: "queries", name: `${r.route} p50`, value: r.p50Ms, unit: "ms", note }),
  benchFigure({
    part: "queries",
    name: `${r.route} p95`,
    value: r.p95Ms,
    unit: "ms",
    goal: { op: "<", value: GOAL_P95_MS },
    note,
  }),
]);
for (const figure of figures) if (figure.pass === false) console.log(`goal: ${verdict(figure)}`);
await writeResults(args.out, {
  benchmark: "query-latency",
  date: new Date().toISOString(),
  machine: { ...machine, loadAverageDuring: loadDuring },
  config,
  store: { cached: !data.built, ...(data.built ? { buildSeconds } : {}), ...stored },
  goal: { p95Ms: GOAL_P95_MS, pass },
  figures,
  results,
});
console.log(`results: ${args.out}`);
// A missed goal is a finding, not a failure of the bench: the exit code stays 0 for it.
