import { describe, expect, it } from "vitest";
import type { DefectView } from "./defects.ts";
import {
  applyDefectToDays,
  applyDefectToList,
  applyDefectToZones,
  applyDeviceEvent,
  applyInspectionToZones,
  applySiteSummary,
  applyWatchToZones,
  matchesDefectQuery,
  unwatchedAssets,
} from "./live.ts";
import type { DeviceView, SiteDetail, SiteSummary } from "./registry.ts";

const defect = (id: number, over: Partial<DefectView> = {}): DefectView => ({
  id,
  site: "oslo",
  zone: "lobby",
  asset: "lamp",
  assetName: "Lamp",
  customerVisible: false,
  fault: "bulb_out",
  category: "lighting",
  severity: "medium",
  status: "open",
  source: "sensor",
  reports: 1,
  reporters: ["s1"],
  firstSeenAt: "2026-12-01T10:00:00.000Z",
  lastSeenAt: "2026-12-01T10:00:00.000Z",
  openedAt: "2026-12-01T10:00:00.000Z",
  dueAt: "2026-12-02T10:00:00.000Z",
  overdue: false,
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
  recurrenceOf: null,
  reopens: 0,
  comments: 0,
  evidence: [],
  confirmed: false,
  afterPassedRound: null,
  suspect: null,
  ...over,
});

const unresolved = { keep: (d: DefectView) => d.status !== "resolved", limit: 3, admitNew: true };

describe("a defect list", () => {
  it("takes a new defect in its place, updates one it shows, drops a resolved one", () => {
    let list = [defect(5), defect(3)];
    list = applyDefectToList(list, defect(4), { ...unresolved, order: "newest" });
    expect(list.map((d) => d.id)).toEqual([5, 4, 3]);
    list = applyDefectToList(list, defect(4, { status: "acknowledged" }), {
      ...unresolved,
      order: "newest",
    });
    expect(list.find((d) => d.id === 4)?.status).toBe("acknowledged");
    list = applyDefectToList(list, defect(5, { status: "resolved" }), {
      ...unresolved,
      order: "newest",
    });
    expect(list.map((d) => d.id)).toEqual([4, 3]);
  });

  it("keeps its order and its length: by severity, then newest; a page holds its limit", () => {
    const list = [defect(1, { severity: "high" }), defect(9), defect(2, { severity: "low" })];
    const after = applyDefectToList(list, defect(7, { severity: "high" }), {
      ...unresolved,
      order: "severity",
    });
    expect(after.map((d) => d.id)).toEqual([7, 1, 9]);
  });

  it("does not take a new defect into a later page, but updates what that page shows", () => {
    const list = [defect(3), defect(2)];
    const later = { ...unresolved, order: "newest" as const, admitNew: false };
    expect(applyDefectToList(list, defect(8), later).map((d) => d.id)).toEqual([3, 2]);
    expect(applyDefectToList(list, defect(2, { reports: 4 }), later)[1]?.reports).toBe(4);
  });

  it("filters as the API does", () => {
    const d = defect(1, { status: "acknowledged", severity: "high", source: "staff" });
    expect(matchesDefectQuery(d, { status: "unresolved" })).toBe(true);
    expect(matchesDefectQuery(d, { status: "open" })).toBe(false);
    expect(matchesDefectQuery(d, { site: "oslo", severity: "high", source: "staff" })).toBe(true);
    expect(matchesDefectQuery(d, { category: "cleanliness" })).toBe(false);
    expect(matchesDefectQuery(defect(2, { status: "resolved" }), { status: "unresolved" })).toBe(
      false,
    );
  });
});

const zones: SiteDetail["zones"] = [
  {
    id: "lobby",
    name: "Lobby",
    retired: false,
    assets: [
      {
        id: "lamp",
        name: "Lamp",
        category: "lighting",
        customerVisible: false,
        unplaced: false,
        retired: false,
        state: "ok",
        openDefects: [],
      },
      {
        id: "floor",
        name: "Floor",
        category: "cleanliness",
        customerVisible: true,
        unplaced: false,
        retired: false,
        state: "ok",
        openDefects: [],
      },
    ],
    checkpoints: [
      {
        id: "round",
        name: "Round",
        intervalMinutes: 60,
        assets: ["floor"],
        lastCheckedAt: null,
        retired: false,
      },
    ],
  },
];

const sensor = (online: boolean): DeviceView => ({
  id: "s1",
  site: "oslo",
  kind: "sensor",
  name: null,
  intervalSeconds: 60,
  retired: false,
  watches: ["lamp"],
  serves: null,
  online,
  revoked: false,
  lastSeenAt: null,
  battery: null,
  events: 0,
  rejected: 0,
});

