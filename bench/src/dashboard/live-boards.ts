import { createServer, type IncomingMessage, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { launchBrowser } from "@bulbcheck/dashboard/testing/browser";
import { createApiClient, deviceTopic, type FleetDocumentInput } from "@bulbcheck/shared";
import mqtt, { type MqttClient } from "mqtt";
import type { Page } from "playwright-core";
import { type BenchFigure, benchFigure, median, percentile } from "../kit/bench-stats.ts";
import { ServerProcess } from "../kit/server-process.ts";

/**
 * Live site boards in Chromium while the system takes a steady stream of changes: how long a
 * change takes from its MQTT publish to the row on every board that shows it, and how many API
 * calls the boards make per change (each board shows one site; the dashboard reads the API
 * through a counting proxy).
 */

export interface LiveBoardsOptions {
  /** Site boards open at once, spread over the sites. */
  boards: number;
  sites: number;
  /** Changes a second, all sites together: a report opens a defect, the next change resolves it. */
  rate: number;
  seconds: number;
  runs: number;
}

export const GOAL_PUBLISH_TO_SCREEN_P95_MS = 250;
export const GOAL_CALLS_PER_CHANGE = 1;

const ADMIN_TOKEN = "bench-live-admin-token-0123456789";
const ASSETS_PER_SITE = 100;

const siteId = (s: number) => `live-${s}`;
const assetId = (i: number) => `lamp-${i}`;
/** The name the row shows, which tells the bench which asset a new row is for. */
const assetName = (s: number, i: number) => `Lamp ${s}.${i}`;

function fleet(sites: number): FleetDocumentInput {
  return {
    sites: Array.from({ length: sites }, (_, s) => ({
      id: siteId(s),
      name: `Live site ${s}`,
      timezone: "Europe/Oslo",
      zones: [
        {
          id: "floor",
          name: "Floor",
          assets: Array.from({ length: ASSETS_PER_SITE }, (_, i) => ({
            id: assetId(i),
            name: assetName(s, i),
            category: "lighting" as const,
            customerVisible: false,
          })),
        },
      ],
      devices: [{ id: `${siteId(s)}-pad`, kind: "button" as const, intervalSeconds: 3600 }],
    })),
  };
}

export type CountingProxy = Awaited<ReturnType<typeof countingProxy>>;

/**
 * A proxy in front of an API that counts every request but the event stream's. The dashboard's
 * build reads its API address once per process: the bench points it here and moves `target`.
 */
export async function countingProxy(apiUrl: string) {
  let target = new URL(apiUrl);
  let calls = 0;
  const server: Server = createServer((req: IncomingMessage, res) => {
    if (!req.url?.startsWith("/api/stream")) calls++;
    const upstream = request(
      {
        host: target.hostname,
        port: target.port,
        path: req.url,
        method: req.method,
        headers: req.headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on("error", () => res.destroy());
    res.on("close", () => upstream.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls: () => calls,
    retarget: (url: string) => {
      target = new URL(url);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Runs in each page before its scripts: when each defect's row first appears, with its text. */
function watchRows(): void {
  const seen: Record<string, { t: number; text: string }> = {};
  Object.assign(window, { benchSeen: seen });
  new MutationObserver((records) => {
    const t = performance.timeOrigin + performance.now();
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        const rows = node.matches("tr[data-defect]")
          ? [node]
          : node.querySelectorAll("tr[data-defect]");
        for (const row of rows) {
          const id = row.getAttribute("data-defect") ?? "";
          seen[id] ??= { t, text: row.textContent ?? "" };
        }
      }
    }
  }).observe(document, { childList: true, subtree: true });
}

interface RunResult {
  changes: number;
  opens: number;
  samples: number;
  missed: number;
  p50: number;
  p95: number;
  p99: number;
  apiCalls: number;
  callsPerChange: number;
}

export async function measureLiveBoards(
  options: LiveBoardsOptions,
  /** The dashboard, serving the API through `proxy`. */
  served: { dashboardUrl: string; proxy: CountingProxy },
): Promise<{
  figures: BenchFigure[];
  runs: RunResult[];
  describe: string;
}> {
  const { server, addresses } = await ServerProcess.startSystem({ adminToken: ADMIN_TOKEN });
  const closers: (() => Promise<unknown>)[] = [() => server.stop()];
  try {
    const api = createApiClient({ baseUrl: addresses.apiUrl, token: ADMIN_TOKEN });
    const { secrets } = await api.putFleet({ body: fleet(options.sites) });
    const pads: MqttClient[] = [];
    for (let s = 0; s < options.sites; s++) {
      const id = `${siteId(s)}-pad`;
      const client = await mqtt.connectAsync(addresses.mqttUrl, {
        clientId: id,
        username: id,
        password: secrets[id] ?? "",
        reconnectPeriod: 0,
      });
      pads.push(client);
      closers.push(() => client.endAsync());
    }
    const { proxy } = served;
    proxy.retarget(addresses.apiUrl);
    const browser = await launchBrowser();
    closers.push(() => browser.close());

    const dashboardUrl = new URL(served.dashboardUrl);
    const pages: { page: Page; site: number }[] = [];
    for (let b = 0; b < options.boards; b++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      // The API takes a token where a session goes: the admin token signs the boards in.
      await context.addCookies([
        { name: "bulbcheck_session", value: ADMIN_TOKEN, domain: dashboardUrl.hostname, path: "/" },
      ]);
      const page = await context.newPage();
      await page.addInitScript(watchRows);
      const site = b % options.sites;
      await page.goto(`${served.dashboardUrl}/sites/${siteId(site)}`);
      await page.locator("text=Live").first().waitFor({ timeout: 60_000 });
      pages.push({ page, site });
    }

    const open = new Set<string>();
    const runs: RunResult[] = [];
    let next = 0;
    let seq = 0;
    for (let run = 0; run < options.runs; run++) {
      /** Publish times of each asset's openings in this run, in order: `s/i` -> times. */
      const opens = new Map<string, number[]>();
      const callsBefore = proxy.calls();
      const started = Date.now();
      const total = options.rate * options.seconds;
      let sent = 0;
      const publishes: Promise<unknown>[] = [];
      await new Promise<void>((resolve) => {
        const timer = setInterval(() => {
          const due = Math.min(total, Math.floor(((Date.now() - started) / 1000) * options.rate));
          for (; sent < due; sent++) {
            const slot = next++ % (options.sites * ASSETS_PER_SITE);
            const s = slot % options.sites;
            const i = Math.floor(slot / options.sites);
            const key = `${s}/${i}`;
            const pad = pads[s] as MqttClient;
            const topic = (kind: "report" | "resolve") =>
              deviceTopic({ site: siteId(s), device: `${siteId(s)}-pad`, kind });
            const id = `live-${++seq}`;
            if (open.has(key)) {
              open.delete(key);
              publishes.push(
                pad.publishAsync(topic("resolve"), JSON.stringify({ id, asset: assetId(i) }), {
                  qos: 1,
                }),
              );
            } else {
              open.add(key);
              const times = opens.get(key) ?? [];
              times.push(Date.now());
              opens.set(key, times);
              publishes.push(
                pad.publishAsync(
                  topic("report"),
                  JSON.stringify({ id, asset: assetId(i), fault: "bulb_out", source: "staff" }),
                  { qos: 1 },
                ),
              );
            }
          }
          if (sent >= total) {
            clearInterval(timer);
            resolve();
          }
        }, 5);
      });
      await Promise.all(publishes);
      // What was published reaches the boards; then the next run starts from a quiet system.
      await new Promise((resolve) => setTimeout(resolve, 3000));
      const apiCalls = proxy.calls() - callsBefore;

      const latencies: number[] = [];
      let missed = 0;
      let openings = 0;
      for (const { page, site } of pages) {
        const seen = (await page.evaluate(() =>
          Object.entries(
            (window as unknown as { benchSeen: Record<string, { t: number; text: string }> })
              .benchSeen,
          ),
        )) as [string, { t: number; text: string }][];
        const idsByAsset = new Map<string, number[]>();
        const shownAt = new Map<number, number>();
        for (const [id, row] of seen) {
          const match = /Lamp (\d+)\.(\d+)/.exec(row.text);
          if (!match) continue;
          const key = `${match[1]}/${match[2]}`;
          idsByAsset.set(key, [...(idsByAsset.get(key) ?? []), Number(id)]);
          shownAt.set(Number(id), row.t);
        }
        for (const [key, times] of opens) {
          if (!key.startsWith(`${site}/`)) continue;
          // This run's openings of the asset are its newest rows, in the order they opened.
          const ids = (idsByAsset.get(key) ?? []).sort((a, b) => a - b).slice(-times.length);
          times.forEach((publishedAt, k) => {
            openings++;
            const id = ids[k - (times.length - ids.length)];
            const at = id === undefined ? undefined : shownAt.get(id);
            if (at === undefined) missed++;
            else latencies.push(at - publishedAt);
          });
        }
      }
      latencies.sort((a, b) => a - b);
      const changesPerBoard = total / options.sites;
      const result: RunResult = {
        changes: total,
        opens: openings,
        samples: latencies.length,
        missed,
        p50: round1(percentile(latencies, 50)),
        p95: round1(percentile(latencies, 95)),
        p99: round1(percentile(latencies, 99)),
        apiCalls,
        callsPerChange: round2(apiCalls / (options.boards * changesPerBoard)),
      };
      console.log(
        `live boards run ${run + 1}: ${total} changes, publish to screen p50 ${result.p50} ms, p95 ${result.p95} ms, p99 ${result.p99} ms (${result.samples} rows seen, ${missed} not seen); ${apiCalls} API calls = ${result.callsPerChange} per change per board`,
      );
      runs.push(result);
    }
    const describe = `${options.boards} site boards over ${options.sites} sites in Chromium, ${options.rate} changes/s for ${options.seconds} s`;
    const note = `median of ${options.runs} runs; ${describe}`;
    const figures = [
      benchFigure({
        part: "dashboard",
        name: "live board: publish to screen p95",
        value: round1(median(runs.map((r) => r.p95))),
        unit: "ms",
        goal: { op: "<", value: GOAL_PUBLISH_TO_SCREEN_P95_MS },
        note,
      }),
      benchFigure({
        part: "dashboard",
        name: "live board: publish to screen p50",
        value: round1(median(runs.map((r) => r.p50))),
        unit: "ms",
        note,
      }),
      benchFigure({
        part: "dashboard",
        name: "live board: API calls per change",
        value: round2(median(runs.map((r) => r.callsPerChange))),
        unit: "calls",
        goal: { op: "<=", value: GOAL_CALLS_PER_CHANGE },
        note,
      }),
    ];
    return { figures, runs, describe };
  } finally {
    for (const close of closers.reverse()) await close().catch(() => undefined);
  }
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
