import type {
  Assignee,
  Defect,
  DefectQuery,
  DefectSource,
  Fault,
  Relay,
  TeamRole,
  TIMELINE_TYPES,
} from "@bulbcheck/shared";
import { assetKey, cacheOf, type SiteCounts, type WorstOpen } from "./cache.ts";
import type { Db } from "./database.ts";
import { type DefectEvidence, evidenceFrom } from "./evidence-store.ts";
import { statement } from "./statements.ts";

/**
 * A defect as stored: the rules' state plus its id, what the registry says of its asset and
 * site, and who its assigned user is.
 */
export type StoredDefect = Defect & {
  id: number;
  assetName: string;
  customerVisible: boolean;
  siteName: string;
  /** The assigned user's username and name, when assigned to a user. */
  assigneeUser: { username: string; name: string } | null;
  comments: number;
} & DefectEvidence;

export interface DefectRow {
  id: number;
  site_id: string;
  zone_id: string;
  asset_id: string;
  fault: string;
  category: string;
  severity: string;
  status: string;
  source: string;
  reports: number;
  reporters: string;
  first_seen_at: number;
  last_seen_at: number;
  opened_at: number;
  due_at: number;
  acknowledged_at: number | null;
  acknowledged_by: string | null;
  resolved_at: number | null;
  resolved_by: string | null;
  /** JSON of a `Relay`: the device a resolving name came through. */
  resolved_via: string | null;
  assignee_user: number | null;
  assignee_team: string | null;
  assigned_at: number | null;
  assigned_by: string | null;
  hold_reason: string | null;
  hold_since: number | null;
  hold_by: string | null;
  cause: string | null;
  resolved_from: string | null;
  recurrence_of: number | null;
  reopens: number;
  comments: number;
  /** JSON (migration 017): evidence, the round passed before, what a sensor_suspect is about. */
  evidence: string;
  after_round: string | null;
  suspect: string | null;
  asset_name: string | null;
  customer_visible: number | null;
  site_name: string | null;
  assignee_username: string | null;
  assignee_name: string | null;
}

const SELECT = `SELECT d.*, a.name AS asset_name, a.customer_visible, s.name AS site_name,
    u.username AS assignee_username, u.display_name AS assignee_name
  FROM defects d LEFT JOIN assets a ON a.site_id = d.site_id AND a.id = d.asset_id
  LEFT JOIN sites s ON s.id = d.site_id
  LEFT JOIN users u ON u.id = d.assignee_user`;

function assigneeFrom(row: DefectRow): Assignee | null {
  if (row.assignee_user !== null) return { user: row.assignee_user };
  if (row.assignee_team !== null) return { team: row.assignee_team as TeamRole };
  return null;
}

function fromRow(row: DefectRow): StoredDefect {
  // Values in these columns are only ever written from typed defects, so they are cast back.
  return {
    id: row.id,
    site: row.site_id,
    zone: row.zone_id,
    asset: row.asset_id,
    assetName: row.asset_name ?? row.asset_id,
    customerVisible: row.customer_visible === 1,
    fault: row.fault as Defect["fault"],
    category: row.category as Defect["category"],
    severity: row.severity as Defect["severity"],
    status: row.status as Defect["status"],
    source: row.source as Defect["source"],
    reports: row.reports,
    reporters: JSON.parse(row.reporters) as string[],
    firstSeenAt: row.first_seen_at,
    lastSeenAt: row.last_seen_at,
    openedAt: row.opened_at,
    dueAt: row.due_at,
    acknowledgedAt: row.acknowledged_at,
    acknowledgedBy: row.acknowledged_by,
    resolvedAt: row.resolved_at,
    resolvedBy: row.resolved_by,
    resolvedVia: relayFrom(row.resolved_via),
    assignee: assigneeFrom(row),
    assignedAt: row.assigned_at,
    assignedBy: row.assigned_by,
    hold:
      row.hold_reason === null
        ? null
        : { reason: row.hold_reason, since: row.hold_since ?? 0, by: row.hold_by ?? "" },
    cause: row.cause,
    resolvedFrom: row.resolved_from as Defect["resolvedFrom"],
    recurrenceOf: row.recurrence_of,
    reopens: row.reopens,
    comments: row.comments,
    siteName: row.site_name ?? row.site_id,
    assigneeUser:
      row.assignee_username === null
        ? null
        : { username: row.assignee_username, name: row.assignee_name ?? row.assignee_username },
    ...evidenceFrom(row),
  };
}