describe("a site's zones", () => {
  it("show an asset's defect while it is open, and what its offline sensor leaves unknown", () => {
    const open = applyDefectToZones(zones, defect(1), new Set());
    expect(open[0]?.assets[0]).toMatchObject({ state: "defect", openDefects: [{ id: 1 }] });
    const unwatched = unwatchedAssets([sensor(false)]);
    const resolved = applyDefectToZones(open, defect(1, { status: "resolved" }), unwatched);
    expect(resolved[0]?.assets[0]).toMatchObject({ state: "unknown", openDefects: [] });
    const back = applyWatchToZones(resolved, unwatchedAssets([sensor(true)]));
    expect(back[0]?.assets[0]?.state).toBe("ok");
    expect(unwatchedAssets([{ ...sensor(false), revoked: true }]).size).toBe(0);
  });

  it("show a checkpoint's last check", () => {
    const at = "2026-12-01T12:00:00.000Z";
    const after = applyInspectionToZones(zones, {
      site: "oslo",
      checkpoint: "round",
      result: "ok",
      staff: null,
      at,
    });
    expect(after[0]?.checkpoints[0]?.lastCheckedAt).toBe(at);
  });
});

describe("devices, sites and days", () => {
  it("follow a device's changes", () => {
    const at = "2026-12-01T12:00:00.000Z";
    const [online] = applyDeviceEvent([sensor(false)], {
      change: "online",
      device: "s1",
      site: "oslo",
      at,
    });
    expect(online).toMatchObject({ online: true, lastSeenAt: at });
    const [refused] = applyDeviceEvent([sensor(true)], {
      change: "rejected",
      device: "s1",
      site: "oslo",
      at,
      reason: "invalid_payload",
    });
    expect(refused?.rejected).toBe(1);
    const [revoked] = applyDeviceEvent([sensor(true)], {
      change: "revoked",
      device: "s1",
      site: "oslo",
      at,
    });
    expect(revoked).toMatchObject({ online: false, revoked: true });
    const [restored] = applyDeviceEvent([{ ...sensor(false), revoked: true }], {
      change: "restored",
      device: "s1",
      site: "oslo",
      at,
    });
    expect(restored).toMatchObject({ online: false, revoked: false });
  });

  it("put a site with a new summary in its place, worst first", () => {
    const site = (id: string, status: SiteSummary["status"], openDefects = 0): SiteSummary => ({
      id,
      name: id,
      address: null,
      timezone: "UTC",
      language: "en",
      retired: false,
      demo: false,
      status,
      openDefects,
      unacknowledged: 0,
      bySeverity: { high: 0, medium: 0, low: 0 },
      overdue: 0,
      oldestOpenedAt: null,
      devices: 0,
      offlineDevices: 0,
      inspections: { checkpoints: 0, onTime: 0 },
      worst: [],
    });
    const sites = [site("a", "red", 1), site("b", "amber", 1), site("c", "green")];
    expect(applySiteSummary(sites, site("c", "red", 2)).map((s) => s.id)).toEqual(["c", "a", "b"]);
    expect(applySiteSummary(sites, site("a", "green")).map((s) => s.id)).toEqual(["b", "a", "c"]);
    const retired = { ...site("b", "green"), retired: true };
    expect(applySiteSummary(sites, retired).map((s) => s.id)).toEqual(["a", "c"]);
  });

  it("count an opening and a resolution on their own day", () => {
    const days = [
      { day: "2026-11-30", opened: 0, resolved: 0 },
      { day: "2026-12-01", opened: 1, resolved: 0 },
    ];
    const opened = applyDefectToDays(days, { change: "opened", defect: defect(1) }, "UTC");
    expect(opened[1]).toEqual({ day: "2026-12-01", opened: 2, resolved: 0 });
    const late = {
      change: "resolved" as const,
      defect: defect(1, { status: "resolved", resolvedAt: "2026-11-30T23:00:00.000Z" }),
    };
    const resolved = applyDefectToDays(opened, late, "UTC");
    expect(resolved[0]).toEqual({ day: "2026-11-30", opened: 0, resolved: 1 });
    // 23:00 UTC is midnight in Oslo: the next day there, as the API counts it.
    expect(applyDefectToDays(opened, late, "Europe/Oslo")[1]).toEqual({
      day: "2026-12-01",
      opened: 2,
      resolved: 1,
    });
    expect(applyDefectToDays(resolved, { change: "merged", defect: defect(1) }, "UTC")).toEqual(
      resolved,
    );
  });
});
