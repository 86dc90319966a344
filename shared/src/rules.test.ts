import { describe, expect, it } from "vitest";
import { FAULT_CATALOG, type Fault, raiseSeverity } from "./faults.ts";
import {
  type AssetRef,
  acknowledge,
  applyReport,
  DEFAULT_DUE_POLICY,
  type Defect,
  type DuePolicy,
  dueAtOf,
  isClearedByHealthOk,
  isClearedByResolve,
  isOverdue,
  isRefresh,
  isUnresolved,
  MAX_REPORTERS,
  mergeReport,
  openDefect,
  type Report,
  refreshDefect,
  resolve,
  severityOf,
  siteStatus,
  siteStatusOf,
  type Transition,
} from "./rules.ts";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const T0 = Date.parse("2025-03-01T08:00:00.000Z");

const lobbyLamp: AssetRef = {
  site: "hotel-oslo",
  zone: "lobby",
  asset: "lobby-lamp-1",
  customerVisible: false,
};
const elevatorButton: AssetRef = {
  site: "hotel-oslo",
  zone: "elevator-a",
  asset: "elev-a-btn-12",
  customerVisible: true,
};

function report(overrides: Partial<Report> = {}): Report {
  return { fault: "bulb_out", source: "sensor", reporter: "elev-a-sensor", at: T0, ...overrides };
}

/** An open defect: the medium bulb_out on the lobby lamp (not customer-visible), due in 24 h. */
function openLamp(overrides: Partial<Report> = {}): Defect {
  return openDefect(lobbyLamp, report(overrides));
}

function ok(transition: Transition): Defect {
  if (!transition.ok) throw new Error(`expected ok, got ${transition.reason}`);
  return transition.defect;
}

const acked = (): Defect => ok(acknowledge(openLamp(), { at: T0 + HOUR, by: "manager-anna" }));
const resolved = (): Defect => ok(resolve(openLamp(), { at: T0 + 2 * HOUR, by: "tech-ola" }));

describe("severityOf", () => {
  it.each(Object.keys(FAULT_CATALOG) as Fault[])(
    "%s has its catalog severity on an asset customers cannot see",
    (fault) => {
      expect(severityOf(fault, false)).toBe(FAULT_CATALOG[fault].severity);
    },
  );

  it.each(Object.keys(FAULT_CATALOG) as Fault[])(
    "%s is one level higher on a customer-visible asset",
    (fault) => {
      expect(severityOf(fault, true)).toBe(raiseSeverity(FAULT_CATALOG[fault].severity));
    },
  );

  it.each([
    ["flicker", false, "low"],
    ["flicker", true, "medium"],
    ["signage", true, "medium"],
    ["bulb_out", false, "medium"],
    ["bulb_out", true, "high"],
    ["dirty", true, "high"],
    ["spill", false, "high"],
    ["spill", true, "high"],
    ["out_of_order", true, "high"],
    ["battery_low", true, "medium"],
    ["device_offline", false, "medium"],
  ] as const)("%s (customerVisible %s) is %s", (fault, visible, severity) => {
    expect(severityOf(fault, visible)).toBe(severity);
  });
});

describe("dueAtOf", () => {
  it("defaults to high 4 h, medium 24 h, low 72 h", () => {
    expect(DEFAULT_DUE_POLICY).toEqual({ high: 4 * HOUR, medium: 24 * HOUR, low: 72 * HOUR });
    expect(dueAtOf(T0, "high")).toBe(T0 + 14_400_000);
    expect(dueAtOf(T0, "medium")).toBe(T0 + 86_400_000);
    expect(dueAtOf(T0, "low")).toBe(T0 + 259_200_000);
  });

  it("uses a custom policy", () => {
    const policy: DuePolicy = { high: 30 * MINUTE, medium: 8 * HOUR, low: 7 * 24 * HOUR };
    expect(dueAtOf(T0, "high", policy)).toBe(T0 + 30 * MINUTE);
    expect(dueAtOf(T0, "medium", policy)).toBe(T0 + 8 * HOUR);
    expect(dueAtOf(T0, "low", policy)).toBe(T0 + 168 * HOUR);
  });
});