/** A relay as stored: JSON `{ device, kind }`, written only from typed relays. */
export function relayFrom(column: string | null): Relay | null {
  return column === null ? null : (JSON.parse(column) as Relay);
}

function relayColumn(relay: Relay | null | undefined): string | null {
  return relay ? JSON.stringify({ device: relay.device, kind: relay.kind }) : null;
}

function params(d: Defect) {
  return {
    site_id: d.site,
    zone_id: d.zone,
    asset_id: d.asset,
    fault: d.fault,
    category: d.category,
    severity: d.severity,
    status: d.status,
    source: d.source,
    reports: d.reports,
    reporters: JSON.stringify(d.reporters),
    first_seen_at: d.firstSeenAt,
    last_seen_at: d.lastSeenAt,
    opened_at: d.openedAt,
    due_at: d.dueAt,
    acknowledged_at: d.acknowledgedAt,
    acknowledged_by: d.acknowledgedBy,
    resolved_at: d.resolvedAt,
    resolved_by: d.resolvedBy,
    resolved_via: relayColumn(d.resolvedVia),
    assignee_user: d.assignee && "user" in d.assignee ? d.assignee.user : null,
    assignee_team: d.assignee && "team" in d.assignee ? d.assignee.team : null,
    assigned_at: d.assignedAt,
    assigned_by: d.assignedBy,
    hold_reason: d.hold?.reason ?? null,
    hold_since: d.hold?.since ?? null,
    hold_by: d.hold?.by ?? null,
    cause: d.cause,
    resolved_from: d.resolvedFrom,
    recurrence_of: d.recurrenceOf,
    reopens: d.reopens,
  };
}

/** Whether the asset has an unresolved defect; answered from memory after the first call. */
export function hasUnresolved(db: Db, site: string, asset: string): boolean {
  const cache = cacheOf(db);
  cache.unresolved ??= new Set(
    statement<[], { site_id: string; asset_id: string }>(
      db,
      "SELECT DISTINCT site_id, asset_id FROM defects WHERE status <> 'resolved'",
    )
      .all()
      .map((r) => assetKey(r.site_id, r.asset_id)),
  );
  return cache.unresolved.has(assetKey(site, asset));
}

/** Keeps the unresolved-assets cache in step with a defect just written. */
function noteStatus(db: Db, defect: Defect): void {
  const cache = cacheOf(db);
  cache.siteCounts = undefined;
  const set = cache.unresolved;
  if (!set) return;
  const key = assetKey(defect.site, defect.asset);
  if (defect.status !== "resolved") set.add(key);
  else if (
    statement<[string, string]>(
      db,
      "SELECT 1 FROM defects WHERE site_id = ? AND asset_id = ? AND status <> 'resolved' LIMIT 1",
    ).get(defect.site, defect.asset) === undefined
  )
    set.delete(key);
}

export function insertDefect(db: Db, defect: Defect): number {
  const result = statement(
    db,
    `INSERT INTO defects (site_id, zone_id, asset_id, fault, category, severity, status, source, reports, reporters,
       first_seen_at, last_seen_at, opened_at, due_at, acknowledged_at, acknowledged_by, resolved_at, resolved_by, resolved_via,
       assignee_user, assignee_team, assigned_at, assigned_by, hold_reason, hold_since, hold_by, cause, resolved_from,
       recurrence_of, reopens)
     VALUES (@site_id, @zone_id, @asset_id, @fault, @category, @severity, @status, @source, @reports, @reporters,
       @first_seen_at, @last_seen_at, @opened_at, @due_at, @acknowledged_at, @acknowledged_by, @resolved_at, @resolved_by,
       @resolved_via, @assignee_user, @assignee_team, @assigned_at, @assigned_by, @hold_reason, @hold_since, @hold_by,
       @cause, @resolved_from, @recurrence_of, @reopens)`,
  ).run(params(defect));
  noteStatus(db, defect);
  return Number(result.lastInsertRowid);
}

