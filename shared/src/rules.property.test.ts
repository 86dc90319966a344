import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  FAULT_CATALOG,
  type Fault,
  REPORTABLE_FAULTS,
  SEVERITIES,
  severityRank,
} from "./faults.ts";
import {
  type AssetRef,
  acknowledge,
  applyReport,
  DEFAULT_DUE_POLICY,
  DEFECT_SOURCES,
  type Defect,
  type DefectStatus,
  isClearedByHealthOk,
  isClearedByResolve,
  isOverdue,
  isRefresh,
  MAX_REPORTERS,
  mergeReport,
  openDefect,
  refreshDefect,
  resolve,
  type SiteStatus,
  severityOf,
  siteStatus,
  siteStatusOf,
} from "./rules.ts";

/**
 * The defect rules under random sequences of events, played as the engine plays them (a sensor
 * repeating its fault refreshes, anything else reports; health `ok` clears what sensors raised;
 * resolve clears an asset's defects): one unresolved defect per (site, asset, fault), counts that
 * add up and never go negative, lifecycle fields that match the status, history that stays put.
 */

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const T0 = Date.parse("2025-03-01T08:00:00.000Z");

const ASSETS: readonly AssetRef[] = [
  { site: "hotel-oslo", zone: "lobby", asset: "lamp-1", customerVisible: false },
  { site: "hotel-oslo", zone: "elevator-a", asset: "btn-12", customerVisible: true },
  // Same asset id at another site: the site is part of the key.
  { site: "store-bergen", zone: "entrance", asset: "lamp-1", customerVisible: true },
];
const MODEL_FAULTS: readonly Fault[] = ["bulb_out", "spill", "flicker"];

type Source = (typeof DEFECT_SOURCES)[number];
type Op =
  | { type: "report"; asset: number; fault: Fault; source: Source; reporter: string; at: number }
  | { type: "ack"; asset: number; fault: Fault; at: number; by: string }
  | { type: "resolve"; asset: number; fault: Fault | undefined; at: number; by: string }
  | { type: "healthOk"; asset: number; at: number; by: string };

const assetIndex = fc.nat({ max: ASSETS.length - 1 });
const modelFault = fc.constantFrom(...MODEL_FAULTS);
const time = fc.integer({ min: T0, max: T0 + 5 * DAY });
const person = fc.constantFrom("anna", "bo", "kari", "ola");

/** Operations on the given assets and faults, mixed by (integer) weight. */
function operations(
  assets: fc.Arbitrary<number>,
  faults: fc.Arbitrary<Fault>,
  weights: { report: number; ack: number; resolve: number; healthOk: number },
): fc.Arbitrary<Op> {
  return fc.oneof(
    {
      weight: weights.report,
      arbitrary: fc.record({
        type: fc.constant("report" as const),
        asset: assets,
        fault: faults,
        source: fc.constantFrom(...DEFECT_SOURCES),
        // Few sensors, so that they repeat themselves; many people, past MAX_REPORTERS.
        reporter: fc.oneof(
          fc.constantFrom("sensor-a", "sensor-b"),
          fc.constantFrom(...Array.from({ length: 30 }, (_, i) => `reporter-${i}`)),
        ),
        at: time,
      }),
    },
    {
      weight: weights.ack,
      arbitrary: fc.record({
        type: fc.constant("ack" as const),
        asset: assets,
        fault: faults,
        at: time,
        by: person,
      }),
    },
    {
      weight: weights.resolve,
      arbitrary: fc.record({
        type: fc.constant("resolve" as const),
        asset: assets,
        fault: fc.option(faults, { nil: undefined }),
        at: time,
        by: person,
      }),
    },
    {
      weight: weights.healthOk,
      arbitrary: fc.record({
        type: fc.constant("healthOk" as const),
        asset: assets,
        at: time,
        by: fc.constantFrom("sensor-a", "sensor-b"),
      }),
    },
  );
}

/** How often the rarer paths ran, so that a generator change cannot quietly skip them. */
const exercised = { refresh: 0, clearedByHealthOk: 0 };

/** One defect as the store holds it, beside what the model expects of it. */
interface Tracked {
  ref: AssetRef;
  defect: Defect;
  /** The model's own view, kept apart from the defect under test. */
  status: DefectStatus;
  firstSource: Source;
  wasAcknowledged: boolean;
  reportTimes: number[];
  /** Reports and refreshes: when the defect was last seen. */
  seenTimes: number[];
  reporterLog: string[];
  /** The defect as it was when resolved: history must not change afterwards. */
  frozen?: Defect;
}

function sameKey(tracked: Tracked, ref: AssetRef, fault: Fault): boolean {
  return (
    tracked.ref.site === ref.site &&
    tracked.ref.asset === ref.asset &&
    tracked.defect.fault === fault
  );
}