describe("openDefect", () => {
  it("opens a defect from the first report", () => {
    const defect = openDefect(elevatorButton, report({ at: T0 + 5 * MINUTE }));
    expect(defect).toStrictEqual({
      site: "hotel-oslo",
      zone: "elevator-a",
      asset: "elev-a-btn-12",
      fault: "bulb_out",
      category: "lighting",
      severity: "high",
      status: "open",
      source: "sensor",
      reports: 1,
      reporters: ["elev-a-sensor"],
      firstSeenAt: T0 + 5 * MINUTE,
      lastSeenAt: T0 + 5 * MINUTE,
      openedAt: T0 + 5 * MINUTE,
      dueAt: T0 + 5 * MINUTE + 4 * HOUR,
      acknowledgedAt: null,
      acknowledgedBy: null,
      resolvedAt: null,
      resolvedBy: null,
      resolvedVia: null,
      assignee: null,
      assignedAt: null,
      assignedBy: null,
      hold: null,
      cause: null,
      resolvedFrom: null,
      recurrenceOf: null,
      reopens: 0,
    });
  });

  it("takes category, severity and source from the catalog, the asset and the report", () => {
    const defect = openDefect(
      lobbyLamp,
      report({ fault: "supplies_empty", source: "customer", reporter: "qr:anon" }),
    );
    expect(defect).toMatchObject({
      category: "supplies",
      severity: "medium",
      source: "customer",
      reporters: ["qr:anon"],
      dueAt: T0 + 24 * HOUR,
    });
    expect(openDefect(lobbyLamp, report({ fault: "battery_low", source: "system" }))).toMatchObject(
      { category: "system", severity: "low", source: "system", dueAt: T0 + 72 * HOUR },
    );
  });

  it("uses a custom due policy", () => {
    const policy: DuePolicy = { high: HOUR, medium: 2 * HOUR, low: 3 * HOUR };
    expect(openDefect(lobbyLamp, report(), policy).dueAt).toBe(T0 + 2 * HOUR);
  });
});

describe("mergeReport", () => {
  it("counts the report, adds a new reporter and moves last seen", () => {
    const defect = mergeReport(
      openLamp(),
      report({ reporter: "staff-kari", source: "staff", at: T0 + 10 * MINUTE }),
    );
    expect(defect).toMatchObject({
      reports: 2,
      reporters: ["elev-a-sensor", "staff-kari"],
      firstSeenAt: T0,
      lastSeenAt: T0 + 10 * MINUTE,
      // The first report stays the defect's source and opening.
      source: "sensor",
      openedAt: T0,
      dueAt: T0 + 24 * HOUR,
      status: "open",
    });
  });

  it("keeps reporters distinct", () => {
    let defect = openLamp();
    for (let i = 1; i <= 4; i++) defect = mergeReport(defect, report({ at: T0 + i * MINUTE }));
    expect(defect.reports).toBe(5);
    expect(defect.reporters).toEqual(["elev-a-sensor"]);
  });

  it(`remembers at most MAX_REPORTERS (${MAX_REPORTERS}) reporters while the count grows`, () => {
    expect(MAX_REPORTERS).toBe(20);
    let defect = openLamp({ reporter: "r-0" });
    for (let i = 1; i < 30; i++) defect = mergeReport(defect, report({ reporter: `r-${i}` }));
    expect(defect.reports).toBe(30);
    expect(defect.reporters).toEqual(Array.from({ length: MAX_REPORTERS }, (_, i) => `r-${i}`));
  });

  it("takes first and last seen as min and max of out-of-order reports", () => {
    let defect = openLamp({ at: T0 });
    defect = mergeReport(defect, report({ at: T0 + 30 * MINUTE }));
    defect = mergeReport(defect, report({ at: T0 - 15 * MINUTE }));
    defect = mergeReport(defect, report({ at: T0 + 10 * MINUTE }));
    expect(defect).toMatchObject({
      reports: 4,
      firstSeenAt: T0 - 15 * MINUTE,
      lastSeenAt: T0 + 30 * MINUTE,
      openedAt: T0,
      dueAt: T0 + 24 * HOUR,
    });
  });

  it("keeps an acknowledged defect acknowledged", () => {
    const defect = mergeReport(acked(), report({ at: T0 + 3 * HOUR }));
    expect(defect).toMatchObject({
      status: "acknowledged",
      acknowledgedAt: T0 + HOUR,
      acknowledgedBy: "manager-anna",
      reports: 2,
    });
  });

  it("does not change the defect it was given", () => {
    const before = openLamp();
    const copy = structuredClone(before);
    mergeReport(before, report({ reporter: "someone-else", at: T0 + HOUR }));
    expect(before).toStrictEqual(copy);
  });

  it("refuses a resolved defect", () => {
    expect(() => mergeReport(resolved(), report())).toThrow(
      "cannot merge a report into a resolved defect",
    );
  });

  it("refuses a report of another fault", () => {
    expect(() => mergeReport(openLamp(), report({ fault: "flicker" }))).toThrow(
      "cannot merge a report of another fault",
    );
  });
});

