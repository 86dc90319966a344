import { localDate } from "../local-day.ts";
import type { DefectQuery, DefectView } from "./defects.ts";
import type { DeviceView, SiteDetail, SiteSummary } from "./registry.ts";
import type { StreamEventData } from "./stream.ts";

/**
 * How a board applies the stream's events to what it shows, as pure functions: the API answers
 * a read with the same rules (asset states, the order of sites), so a board that applies every
 * event shows what a reload would.
 */

type AssetState = SiteDetail["zones"][number]["assets"][number]["state"];

/** `defect` while anything is open on it; `unknown` while the sensor watching it is offline. */
export function assetStateOf(openDefects: number, watchedByOfflineSensor: boolean): AssetState {
  if (openDefects > 0) return "defect";
  return watchedByOfflineSensor ? "unknown" : "ok";
}

/** What offline sensors watch: no defect there means nothing. Revoked sensors watch nothing. */
export function unwatchedAssets(
  devices: Iterable<Pick<DeviceView, "kind" | "online" | "revoked" | "watches">>,
): Set<string> {
  const assets = new Set<string>();
  for (const d of devices) {
    if (d.kind === "sensor" && !d.online && !d.revoked) for (const a of d.watches) assets.add(a);
  }
  return assets;
}

/** Whether a defect shown since some time is overdue now: its due time passed while it is open. */
export function overdueNow(defect: Pick<DefectView, "status" | "dueAt">, now: number): boolean {
  return defect.status !== "resolved" && Date.parse(defect.dueAt) < now;
}

const STATUS_ORDER = { red: 0, amber: 1, green: 2 } as const;

/** Worst first: red, then amber, then green; more overdue, then more open; then by name. */
export function compareSites(a: SiteSummary, b: SiteSummary): number {
  return (
    STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
    b.overdue - a.overdue ||
    b.openDefects - a.openDefects ||
    a.name.localeCompare(b.name)
  );
}

/**
 * The overview after a site's new summary: the site replaced (or added), in order again; a
 * retired site taken out.
 */
export function applySiteSummary(
  sites: readonly SiteSummary[],
  summary: SiteSummary,
): SiteSummary[] {
  const others = sites.filter((s) => s.id !== summary.id);
  // A site retired while the board is open leaves it: the boards show the sites in service.
  return summary.retired ? others : [...others, summary].sort(compareSites);
}

const SEVERITY_RANK = { high: 3, medium: 2, low: 1 } as const;

export type DefectOrder = DefectQuery["sort"];