function latest(store: readonly Tracked[], ref: AssetRef, fault: Fault): Tracked | undefined {
  return store.findLast((tracked) => sameKey(tracked, ref, fault));
}

function assetAt(index: number): AssetRef {
  const ref = ASSETS[index];
  if (!ref) throw new Error(`no asset ${index}`);
  return ref;
}

/** Reporters remembered, by the model's reckoning: the first MAX_REPORTERS distinct ones. */
function rememberedReporters(tracked: Tracked): string[] {
  return [...new Set(tracked.reporterLog)].slice(0, MAX_REPORTERS);
}

function resolveAll(selected: Tracked[], at: number, by: string): void {
  for (const tracked of selected) {
    const result = resolve(tracked.defect, { at, by });
    if (!result.ok) throw new Error(`resolve refused an unresolved defect: ${result.reason}`);
    tracked.defect = result.defect;
    tracked.status = "resolved";
    tracked.frozen = structuredClone(result.defect);
    // Resolving again is refused and changes nothing.
    expect(resolve(result.defect, { at, by })).toEqual({ ok: false, reason: "already_resolved" });
  }
}

function report(store: Tracked[], op: Extract<Op, { type: "report" }>): void {
  const ref = assetAt(op.asset);
  const current = latest(store, ref, op.fault);
  const incoming = { fault: op.fault, source: op.source, reporter: op.reporter, at: op.at };
  const open = current !== undefined && current.status !== "resolved";
  // The engine's order: a sensor repeating a fault it already reported only refreshes it.
  const refresh =
    open && op.source === "sensor" && rememberedReporters(current).includes(op.reporter);
  expect(current ? isRefresh(current.defect, incoming) : false).toBe(refresh);
  if (current && refresh) {
    const before = current.defect;
    current.defect = refreshDefect(before, op.at);
    current.seenTimes.push(op.at);
    expect(current.defect.reports).toBe(before.reports);
    exercised.refresh++;
    return;
  }
  const result = applyReport(current?.defect, ref, incoming);
  if (current && open) {
    expect(result.change).toBe("merged");
    current.defect = result.defect;
    current.reportTimes.push(op.at);
    current.seenTimes.push(op.at);
    current.reporterLog.push(op.reporter);
    return;
  }
  expect(result.change).toBe("opened");
  store.push({
    ref,
    defect: result.defect,
    status: "open",
    firstSource: op.source,
    wasAcknowledged: false,
    reportTimes: [op.at],
    seenTimes: [op.at],
    reporterLog: [op.reporter],
  });
}

function step(store: Tracked[], op: Op): void {
  const ref = assetAt(op.asset);
  if (op.type === "report") {
    report(store, op);
    return;
  }

  if (op.type === "ack") {
    const current = latest(store, ref, op.fault);
    if (current === undefined) return;
    const result = acknowledge(current.defect, { at: op.at, by: op.by });
    if (current.status === "resolved") {
      expect(result).toEqual({ ok: false, reason: "already_resolved" });
    } else if (current.status === "acknowledged") {
      expect(result).toEqual({ ok: false, reason: "already_acknowledged" });
    } else {
      if (!result.ok) throw new Error(`acknowledge refused an open defect: ${result.reason}`);
      expect(result.defect.acknowledgedAt).toBe(op.at);
      expect(result.defect.acknowledgedBy).toBe(op.by);
      current.defect = result.defect;
      current.status = "acknowledged";
      current.wasAcknowledged = true;
    }
    return;
  }

  const onAsset = (tracked: Tracked) =>
    tracked.ref.site === ref.site &&
    tracked.ref.asset === ref.asset &&
    tracked.status !== "resolved";
  if (op.type === "healthOk") {
    // A sensor's `ok` clears what sensors raised on the asset, never what people reported.
    const selected = store.filter(
      (tracked) =>
        tracked.ref.site === ref.site &&
        tracked.ref.asset === ref.asset &&
        isClearedByHealthOk(tracked.defect),
    );
    expect(selected).toEqual(store.filter((t) => onAsset(t) && t.firstSource === "sensor"));
    resolveAll(selected, op.at, op.by);
    exercised.clearedByHealthOk += selected.length;
    return;
  }

  // resolve: the engine clears, within the device's site, what isClearedByResolve selects.
  const target = { site: ref.site, asset: ref.asset, fault: op.fault };
  const selected = store.filter((tracked) => isClearedByResolve(tracked.defect, target));
  expect(selected).toEqual(
    store.filter((t) => onAsset(t) && (op.fault === undefined || t.defect.fault === op.fault)),
  );
  resolveAll(selected, op.at, op.by);
}