describe("applyReport", () => {
  it("opens a defect when there is none", () => {
    const result = applyReport(undefined, elevatorButton, report());
    expect(result.change).toBe("opened");
    expect(result.defect).toStrictEqual(openDefect(elevatorButton, report()));
  });

  it("opens with the given due policy", () => {
    const policy: DuePolicy = { high: 20 * MINUTE, medium: HOUR, low: 2 * HOUR };
    expect(applyReport(undefined, elevatorButton, report(), policy).defect.dueAt).toBe(
      T0 + 20 * MINUTE,
    );
  });

  it("merges into an open defect", () => {
    const result = applyReport(openLamp(), lobbyLamp, report({ reporter: "b", at: T0 + HOUR }));
    expect(result.change).toBe("merged");
    expect(result.defect).toMatchObject({
      status: "open",
      reports: 2,
      reporters: ["elev-a-sensor", "b"],
      openedAt: T0,
      lastSeenAt: T0 + HOUR,
    });
  });

  it("merges into an acknowledged defect", () => {
    const result = applyReport(acked(), lobbyLamp, report({ at: T0 + 5 * HOUR }));
    expect(result.change).toBe("merged");
    expect(result.defect).toMatchObject({ status: "acknowledged", reports: 2 });
  });

  it("refuses a current defect of another asset rather than merging into it", () => {
    expect(() => applyReport(openLamp(), elevatorButton, report())).toThrow(/another asset/);
  });

  it("opens a NEW defect after resolution", () => {
    const old = resolved();
    const later = report({ source: "staff", reporter: "staff-kari", at: T0 + 6 * HOUR });
    const result = applyReport(old, lobbyLamp, later);
    expect(result.change).toBe("opened");
    expect(result.defect).toStrictEqual(openDefect(lobbyLamp, later));
    expect(result.defect).toMatchObject({
      status: "open",
      source: "staff",
      reports: 1,
      reporters: ["staff-kari"],
      openedAt: T0 + 6 * HOUR,
      dueAt: T0 + 30 * HOUR,
      acknowledgedAt: null,
      resolvedAt: null,
      resolvedBy: null,
    });
    // The resolved defect is left as it was.
    expect(old).toMatchObject({ status: "resolved", reports: 1, resolvedAt: T0 + 2 * HOUR });
  });
});

describe("acknowledge", () => {
  it("moves open to acknowledged, recording when and by whom", () => {
    const before = openLamp();
    const result = acknowledge(before, { at: T0 + HOUR, by: "manager-anna" });
    expect(result).toStrictEqual({
      ok: true,
      defect: {
        ...before,
        status: "acknowledged",
        acknowledgedAt: T0 + HOUR,
        acknowledgedBy: "manager-anna",
      },
    });
    expect(before.status).toBe("open");
  });

  it("refuses an already acknowledged defect", () => {
    expect(acknowledge(acked(), { at: T0 + 2 * HOUR, by: "manager-bo" })).toStrictEqual({
      ok: false,
      reason: "already_acknowledged",
    });
  });

  it("refuses a resolved defect, acknowledged before or not", () => {
    const actor = { at: T0 + 3 * HOUR, by: "manager-bo" };
    expect(acknowledge(resolved(), actor)).toStrictEqual({
      ok: false,
      reason: "already_resolved",
    });
    const ackedThenResolved = ok(resolve(acked(), { at: T0 + 2 * HOUR, by: "tech-ola" }));
    expect(acknowledge(ackedThenResolved, actor)).toStrictEqual({
      ok: false,
      reason: "already_resolved",
    });
  });
});