export function updateDefect(db: Db, id: number, defect: Defect): void {
  statement(
    db,
    `UPDATE defects SET status = @status, reports = @reports, reporters = @reporters, first_seen_at = @first_seen_at,
       last_seen_at = @last_seen_at, acknowledged_at = @acknowledged_at, acknowledged_by = @acknowledged_by,
       resolved_at = @resolved_at, resolved_by = @resolved_by, resolved_via = @resolved_via, due_at = @due_at,
       assignee_user = @assignee_user, assignee_team = @assignee_team, assigned_at = @assigned_at,
       assigned_by = @assigned_by, hold_reason = @hold_reason, hold_since = @hold_since, hold_by = @hold_by,
       cause = @cause, resolved_from = @resolved_from, reopens = @reopens
     WHERE id = @id`,
  ).run({ ...params(defect), id });
  noteStatus(db, defect);
}

/**
 * A sensor repeating a fault it already reported: only the time it was last seen moves. One
 * column and no index touched, where `updateDefect` rewrites every column and the status
 * indexes; a broken lamp repeats on every heartbeat of every sensor watching it.
 */
export function updateLastSeen(db: Db, id: number, lastSeenAt: number): void {
  statement(db, "UPDATE defects SET last_seen_at = ? WHERE id = ?").run(lastSeenAt, id);
}

export function getDefect(db: Db, id: number): StoredDefect | undefined {
  const row = statement<[number], DefectRow>(db, `${SELECT} WHERE d.id = ?`).get(id);
  return row && fromRow(row);
}

export function findUnresolved(
  db: Db,
  site: string,
  asset: string,
  fault: Fault,
): StoredDefect | undefined {
  const row = statement<[string, string, string], DefectRow>(
    db,
    `${SELECT} WHERE d.site_id = ? AND d.asset_id = ? AND d.fault = ? AND d.status <> 'resolved'`,
  ).get(site, asset, fault);
  return row && fromRow(row);
}

export function unresolvedOfAsset(db: Db, site: string, asset: string): StoredDefect[] {
  return statement<[string, string], DefectRow>(
    db,
    `${SELECT} WHERE d.site_id = ? AND d.asset_id = ? AND d.status <> 'resolved'`,
  )
    .all(site, asset)
    .map(fromRow);
}

export function unresolvedOfSite(db: Db, site: string): StoredDefect[] {
  return statement<[string], DefectRow>(
    db,
    `${SELECT} WHERE d.site_id = ? AND d.status <> 'resolved' ORDER BY d.id`,
  )
    .all(site)
    .map(fromRow);
}

/** Where the previous page ended: its last defect's id, and its severity rank or due time when so sorted. */
export interface DefectCursor {
  id: number;
  rank?: number;
  due?: number;
}

/** Whose defects a list shows: a user's and their team's, the unassigned, or one user's. */
export type AssigneeFilter =
  | { kind: "mine"; user: number; team: string }
  | { kind: "none" }
  | { kind: "user"; username: string };

