import { describe, expect, it } from "vitest";
import type { SiteDetail, SiteSummary } from "./api/registry.ts";
import { assetCounts, overviewCounts, siteCounts } from "./site-counts.ts";

const summary = (over: Partial<SiteSummary> = {}): SiteSummary => ({
  id: "hotel-oslo",
  name: "Hotel Oslo",
  address: null,
  timezone: "Europe/Oslo",
  demo: false,
  language: "nb",
  retired: false,
  status: "green",
  openDefects: 0,
  unacknowledged: 0,
  bySeverity: { high: 0, medium: 0, low: 0 },
  overdue: 0,
  oldestOpenedAt: null,
  devices: 3,
  offlineDevices: 0,
  inspections: { checkpoints: 2, onTime: 2 },
  worst: [],
  ...over,
});

type Zone = SiteDetail["zones"][number];
type AssetState = Zone["assets"][number]["state"];
const asset = (id: string, state: AssetState, retired = false) => ({
  id,
  name: id,
  category: "lighting" as const,
  customerVisible: true,
  unplaced: false,
  retired,
  state,
  openDefects: [],
});
const zone = (id: string, assets: Zone["assets"], retired = false): Zone => ({
  id,
  name: id,
  retired,
  assets,
  checkpoints: [],
});

describe("siteCounts", () => {
  it("takes a tile's counts from the summary, and no asset counts without zones", () => {
    const site = summary({
      status: "red",
      openDefects: 4,
      unacknowledged: 3,
      bySeverity: { high: 1, medium: 2, low: 1 },
      overdue: 2,
      devices: 5,
      offlineDevices: 1,
      inspections: { checkpoints: 6, onTime: 5 },
    });
    expect(siteCounts(site)).toEqual({
      open: 4,
      bySeverity: { high: 1, medium: 2, low: 1 },
      overdue: 2,
      unacknowledged: 3,
      devices: { offline: 1, total: 5 },
      checks: { onTime: 5, checkpoints: 6 },
      assets: null,
    });
  });

  it("gives the site page the same counts as the tile, and the assets besides", () => {
    const site = summary({ openDefects: 1, bySeverity: { high: 0, medium: 1, low: 0 } });
    const detail = { ...site, zones: [zone("lobby", [asset("lamp", "defect")])] };
    const { assets, ...page } = siteCounts(detail);
    const { assets: none, ...tile } = siteCounts(site);
    expect(page).toEqual(tile);
    expect(none).toBeNull();
    expect(assets).toEqual({ ok: 0, defect: 1, unknown: 0 });
  });

  it("counts an asset whose sensor is offline as unknown, never as a defect", () => {
    const zones = [
      zone("lobby", [asset("lamp", "unknown"), asset("sign", "ok"), asset("door", "defect")]),
      zone("wc", [asset("tap", "unknown"), asset("old", "defect", true)]),
      zone("closed", [asset("gone", "defect")], true),
    ];
    expect(siteCounts({ ...summary(), zones }).assets).toEqual({ ok: 1, defect: 1, unknown: 2 });
    expect(assetCounts([asset("a", "unknown")])).toEqual({ ok: 0, defect: 0, unknown: 1 });
  });
});

describe("overviewCounts", () => {
  it("counts every site with open defects, red ones too (not only amber)", () => {
    const sites = [
      summary({ id: "a", status: "red", openDefects: 2 }),
      summary({ id: "b", status: "red", openDefects: 1 }),
      summary({ id: "c", status: "amber", openDefects: 1 }),
      summary({ id: "d", status: "amber", openDefects: 3 }),
      summary({ id: "e" }),
      summary({ id: "f" }),
    ];
    expect(overviewCounts(sites)).toEqual({
      sites: 6,
      withOpenDefects: 4,
      needAction: 2,
      allFine: 2,
    });
  });

  it("says nothing is wrong for no sites", () => {
    expect(overviewCounts([])).toEqual({ sites: 0, withOpenDefects: 0, needAction: 0, allFine: 0 });
  });
});
