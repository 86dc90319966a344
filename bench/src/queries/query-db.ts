import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  addTimeline,
  countEvents,
  type Db,
  insertDefect,
  loadMigrations,
  openDatabase,
} from "@bulbcheck/api/store";
import {
  acknowledge,
  type Defect,
  openDefect,
  type ReportableFault,
  resolve,
} from "@bulbcheck/shared";
import Database from "better-sqlite3";
import { z } from "zod";
import { DAY, events, FAULTS_BY_CATEGORY, random, registry, type Site } from "./query-db-rows.ts";

/**
 * A large store for the query bench, written straight through the store modules (not through
 * MQTT, which would take an hour): a registry of sites with zones, assets, checkpoints and
 * devices, an event log, and defects open, acknowledged and resolved, made by the shared rules.
 * Built once per size and schema version into a cache folder, and reused by later runs.
 */

export interface QueryDbSize {
  sites: number;
  events: number;
  openDefects: number;
  resolvedDefects: number;
}

/** Bump when the data the builder writes changes, so that older caches are not reused. */
const BUILD_VERSION = 2;

/** The cached data folder for `size`; built first when absent. */
export function queryDataDir(
  size: QueryDbSize,
  log: (line: string) => void,
): { dir: string; built: boolean } {
  const schema = loadMigrations().at(-1)?.version ?? 0;
  const key = `s${size.sites}-e${size.events}-o${size.openDefects}-r${size.resolvedDefects}-schema${schema}-b${BUILD_VERSION}`;
  const root = join(tmpdir(), "bulbcheck-bench");
  const dir = join(root, `query-${key}`);
  if (existsSync(join(dir, "bulbcheck.db"))) return { dir, built: false };
  // Built aside and renamed, so that an interrupted build is never taken for a finished one.
  const building = `${dir}.building-${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  mkdirSync(building, { recursive: true });
  const db = openDatabase({ path: join(building, "bulbcheck.db") });
  try {
    buildStore(db, size, log);
    db.pragma("wal_checkpoint(TRUNCATE)");
  } finally {
    db.close();
  }
  rmSync(dir, { recursive: true, force: true });
  renameSync(building, dir);
  return { dir, built: true };
}

function buildStore(db: Db, size: QueryDbSize, log: (line: string) => void): void {
  const rand = random(20_261_123);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const now = Date.now();
  const started = performance.now();
  // A bench database: a crash mid-build only costs a rebuild, so no syncing.
  db.pragma("synchronous = OFF");

  const sites = registry(db, size.sites, now);
  log(`  registry: ${sites.length} sites (${((performance.now() - started) / 1000).toFixed(1)} s)`);

  // Some sites are much busier than others, as in a real chain.
  const weights = sites.map((_, i) => 1 / (1 + i / 25));
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  weights.reduce((sum, w, i) => {
    cumulative[i] = (sum + w) / total;
    return sum + w;
  }, 0);
  const weightedSite = (): Site => {
    const r = rand();
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) < r) lo = mid + 1;
      else hi = mid;
    }
    return sites[lo] as Site;
  };

  events(db, size.events, { now, rand, pick, weightedSite });
  log(`  events: ${size.events} (${((performance.now() - started) / 1000).toFixed(1)} s)`);

  // Defects in the order they were opened, so that ids grow with time as in a live store.
  const planned: {
    site: Site;
    asset: Site["assets"][number];
    fault: ReportableFault;
    at: number;
    open: boolean;
  }[] = [];
  const unresolved = new Set<string>();
  while (planned.length < size.openDefects) {
    const site = weightedSite();
    const asset = pick(site.assets);
    const fault = pick(FAULTS_BY_CATEGORY[asset.category]);
    const key = `${site.id}/${asset.id}/${fault}`;
    if (unresolved.has(key)) continue;
    unresolved.add(key);
    planned.push({ site, asset, fault, at: now - rand() * 7 * DAY, open: true });
  }
  for (let i = 0; i < size.resolvedDefects; i++) {
    const site = weightedSite();
    const asset = pick(site.assets);
    planned.push({
      site,
      asset,
      fault: pick(FAULTS_BY_CATEGORY[asset.category]),
      at: now - rand() * 90 * DAY,
      open: false,
    });
  }
  planned.sort((a, b) => a.at - b.at);
  db.transaction(() => {
    for (const p of planned) {
      const reporter = pick(p.site.sensors);
      let defect: Defect = openDefect(
        {
          site: p.site.id,
          zone: p.asset.zone,
          asset: p.asset.id,
          customerVisible: p.asset.customerVisible,
        },
        {
          fault: p.fault,
          source: pick(["sensor", "staff", "customer"] as const),
          reporter,
          at: Math.round(p.at),
        },
      );
      const later = Math.round(p.at + rand() * (now - p.at));
      const acked = rand() < 0.3 ? acknowledge(defect, { at: later, by: "staff-anna" }) : undefined;
      if (acked?.ok) defect = acked.defect;
      if (!p.open) {
        const done = resolve(defect, { at: later, by: "staff-ola" });
        if (done.ok) defect = done.defect;
      }
      const id = insertDefect(db, defect);
      const entry = { at: defect.openedAt, actor: reporter, source: defect.source };
      addTimeline(db, id, { ...entry, type: "opened" });
      addTimeline(db, id, { ...entry, type: "report" });
      if (defect.acknowledgedAt !== null)
        addTimeline(db, id, {
          at: defect.acknowledgedAt,
          type: "acknowledged",
          actor: "staff-anna",
        });
      if (defect.resolvedAt !== null)
        addTimeline(db, id, { at: defect.resolvedAt, type: "resolved", actor: "staff-ola" });
    }
  })();
  log(
    `  defects: ${size.openDefects} unresolved, ${size.resolvedDefects} resolved (${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
}

/**
 * The stored chain as if it were live now: every device just heard, every checkpoint just
 * checked, and no system defects left from an earlier run. Without it the server's watchdog
 * would find the cached store's devices silent and raise thousands of defects first.
 */
export function freshenStore(file: string): void {
  const db = openDatabase({ path: file });
  try {
    const now = Date.now();
    db.transaction(() => {
      db.prepare("UPDATE devices SET last_seen_at = ?, online = 1").run(now);
      db.prepare("UPDATE checkpoints SET last_checked_at = ?, due_at = NULL").run(now);
      db.prepare(
        "DELETE FROM defect_timeline WHERE defect_id IN (SELECT id FROM defects WHERE source = 'system')",
      ).run();
      db.prepare("DELETE FROM defects WHERE source = 'system'").run();
    })();
  } finally {
    db.close();
  }
}

/**
 * The store holds what the bench says it measures: the events counted in the file itself, the
 * unresolved defects as the API adds them up. Throws when they disagree.
 */
export async function checkQueryStore(options: {
  apiUrl: string;
  token: string;
  databaseFile: string;
  size: QueryDbSize;
}): Promise<{ events: number; unresolvedDefects: number }> {
  const db = new Database(options.databaseFile, { readonly: true, fileMustExist: true });
  let events: number;
  try {
    events = countEvents(db);
  } finally {
    db.close();
  }
  const response = await fetch(`${options.apiUrl}/api/sites`, {
    headers: { authorization: `Bearer ${options.token}` },
  });
  const { items } = z
    .object({ items: z.array(z.object({ openDefects: z.number() })) })
    .parse(await response.json());
  const unresolvedDefects = items.reduce((n, site) => n + site.openDefects, 0);
  const { size } = options;
  if (events !== size.events || unresolvedDefects !== size.openDefects)
    throw new Error(
      `the store holds ${events} events and ${unresolvedDefects} unresolved defects, not ${size.events} and ${size.openDefects}`,
    );
  return { events, unresolvedDefects };
}