function checkInvariants(store: readonly Tracked[]): void {
  const unresolvedByKey = new Map<string, number>();
  for (const tracked of store) {
    const { defect, ref } = tracked;
    expect([defect.site, defect.zone, defect.asset]).toEqual([ref.site, ref.zone, ref.asset]);

    // At most one unresolved defect per (site, asset, fault).
    if (defect.status !== "resolved") {
      const key = `${defect.site}\u0000${defect.asset}\u0000${defect.fault}`;
      unresolvedByKey.set(key, (unresolvedByKey.get(key) ?? 0) + 1);
      expect(unresolvedByKey.get(key)).toBe(1);
    }

    // reports >= 1 and equal to the reports merged into it; refreshes only move lastSeenAt.
    expect(defect.reports).toBeGreaterThanOrEqual(1);
    expect(defect.reports).toBe(tracked.reportTimes.length);
    expect(defect.firstSeenAt).toBe(Math.min(...tracked.reportTimes));
    expect(defect.lastSeenAt).toBe(Math.max(...tracked.seenTimes));
    expect(defect.firstSeenAt).toBeLessThanOrEqual(defect.lastSeenAt);
    expect(defect.openedAt).toBe(tracked.reportTimes[0]);
    expect(defect.source).toBe(tracked.firstSource);
    expect(defect.reporters).toEqual(rememberedReporters(tracked));
    expect(defect.reporters.length).toBeLessThanOrEqual(Math.min(MAX_REPORTERS, defect.reports));

    // Severity, category and due time follow the catalog and the policy.
    expect(defect.severity).toBe(severityOf(defect.fault, ref.customerVisible));
    expect(defect.category).toBe(FAULT_CATALOG[defect.fault].category);
    expect(defect.dueAt).toBe(defect.openedAt + DEFAULT_DUE_POLICY[defect.severity]);

    // Lifecycle fields are set iff the status says so.
    expect(defect.status).toBe(tracked.status);
    expect(defect.resolvedAt !== null).toBe(defect.status === "resolved");
    expect(defect.resolvedBy !== null).toBe(defect.status === "resolved");
    expect(defect.acknowledgedAt !== null).toBe(tracked.wasAcknowledged);
    expect(defect.acknowledgedBy !== null).toBe(tracked.wasAcknowledged);
    if (defect.status === "open") {
      expect(defect.acknowledgedAt).toBeNull();
      expect(defect.resolvedAt).toBeNull();
    }

    // A resolved defect is history: nothing changes it afterwards.
    if (tracked.frozen) expect(defect).toStrictEqual(tracked.frozen);
  }
}

function runModel(ops: readonly Op[]): void {
  const store: Tracked[] = [];
  for (const operation of ops) {
    step(store, operation);
    checkInvariants(store);
    // The site status is the one its counts say, and the counts are never negative.
    const now = operation.at;
    for (const site of new Set(ASSETS.map((a) => a.site))) {
      const defects = store.filter((t) => t.ref.site === site).map((t) => t.defect);
      const unresolved = defects.filter((d) => d.status !== "resolved");
      const counts = {
        open: unresolved.length,
        high: unresolved.filter((d) => d.severity === "high").length,
        overdue: unresolved.filter((d) => isOverdue(d, now)).length,
      };
      expect(siteStatus(defects, now)).toBe(siteStatusOf(counts));
    }
  }
  // Every report landed in exactly one defect, as a report or as a refresh.
  const reports = ops.filter((operation) => operation.type === "report").length;
  expect(store.reduce((sum, t) => sum + t.seenTimes.length, 0)).toBe(reports);
}

describe("defect lifecycle model", () => {
  it("keeps the invariants through any sequence of reports, acks, resolves and health ok", () => {
    const ops = operations(assetIndex, modelFault, { report: 4, ack: 1, resolve: 1, healthOk: 1 });
    fc.assert(fc.property(fc.array(ops, { maxLength: 80 }), runModel), { numRuns: 500 });
    expect(exercised.refresh).toBeGreaterThan(0);
    expect(exercised.clearedByHealthOk).toBeGreaterThan(0);
  }, 30_000);

  it("keeps them on one busy defect, past MAX_REPORTERS reporters", () => {
    const ops = operations(fc.constant(0), fc.constant<Fault>("bulb_out"), {
      report: 40,
      ack: 5,
      resolve: 1,
      healthOk: 1,
    });
    fc.assert(fc.property(fc.array(ops, { minLength: 40, maxLength: 100 }), runModel), {
      numRuns: 100,
    });
  }, 30_000);
});

// ---------------------------------------------------------------------------------------------
// The single rules, on any input of their types
// ---------------------------------------------------------------------------------------------

