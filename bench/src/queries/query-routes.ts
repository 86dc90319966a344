import { z } from "zod";
import { median, percentile, round2 } from "../kit/bench-stats.ts";

/**
 * The board's reads as the query and growth benches time them: requests one at a time (latency,
 * not throughput), the routes interleaved so that drift of the machine hits all alike, split
 * into runs; each figure is the median over the runs of that run's percentile.
 */

export interface QueryRoute {
  name: string;
  path: () => string;
}

/** The routes measured: the overview, a site's board and lists, the worklist, the insights. */
export function boardRoutes(siteCount: number): QueryRoute[] {
  const width = String(siteCount).length;
  const site = () =>
    `store-${String(1 + Math.floor(Math.random() * siteCount)).padStart(width, "0")}`;
  return [
    { name: "GET /api/sites", path: () => "/api/sites" },
    { name: "GET /api/defects?site=", path: () => `/api/defects?site=${site()}` },
    { name: "GET /api/sites/{id}", path: () => `/api/sites/${site()}` },
    {
      name: "GET /api/defects?status=unresolved&limit=50",
      path: () => "/api/defects?status=unresolved&limit=50",
    },
    {
      name: "GET /api/defects?site=&status=unresolved",
      path: () => `/api/defects?site=${site()}&status=unresolved`,
    },
    { name: "GET /api/devices?site=", path: () => `/api/devices?site=${site()}` },
    { name: "GET /api/insights (30 days)", path: () => "/api/insights" },
    { name: "GET /api/insights?site=", path: () => `/api/insights?site=${site()}` },
  ];
}

export interface RouteTimes {
  route: string;
  /** Requests timed per run. */
  requests: number;
  runs: number;
  /** Medians over the runs of each run's percentile. */
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  /** The slowest request of all runs. */
  maxMs: number;
  meanBytes: number;
  meanItems: number;
  /** Each run's p95, to show the spread. */
  p95ByRun: number[];
}

export interface RouteTimingOptions {
  apiUrl: string;
  token: string;
  routes: readonly QueryRoute[];
  runs: number;
  /** Requests per route per run. */
  requests: number;
  /** Untimed requests per route first: the JIT and SQLite's page cache settle. */
  warmup: number;
}

const itemsOf = z.object({ items: z.array(z.unknown()).optional() });

export async function timeRoutes(options: RouteTimingOptions): Promise<RouteTimes[]> {
  const { apiUrl, token, routes, runs, requests, warmup } = options;
  const get = async (route: QueryRoute) => {
    const path = route.path();
    const started = performance.now();
    const response = await fetch(`${apiUrl}${path}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const body = await response.text();
    const ms = performance.now() - started;
    if (response.status !== 200) throw new Error(`${path}: ${response.status} ${body}`);
    return { ms, body };
  };
  for (let i = 0; i < warmup; i++) for (const route of routes) await get(route);
  const samples = routes.map(() => ({
    runs: [] as number[][],
    bytes: 0,
    items: 0,
    count: 0,
  }));
  for (let run = 0; run < runs; run++) {
    const times = routes.map(() => [] as number[]);
    for (let i = 0; i < requests; i++) {
      for (const [r, route] of routes.entries()) {
        const { ms, body } = await get(route);
        (times[r] as number[]).push(ms);
        const s = samples[r] as (typeof samples)[number];
        s.bytes += body.length;
        s.items += itemsOf.parse(JSON.parse(body)).items?.length ?? 1;
        s.count++;
      }
    }
    for (const [r, t] of times.entries()) samples[r]?.runs.push([...t].sort((a, b) => a - b));
  }
  return routes.map((route, r) => {
    const s = samples[r] as (typeof samples)[number];
    const byRun = (p: number) => s.runs.map((sorted) => percentile(sorted, p));
    return {
      route: route.name,
      requests,
      runs,
      p50Ms: round2(median(byRun(50))),
      p95Ms: round2(median(byRun(95))),
      p99Ms: round2(median(byRun(99))),
      maxMs: round2(Math.max(...s.runs.map((sorted) => sorted.at(-1) ?? 0))),
      meanBytes: Math.round(s.bytes / s.count),
      meanItems: round2(s.items / s.count),
      p95ByRun: byRun(95).map(round2),
    };
  });
}
