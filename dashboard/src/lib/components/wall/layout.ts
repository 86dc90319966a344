import type { Severity, SiteSummary } from "@bulbcheck/shared";
import type { BoardStatus } from "@bulbcheck/shared/i18n";

/** The wall's order of states: what needs someone first. */
const STATUS_RANK: Readonly<Record<BoardStatus, number>> = {
  red: 0,
  amber: 1,
  unknown: 2,
  green: 3,
};

/**
 * A site's state on the wall: with no open defect but a device offline, "all fine" means nothing
 * (the sensor that would say otherwise is away), so it is `unknown`.
 */
export function wallStatus(site: SiteSummary): BoardStatus {
  const status = site.status as BoardStatus;
  if (status === "green" && site.offlineDevices > 0) return "unknown";
  return status;
}

/**
 * Worst first: red, amber, unknown, green; within a state, more high-severity defects first,
 * then more overdue, then more open, then by name (a stable order that does not shuffle).
 */
export function compareWall(a: SiteSummary, b: SiteSummary): number {
  return (
    STATUS_RANK[wallStatus(a)] - STATUS_RANK[wallStatus(b)] ||
    b.bySeverity.high - a.bySeverity.high ||
    b.overdue - a.overdue ||
    b.openDefects - a.openDefects ||
    a.name.localeCompare(b.name) ||
    a.id.localeCompare(b.id)
  );
}

export function wallOrder(sites: readonly SiteSummary[]): SiteSummary[] {
  return [...sites].sort(compareWall);
}

/**
 * A tile needs about this many text sizes across (a name, a problem line cut with an ellipsis)
 * and down (padding, a name, three problems, a counts line): the tile's text size is the largest
 * that fits both.
 */
export const TILE_EMS_ACROSS = 12;
export const TILE_EMS_DOWN = 7.4;

export interface WallLayout {
  columns: number;
  rows: number;
  /** The sites shown as tiles, the worst; the rest are one cell that counts them. */
  shown: number;
  /** The tiles' text size in px. */
  font: number;
}

export interface WallSpace {
  /** The grid's area in px. */
  width: number;
  height: number;
  /** Between tiles, px. */
  gap: number;
  /** Below this text size (px) a tile is not readable across the room: fewer tiles, then. */
  minFont: number;
  /** Above it the text is large enough (px): a few sites do not get banner-sized letters. */
  maxFont: number;
}

/** The best grid for `cells` cells: the columns that give the largest text. */
function bestGrid(
  cells: number,
  space: WallSpace,
): { columns: number; rows: number; font: number } {
  let best = { columns: 1, rows: cells, font: 0 };
  for (let columns = 1; columns <= cells; columns++) {
    const rows = Math.ceil(cells / columns);
    // A column count that leaves a whole row empty is never better than one fewer.
    if (columns > 1 && Math.ceil(cells / (columns - 1)) === rows) continue;
    const w = (space.width - (columns - 1) * space.gap) / columns;
    const h = (space.height - (rows - 1) * space.gap) / rows;
    const font = Math.min(w / TILE_EMS_ACROSS, h / TILE_EMS_DOWN, space.maxFont);
    if (font > best.font) best = { columns, rows, font };
  }
  return best;
}

/**
 * Sizes the wall for `sites` sites in `space`: every site as a tile when the text stays readable,
 * else the worst `shown` and one more cell counting the rest.
 */
export function wallLayout(sites: number, space: WallSpace): WallLayout {
  if (sites === 0) return { columns: 1, rows: 1, shown: 0, font: space.maxFont };
  const all = bestGrid(sites, space);
  if (all.font >= space.minFont) return { ...all, shown: sites };
  // Fewer tiles and a cell for the rest: the most that still read.
  let low = 1;
  let high = sites - 1;
  let found = { ...bestGrid(2, space), shown: 1 };
  while (low <= high) {
    const mid = Math.floor((low + high) / 2);
    const grid = bestGrid(mid + 1, space);
    if (grid.font >= space.minFont) {
      found = { ...grid, shown: mid };
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/** What the cell for the sites not shown says: how many, and in which states. */
export function restOf(
  sites: readonly SiteSummary[],
): Record<BoardStatus, number> & { total: number } {
  const rest = { red: 0, amber: 0, unknown: 0, green: 0, total: sites.length };
  for (const s of sites) rest[wallStatus(s)]++;
  return rest;
}

/** One problem on a tile, from the site's `worst` or a defect that just arrived. */
export interface Problem {
  id: number;
  fault: string;
  severity: Severity;
  asset: string;
  zone: string | null;
  overdue: boolean;
  fresh: boolean;
}

/** The most problems a tile names; the rest are "+N more". */
export const PROBLEMS_SHOWN = 3;

/**
 * What a tile names: the defects that just arrived at the site first (so a new one is seen at
 * once, whatever its rank), then the site's worst, three at most.
 */
export function problemsOf(
  site: SiteSummary,
  fresh: readonly {
    id: number;
    fault: string;
    severity: Severity;
    assetName: string;
    overdue: boolean;
  }[],
): Problem[] {
  const worst = new Map(site.worst.map((w) => [w.id, w]));
  const problems: Problem[] = fresh.slice(0, PROBLEMS_SHOWN).map((d) => ({
    id: d.id,
    fault: d.fault,
    severity: d.severity,
    asset: d.assetName,
    zone: worst.get(d.id)?.zone ?? null,
    overdue: d.overdue,
    fresh: true,
  }));
  for (const w of site.worst) {
    if (problems.length >= PROBLEMS_SHOWN) break;
    if (problems.some((p) => p.id === w.id)) continue;
    problems.push({ ...w, fresh: false });
  }
  return problems;
}