const anyAsset: fc.Arbitrary<AssetRef> = fc.record({
  site: fc.constantFrom("hotel-oslo", "store-bergen"),
  zone: fc.constantFrom("lobby", "entrance"),
  asset: fc.constantFrom("lamp-1", "btn-12"),
  customerVisible: fc.boolean(),
});
const anyFault = fc.constantFrom(...(Object.keys(FAULT_CATALOG) as Fault[]));
const anyReport = fc.record({
  fault: anyFault,
  source: fc.constantFrom(...DEFECT_SOURCES),
  reporter: fc.string({ maxLength: 10 }),
  at: fc.integer({ min: 0, max: 4_102_444_800_000 }),
});
const anyDefect: fc.Arbitrary<Defect> = fc
  .tuple(anyAsset, anyReport, fc.constantFrom("open", "acknowledged", "resolved"), fc.nat(1e9))
  .map(([asset, first, status, later]) => {
    const defect = openDefect(asset, first);
    if (status === "open") return defect;
    const acked = acknowledge(defect, { at: first.at + later, by: "x" });
    if (!acked.ok) throw new Error("acknowledge refused an open defect");
    if (status === "acknowledged") return acked.defect;
    const resolved = resolve(acked.defect, { at: first.at + later, by: "y" });
    if (!resolved.ok) throw new Error("resolve refused an acknowledged defect");
    return resolved.defect;
  });

describe("the single rules", () => {
  it("refuse misuse only with their documented errors, and never change their input", () => {
    const MISUSE = [
      "cannot merge a report into a resolved defect",
      "cannot merge a report of another fault",
      "the current defect belongs to another asset",
    ];
    fc.assert(
      fc.property(anyDefect, anyAsset, anyReport, (defect, asset, incoming) => {
        const before = structuredClone(defect);
        for (const rule of [
          () => mergeReport(defect, incoming),
          () => applyReport(defect, asset, incoming),
        ]) {
          try {
            rule();
          } catch (error) {
            expect(MISUSE).toContain((error as Error).message);
          }
        }
        acknowledge(defect, { at: incoming.at, by: "z" });
        resolve(defect, { at: incoming.at, by: "z" });
        refreshDefect(defect, incoming.at);
        expect(defect).toStrictEqual(before);
      }),
      { numRuns: 1000 },
    );
  });

  it("apply a report to the unresolved defect of the same asset, or open a new one", () => {
    fc.assert(
      fc.property(anyDefect, anyReport, (defect, incoming) => {
        const asset = { ...defect, customerVisible: false };
        const result = applyReport(defect, asset, { ...incoming, fault: defect.fault });
        expect(result.change).toBe(defect.status === "resolved" ? "opened" : "merged");
        expect(result.defect.reports).toBe(defect.status === "resolved" ? 1 : defect.reports + 1);
        expect(result.defect.status).toBe(defect.status === "resolved" ? "open" : defect.status);
      }),
      { numRuns: 500 },
    );
  });

  it("raise severity on customer-visible assets by one level, capped at high", () => {
    fc.assert(
      fc.property(anyFault, (fault) => {
        const base = severityRank(severityOf(fault, false));
        const raised = severityRank(severityOf(fault, true));
        expect(raised).toBe(Math.min(base + 1, SEVERITIES.length - 1));
      }),
    );
  });

  it("never call a resolved defect overdue, and every unresolved one is past its due time", () => {
    fc.assert(
      fc.property(anyDefect, fc.integer({ min: 0, max: 4_102_444_800_000 }), (defect, now) => {
        expect(isOverdue(defect, now)).toBe(defect.status !== "resolved" && now > defect.dueAt);
      }),
    );
  });

  it("make a site's status no better for one more unresolved defect", () => {
    const order: Record<SiteStatus, number> = { green: 0, amber: 1, red: 2 };
    const count = fc.nat({ max: 50 });
    fc.assert(
      fc.property(count, count, count, fc.boolean(), fc.boolean(), (open, h, o, high, late) => {
        const counts = { open: open + Math.max(h, o), high: h, overdue: o };
        const more = {
          open: counts.open + 1,
          high: counts.high + (high ? 1 : 0),
          overdue: counts.overdue + (late ? 1 : 0),
        };
        expect(order[siteStatusOf(more)]).toBeGreaterThanOrEqual(order[siteStatusOf(counts)]);
        expect(siteStatusOf({ open: 0, high: 0, overdue: 0 })).toBe("green");
      }),
    );
  });

  it("only take reportable faults from devices' catalog entries", () => {
    for (const fault of REPORTABLE_FAULTS) expect(FAULT_CATALOG[fault].category).not.toBe("system");
  });
});