/** `LIKE` treats `%` and `_` as wildcards: people's search words are matched as written. */
function likePattern(words: string): string {
  return `%${words.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const RANK = "(CASE d.severity WHEN 'high' THEN 3 WHEN 'medium' THEN 2 ELSE 1 END)";

export function severityRank(severity: string): number {
  return severity === "high" ? 3 : severity === "medium" ? 2 : 1;
}

/** A page of defects in the query's order, after `after` when given (keyset paging). */
export function listDefects(
  db: Db,
  query: Omit<DefectQuery, "cursor" | "site" | "assignee"> & {
    after?: DefectCursor | undefined;
    /** The sites to show; null for all. */
    sites: readonly string[] | null;
    assignee?: AssigneeFilter | undefined;
  },
): StoredDefect[] {
  const where: string[] = [];
  const values: Record<string, string | number> = { limit: query.limit };
  const { sites } = query;
  if (sites?.length === 1) {
    where.push("d.site_id = @site");
    values.site = sites[0] as string;
  } else if (sites) {
    where.push("d.site_id IN (SELECT value FROM json_each(@sites))");
    values.sites = JSON.stringify(sites);
  }
  if (query.asset) {
    where.push("d.asset_id = @asset");
    values.asset = query.asset;
  }
  if (query.status === "unresolved") where.push("d.status <> 'resolved'");
  else if (query.status) {
    where.push("d.status = @status");
    values.status = query.status;
  }
  for (const key of ["severity", "category", "source"] as const) {
    const value = query[key];
    if (value) {
      where.push(`d.${key} = @${key}`);
      values[key] = value;
    }
  }
  const { assignee } = query;
  if (assignee?.kind === "mine") {
    where.push("(d.assignee_user = @me OR d.assignee_team = @team)");
    values.me = assignee.user;
    values.team = assignee.team;
  } else if (assignee?.kind === "none") {
    where.push("d.assignee_user IS NULL AND d.assignee_team IS NULL");
  } else if (assignee?.kind === "user") {
    where.push("u.username = @assigneeName");
    values.assigneeName = assignee.username;
  }
  if (query.q !== undefined) {
    where.push(`(a.name LIKE @q ESCAPE '\\' OR d.asset_id LIKE @q ESCAPE '\\' OR d.zone_id LIKE @q ESCAPE '\\'
      OR EXISTS (SELECT 1 FROM zones z WHERE z.site_id = d.site_id AND z.id = d.zone_id AND z.name LIKE @q ESCAPE '\\'))`);
    values.q = likePattern(query.q);
  }
  const { after } = query;
  let order: string;
  if (query.sort === "due") {
    order = "d.due_at ASC, d.id ASC";
    if (after) {
      where.push("(d.due_at > @due OR (d.due_at = @due AND d.id > @afterId))");
      values.due = after.due ?? 0;
      values.afterId = after.id;
    }
  } else if (query.sort === "severity") {
    order = `${RANK} DESC, d.id DESC`;
    if (after) {
      where.push(`(${RANK} < @rank OR (${RANK} = @rank AND d.id < @afterId))`);
      values.rank = after.rank ?? 3;
      values.afterId = after.id;
    }
  } else if (query.sort === "oldest") {
    order = "d.id ASC";
    if (after) {
      where.push("d.id > @afterId");
      values.afterId = after.id;
    }
  } else {
    order = "d.id DESC";
    if (after) {
      where.push("d.id < @afterId");
      values.afterId = after.id;
    }
  }
  // The SQL is assembled from fixed fragments only; every value is bound.
  const sql = `${SELECT}${where.length ? ` WHERE ${where.join(" AND ")}` : ""} ORDER BY ${order} LIMIT @limit`;
  return statement<[Record<string, string | number>], DefectRow>(db, sql).all(values).map(fromRow);
}

export type TimelineType = (typeof TIMELINE_TYPES)[number];

export interface TimelineRow {
  seq: number;
  at: number;
  type: TimelineType;
  actor: string;
  source: DefectSource | null;
  note: string | null;
  event_seq: number | null;
  /** JSON of a `Relay` when `actor` is a name a device sent. */
  via: string | null;
  /** The photo of a `photo` entry. */
  photo_id: string | null;
}

export function addTimeline(
  db: Db,
  defectId: number,
  entry: {
    at: number;
    type: TimelineType;
    actor: string;
    source?: DefectSource | null;
    note?: string | null;
    eventSeq?: number | null;
    via?: Relay | null;
    photoId?: string | null;
  },
): void {
  statement(
    db,
    "INSERT INTO defect_timeline (defect_id, at, type, actor, source, event_seq, note, via, photo_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
  ).run(
    defectId,
    entry.at,
    entry.type,
    entry.actor,
    entry.source ?? null,
    entry.eventSeq ?? null,
    entry.note ?? null,
    relayColumn(entry.via),
    entry.photoId ?? null,
  );
}

export function timelineOf(db: Db, defectId: number): TimelineRow[] {
  return statement<[number], TimelineRow>(
    db,
    "SELECT seq, at, type, actor, source, note, event_seq, via, photo_id FROM defect_timeline WHERE defect_id = ? ORDER BY seq",
  ).all(defectId);
}

export type SiteDefectCounts = SiteCounts;

/** Per site, what its unresolved defects add up to: one pass over the unresolved-defects index. */
export function unresolvedCountsBySite(
  db: Db,
  now: number,
  site?: string,
): Map<string, SiteDefectCounts> {
  // One statement per shape: with `(@site IS NULL OR site_id = @site)` SQLite cannot search by
  // site and summed every unresolved defect for one site's page (10x slower at 10,000 defects).
  const sql = `SELECT site_id, count(*) AS open, sum(status = 'open') AS unacknowledged, sum(severity = 'high') AS high, sum(severity = 'medium') AS medium,
       sum(severity = 'low') AS low, sum(due_at < @now) AS overdue, min(opened_at) AS oldestOpenedAt
     FROM defects WHERE status <> 'resolved'`;
  type Row = Omit<SiteDefectCounts, "worst"> & { site_id: string };
  if (site !== undefined) {
    const rows = statement<[{ now: number; site: string }], Row>(
      db,
      `${sql} AND site_id = @site GROUP BY site_id`,
    ).all({ now, site });
    const worst = worstOpenBySite(db, now, site);
    return new Map(
      rows.map(({ site_id, ...counts }) => [
        site_id,
        { ...counts, worst: worst.get(site_id) ?? [] },
      ]),
    );
  }
  // Every board asks for all sites, often; the sum over every open defect is kept until a
  // defect changes, or for a second at most, so that overdue counts follow the clock.
  const cache = cacheOf(db);
  const kept = cache.siteCounts;
  if (kept && now >= kept.at && now - kept.at < SITE_COUNTS_TTL_MS) return kept.counts;
  const rows = statement<[{ now: number }], Row>(db, `${sql} GROUP BY site_id`).all({ now });
  const worst = worstOpenBySite(db, now);
  const counts = new Map(
    rows.map(({ site_id, ...c }) => [site_id, { ...c, worst: worst.get(site_id) ?? [] }]),
  );
  cache.siteCounts = { at: now, counts };
  return counts;
}

const SITE_COUNTS_TTL_MS = 1000;

/** How many of a site's worst defects a tile and the wall board name. */
export const WORST_PER_SITE = 3;

/**
 * Each site's worst unresolved defects, by name: high before medium before low, overdue first,
 * then the oldest. What a tile says is wrong, not just how many things are.
 */
function worstOpenBySite(db: Db, now: number, site?: string): Map<string, WorstOpen[]> {
  type Row = {
    site_id: string;
    id: number;
    fault: string;
    severity: string;
    status: string;
    asset_name: string | null;
    asset_id: string;
    zone_name: string | null;
    opened_at: number;
    overdue: number;
  };
  const params: { now: number; n: number; site?: string } = { now, n: WORST_PER_SITE };
  if (site !== undefined) params.site = site;
  const rows = statement<[typeof params], Row>(
    db,
    `SELECT * FROM (
       SELECT d.site_id, d.id, d.fault, d.severity, d.status, d.asset_id, d.opened_at,
         a.name AS asset_name, z.name AS zone_name, coalesce(d.due_at < @now, 0) AS overdue,
         row_number() OVER (PARTITION BY d.site_id ORDER BY
           CASE d.severity WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END,
           coalesce(d.due_at < @now, 0) DESC, d.opened_at, d.id) AS rank
       FROM defects d
       LEFT JOIN assets a ON a.site_id = d.site_id AND a.id = d.asset_id
       LEFT JOIN zones z ON z.site_id = d.site_id AND z.id = d.zone_id
       WHERE d.status <> 'resolved' ${site === undefined ? "" : "AND d.site_id = @site"}
     ) WHERE rank <= @n ORDER BY site_id, rank`,
  ).all(params);
  const bySite = new Map<string, WorstOpen[]>();
  for (const r of rows) {
    const list = bySite.get(r.site_id) ?? [];
    list.push({
      id: r.id,
      fault: r.fault,
      severity: r.severity,
      status: r.status,
      assetName: r.asset_name ?? r.asset_id,
      zoneName: r.zone_name ?? "",
      openedAt: r.opened_at,
      overdue: r.overdue === 1,
    });
    bySite.set(r.site_id, list);
  }
  return bySite;
}

/** A site's defects opened in `[from, to)`, oldest first: the daily report's "failed". */
export function defectsOpenedBetween(
  db: Db,
  site: string,
  from: number,
  to: number,
): StoredDefect[] {
  return statement<[string, number, number], DefectRow>(
    db,
    `${SELECT} WHERE d.site_id = ? AND d.opened_at >= ? AND d.opened_at < ? ORDER BY d.opened_at, d.id`,
  )
    .all(site, from, to)
    .map(fromRow);
}

/**
 * A site's defects opened before `to` and not resolved before `from`: open at some moment of
 * `[from, to)` (with `from = to`, open at that instant). Oldest first.
 */
export function defectsOpenDuring(
  db: Db,
  site: string,
  from: number,
  to: number,
  fault?: Fault,
): StoredDefect[] {
  const sql = `${SELECT} WHERE d.site_id = @site AND d.opened_at < @to
     AND (d.resolved_at IS NULL OR d.resolved_at >= @from)`;
  if (fault === undefined)
    return statement<[{ site: string; from: number; to: number }], DefectRow>(
      db,
      `${sql} ORDER BY d.opened_at, d.id`,
    )
      .all({ site, from, to })
      .map(fromRow);
  return statement<[{ site: string; from: number; to: number; fault: string }], DefectRow>(
    db,
    `${sql} AND d.fault = @fault ORDER BY d.opened_at, d.id`,
  )
    .all({ site, from, to, fault })
    .map(fromRow);
}

/** A comment on a defect's timeline; its count on the defect follows. */
export function addComment(
  db: Db,
  defectId: number,
  comment: { at: number; actor: string; text: string },
): void {
  addTimeline(db, defectId, {
    at: comment.at,
    type: "comment",
    actor: comment.actor,
    note: comment.text,
  });
  statement(db, "UPDATE defects SET comments = comments + 1 WHERE id = ?").run(defectId);
}

/** The last resolved defect of a fault on an asset: whether a new one is a fix that did not hold. */
export function lastResolvedOf(
  db: Db,
  site: string,
  asset: string,
  fault: Fault,
): { id: number; status: "resolved"; resolvedAt: number } | undefined {
  const row = statement<[string, string, string], { id: number; resolved_at: number }>(
    db,
    `SELECT id, resolved_at FROM defects WHERE site_id = ? AND asset_id = ? AND fault = ? AND status = 'resolved'
     ORDER BY resolved_at DESC LIMIT 1`,
  ).get(site, asset, fault);
  return row && { id: row.id, status: "resolved", resolvedAt: row.resolved_at };
}

/** Defects by id, those that exist, in no particular order. */
export function getDefects(db: Db, ids: readonly number[]): StoredDefect[] {
  return statement<[string], DefectRow>(
    db,
    `${SELECT} WHERE d.id IN (SELECT value FROM json_each(?))`,
  )
    .all(JSON.stringify(ids))
    .map(fromRow);
}