describe("resolve", () => {
  it("resolves an open defect without acknowledgement", () => {
    const before = openLamp();
    expect(resolve(before, { at: T0 + 2 * HOUR, by: "tech-ola" })).toStrictEqual({
      ok: true,
      defect: {
        ...before,
        status: "resolved",
        resolvedAt: T0 + 2 * HOUR,
        resolvedBy: "tech-ola",
        resolvedVia: null,
        resolvedFrom: "open",
        cause: null,
      },
    });
    expect(before.status).toBe("open");
  });

  it("keeps the device a resolving name came through, so that the name reads as a claim", () => {
    const via = { device: "elev-a-pad", kind: "button" } as const;
    const defect = ok(resolve(openLamp(), { at: T0 + 2 * HOUR, by: "kari", via }));
    expect(defect).toMatchObject({ resolvedBy: "kari", resolvedVia: via });
  });

  it("resolves an acknowledged defect and keeps the acknowledgement", () => {
    const defect = ok(resolve(acked(), { at: T0 + 2 * HOUR, by: "tech-ola" }));
    expect(defect).toMatchObject({
      status: "resolved",
      acknowledgedAt: T0 + HOUR,
      acknowledgedBy: "manager-anna",
      resolvedAt: T0 + 2 * HOUR,
      resolvedBy: "tech-ola",
    });
  });

  it("refuses an already resolved defect and keeps the first resolution", () => {
    const first = resolved();
    expect(resolve(first, { at: T0 + 9 * HOUR, by: "tech-per" })).toStrictEqual({
      ok: false,
      reason: "already_resolved",
    });
    expect(first).toMatchObject({ resolvedAt: T0 + 2 * HOUR, resolvedBy: "tech-ola" });
  });
});

describe("isUnresolved", () => {
  it("is true for open and acknowledged, false for resolved", () => {
    expect(isUnresolved(openLamp())).toBe(true);
    expect(isUnresolved(acked())).toBe(true);
    expect(isUnresolved(resolved())).toBe(false);
  });
});

describe("isClearedByHealthOk", () => {
  it("clears unresolved sensor-raised defects", () => {
    expect(isClearedByHealthOk(openLamp({ source: "sensor" }))).toBe(true);
    expect(isClearedByHealthOk(acked())).toBe(true);
  });

  it.each(["staff", "customer", "system"] as const)("never clears a %s report", (source) => {
    const defect = openLamp({ source });
    expect(isClearedByHealthOk(defect)).toBe(false);
    expect(isClearedByHealthOk(ok(acknowledge(defect, { at: T0, by: "m" })))).toBe(false);
  });

  it("does not clear a resolved sensor defect again", () => {
    expect(isClearedByHealthOk(resolved())).toBe(false);
  });
});

describe("isClearedByResolve", () => {
  const lamp = openLamp();

  it("never clears another site's asset of the same id", () => {
    expect(isClearedByResolve(lamp, { site: "another-site", asset: "lobby-lamp-1" })).toBe(false);
  });

  it("clears every unresolved defect of the asset when no fault is named", () => {
    expect(isClearedByResolve(lamp, { site: "hotel-oslo", asset: "lobby-lamp-1" })).toBe(true);
    expect(
      isClearedByResolve(lamp, { site: "hotel-oslo", asset: "lobby-lamp-1", fault: undefined }),
    ).toBe(true);
    expect(isClearedByResolve(acked(), { site: "hotel-oslo", asset: "lobby-lamp-1" })).toBe(true);
    const staffDirty = openLamp({ fault: "dirty", source: "staff" });
    expect(isClearedByResolve(staffDirty, { site: "hotel-oslo", asset: "lobby-lamp-1" })).toBe(
      true,
    );
  });

  it("clears only the named fault when one is named", () => {
    expect(
      isClearedByResolve(lamp, { site: "hotel-oslo", asset: "lobby-lamp-1", fault: "bulb_out" }),
    ).toBe(true);
    expect(
      isClearedByResolve(lamp, { site: "hotel-oslo", asset: "lobby-lamp-1", fault: "flicker" }),
    ).toBe(false);
  });

  it("never clears another asset's defects", () => {
    expect(isClearedByResolve(lamp, { site: "hotel-oslo", asset: "lobby-lamp-2" })).toBe(false);
    expect(
      isClearedByResolve(lamp, { site: "hotel-oslo", asset: "lobby-lamp-2", fault: "bulb_out" }),
    ).toBe(false);
  });

  it("does not clear a resolved defect again", () => {
    expect(isClearedByResolve(resolved(), { site: "hotel-oslo", asset: "lobby-lamp-1" })).toBe(
      false,
    );
    expect(
      isClearedByResolve(resolved(), {
        site: "hotel-oslo",
        asset: "lobby-lamp-1",
        fault: "bulb_out",
      }),
    ).toBe(false);
  });
});