function compareDefects(order: DefectOrder): (a: DefectView, b: DefectView) => number {
  if (order === "oldest") return (a, b) => a.id - b.id;
  if (order === "severity")
    return (a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || b.id - a.id;
  return (a, b) => b.id - a.id;
}

/** Whether a defect belongs in a list filtered as `GET /api/defects` filters. */
export function matchesDefectQuery(
  defect: DefectView,
  query: Partial<
    Pick<DefectQuery, "site" | "asset" | "status" | "severity" | "category" | "source">
  >,
): boolean {
  if (query.site !== undefined && defect.site !== query.site) return false;
  if (query.asset !== undefined && defect.asset !== query.asset) return false;
  if (
    query.status === "unresolved"
      ? defect.status === "resolved"
      : query.status !== undefined && defect.status !== query.status
  )
    return false;
  if (query.severity !== undefined && defect.severity !== query.severity) return false;
  if (query.category !== undefined && defect.category !== query.category) return false;
  return query.source === undefined || defect.source === query.source;
}

export interface DefectListShape {
  /** Whether the list shows this defect (its filter). */
  keep: (defect: DefectView) => boolean;
  order: DefectOrder;
  /** The list's page size: a new defect beyond it is not shown. */
  limit: number;
  /**
   * Whether a defect the list did not show may come in: true on a list's first page, false
   * further on (a new defect belongs to the first page, not this one).
   */
  admitNew: boolean;
}

/** A list of defects after a change to one: updated where it is, added, or gone. */
export function applyDefectToList(
  list: readonly DefectView[],
  defect: DefectView,
  shape: DefectListShape,
): DefectView[] {
  const shown = list.some((d) => d.id === defect.id);
  const rest = list.filter((d) => d.id !== defect.id);
  if (!shape.keep(defect) || (!shown && !shape.admitNew)) return rest;
  return [...rest, defect].sort(compareDefects(shape.order)).slice(0, shape.limit);
}

type Zones = SiteDetail["zones"];

/** A site's zones after a change to one of its defects: the asset's open defects and state. */
export function applyDefectToZones(
  zones: Zones,
  defect: DefectView,
  unwatched: Set<string>,
): Zones {
  return zones.map((zone) => {
    if (!zone.assets.some((a) => a.id === defect.asset)) return zone;
    return {
      ...zone,
      assets: zone.assets.map((asset) => {
        if (asset.id !== defect.asset) return asset;
        const others = asset.openDefects.filter((d) => d.id !== defect.id);
        const open =
          defect.status === "resolved"
            ? others
            : [
                ...others,
                {
                  id: defect.id,
                  fault: defect.fault,
                  severity: defect.severity,
                  status: defect.status,
                },
              ].sort((a, b) => a.id - b.id);
        return {
          ...asset,
          openDefects: open,
          state: assetStateOf(open.length, unwatched.has(asset.id)),
        };
      }),
    };
  });
}

/** Asset states again after a change of which assets are unwatched (a sensor on or offline). */
export function applyWatchToZones(zones: Zones, unwatched: Set<string>): Zones {
  return zones.map((zone) => ({
    ...zone,
    assets: zone.assets.map((asset) => {
      const state = assetStateOf(asset.openDefects.length, unwatched.has(asset.id));
      return state === asset.state ? asset : { ...asset, state };
    }),
  }));
}

/** A site's zones after a check-in: the checkpoint's last check. */
export function applyInspectionToZones(zones: Zones, event: StreamEventData<"inspection">): Zones {
  return zones.map((zone) =>
    zone.checkpoints.some((cp) => cp.id === event.checkpoint)
      ? {
          ...zone,
          checkpoints: zone.checkpoints.map((cp) =>
            cp.id === event.checkpoint ? { ...cp, lastCheckedAt: event.at } : cp,
          ),
        }
      : zone,
  );
}

/** A device list after a device's change. */
export function applyDeviceEvent<D extends DeviceView>(
  devices: readonly D[],
  event: StreamEventData<"device">,
): D[] {
  return devices.map((d) => (d.id === event.device ? deviceAfter(d, event) : d));
}

function deviceAfter<D extends DeviceView>(d: D, event: StreamEventData<"device">): D {
  switch (event.change) {
    case "online":
      return { ...d, online: true, lastSeenAt: event.at };
    case "offline":
      return { ...d, online: false };
    case "rejected":
      return { ...d, rejected: d.rejected + 1, lastSeenAt: event.at };
    case "revoked":
      return { ...d, online: false, revoked: true };
    case "restored":
      return { ...d, revoked: false };
  }
}

/**
 * Per-day counts after a defect opened or resolved, on the day it happened on the site's clock
 * (the days the API counts in); the same list when nothing counts.
 */
export function applyDefectToDays<T extends { day: string; opened: number; resolved: number }>(
  days: readonly T[],
  event: StreamEventData<"defect">,
  timeZone: string,
): readonly T[] {
  const { change, defect } = event;
  const at =
    change === "opened" ? defect.openedAt : change === "resolved" ? defect.resolvedAt : null;
  if (at === null) return days;
  const day = localDate(Date.parse(at), timeZone);
  if (!days.some((d) => d.day === day)) return days;
  const key = change === "opened" ? "opened" : "resolved";
  return days.map((d) => (d.day === day ? { ...d, [key]: d[key] + 1 } : d));
}