describe("isOverdue", () => {
  const lamp = openLamp(); // due at T0 + 24 h

  it("is not overdue before or exactly at the due time", () => {
    expect(isOverdue(lamp, T0)).toBe(false);
    expect(isOverdue(lamp, T0 + 24 * HOUR - 1)).toBe(false);
    expect(isOverdue(lamp, T0 + 24 * HOUR)).toBe(false);
  });

  it("is overdue strictly after the due time, acknowledged or not", () => {
    expect(isOverdue(lamp, T0 + 24 * HOUR + 1)).toBe(true);
    expect(isOverdue(acked(), T0 + 24 * HOUR + 1)).toBe(true);
  });

  it("is never overdue once resolved", () => {
    expect(isOverdue(resolved(), T0 + 24 * HOUR + 1)).toBe(false);
    expect(isOverdue(resolved(), T0 + 365 * 24 * HOUR)).toBe(false);
  });
});

describe("isRefresh and refreshDefect", () => {
  const asset = { site: "s", zone: "z", asset: "a", customerVisible: false };
  const sensor = { fault: "bulb_out", source: "sensor", reporter: "sensor-1", at: T0 } as const;
  const opened = openDefect(asset, sensor);

  it("takes a sensor's repeat of its own fault as a refresh", () => {
    expect(isRefresh(opened, { ...sensor, at: T0 + HOUR })).toBe(true);
    expect(refreshDefect(opened, T0 + HOUR)).toEqual({ ...opened, lastSeenAt: T0 + HOUR });
    expect(refreshDefect(opened, T0 - HOUR).lastSeenAt).toBe(T0);
  });

  it("takes anything else as a report", () => {
    expect(isRefresh(opened, { ...sensor, reporter: "sensor-2" })).toBe(false);
    expect(isRefresh(opened, { ...sensor, source: "staff", reporter: "sensor-1" })).toBe(false);
    expect(isRefresh(opened, { ...sensor, fault: "flicker" })).toBe(false);
    const resolved = resolve(opened, { at: T0 + HOUR, by: "kari" });
    expect(resolved.ok && isRefresh(resolved.defect, sensor)).toBe(false);
  });
});

describe("siteStatusOf", () => {
  it.each([
    [{ open: 0, high: 0, overdue: 0 }, "green"],
    [{ open: 3, high: 0, overdue: 0 }, "amber"],
    [{ open: 1, high: 1, overdue: 0 }, "red"],
    [{ open: 1, high: 0, overdue: 1 }, "red"],
  ] as const)("decides %o as %s", (counts, status) => {
    expect(siteStatusOf(counts)).toBe(status);
  });
});

describe("siteStatus", () => {
  type Row = Parameters<typeof siteStatus>[0] extends Iterable<infer R> ? R : never;
  const NOW = T0 + 10 * HOUR;
  const row = (
    severity: Row["severity"],
    status: Row["status"] = "open",
    dueAt = NOW + HOUR,
  ): Row => ({ severity, status, dueAt });

  it("is green with no defects", () => {
    expect(siteStatus([], NOW)).toBe("green");
  });

  it("is green with only resolved defects, even high or long past due", () => {
    expect(
      siteStatus([row("high", "resolved"), row("low", "resolved", NOW - 48 * HOUR)], NOW),
    ).toBe("green");
  });

  it.each([
    ["an open low", [row("low")]],
    ["an open medium", [row("medium")]],
    ["an acknowledged medium", [row("medium", "acknowledged")]],
    ["a medium exactly at its due time", [row("medium", "open", NOW)]],
    ["low and medium beside resolved high", [row("low"), row("medium"), row("high", "resolved")]],
  ])("is amber with %s", (_name, rows) => {
    expect(siteStatus(rows, NOW)).toBe("amber");
  });

  it.each([
    ["an open high", [row("high")]],
    ["an acknowledged high", [row("high", "acknowledged")]],
    ["an overdue low", [row("low", "open", NOW - 1)]],
    ["an overdue acknowledged medium", [row("medium", "acknowledged", NOW - 1)]],
    ["amber defects before a high one", [row("low"), row("medium"), row("high")]],
    ["a high one before amber defects", [row("high"), row("low"), row("medium")]],
  ])("is red with %s", (_name, rows) => {
    expect(siteStatus(rows, NOW)).toBe("red");
  });

  it("accepts any iterable", () => {
    function* rows(): Generator<Row> {
      yield row("low", "resolved");
      yield row("medium");
    }
    expect(siteStatus(rows(), NOW)).toBe("amber");
    expect(siteStatus(new Set([row("low", "open", NOW - 1)]), NOW)).toBe("red");
  });

  it("follows the clock: amber turns red once the due time passes", () => {
    const defects = [openLamp()];
    expect(siteStatus(defects, T0 + 24 * HOUR)).toBe("amber");
    expect(siteStatus(defects, T0 + 24 * HOUR + 1)).toBe("red");
  });
});
