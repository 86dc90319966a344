import type { DeviceKind } from "./api/fleet.ts";
import {
  type DefectCategory,
  FAULT_CATALOG,
  type Fault,
  raiseSeverity,
  type Severity,
} from "./faults.ts";

/**
 * The defect rules of the contract (docs/contract.md) as pure functions: no clock, no I/O. Times are epoch milliseconds,
 * always passed in, so that the engine, the tests and the simulator agree on every decision.
 */

/** `on_hold` (addition): waiting for something (parts, a contractor), with a reason and a new due time. */
export const DEFECT_STATUSES = ["open", "acknowledged", "on_hold", "resolved"] as const;
export type DefectStatus = (typeof DEFECT_STATUSES)[number];

export const DEFECT_SOURCES = ["sensor", "staff", "customer", "system"] as const;
export type DefectSource = (typeof DEFECT_SOURCES)[number];

export type SiteStatus = "red" | "amber" | "green";

const HOUR = 3_600_000;

/** How long a defect of each severity may stay unresolved before it is overdue. */
export type DuePolicy = Readonly<Record<Severity, number>>;

export const DEFAULT_DUE_POLICY: DuePolicy = { high: 4 * HOUR, medium: 24 * HOUR, low: 72 * HOUR };

/** Reporters remembered per defect; beyond this only the count grows (the event log has all). */
export const MAX_REPORTERS = 20;

/** The asset a report is about, as the registry knows it. */
export interface AssetRef {
  site: string;
  zone: string;
  asset: string;
  customerVisible: boolean;
}

export interface Report {
  fault: Fault;
  source: DefectSource;
  /** Who reported: a device id, a staff name, a user. */
  reporter: string;
  at: number;
}

export interface Defect {
  site: string;
  zone: string;
  asset: string;
  fault: Fault;
  category: DefectCategory;
  severity: Severity;
  status: DefectStatus;
  /** The source of the first report. */
  source: DefectSource;
  reports: number;
  reporters: string[];
  firstSeenAt: number;
  lastSeenAt: number;
  openedAt: number;
  dueAt: number;
  acknowledgedAt: number | null;
  acknowledgedBy: string | null;
  resolvedAt: number | null;
  resolvedBy: string | null;
  /** Set when `resolvedBy` is a name a device sent: a claim relayed by it, not a person signed in. */
  resolvedVia: Relay | null;
  /** Who works on it: one user, or a role's team at the defect's site (issue 20). */
  assignee: Assignee | null;
  assignedAt: number | null;
  assignedBy: string | null;
  /** Why it is on hold, while it is (`on_hold`). */
  hold: Hold | null;
  /** What fixed it (a cause of its category, `shared/src/causes.ts`), once resolved. */
  cause: string | null;
  /** The status it had when it was resolved: what an undo goes back to. */
  resolvedFrom: Exclude<DefectStatus, "resolved"> | null;
  /** The earlier defect of the same fault on the same asset whose fix did not hold. */
  recurrenceOf: number | null;
  /** How often it was reopened after being resolved. */
  reopens: number;
}

/** A user by id (the API shows the username), or every user of a role who may see the site. */
export type Assignee = { user: number } | { team: TeamRole };

/** The roles a team can be made of: those who work on defects. */
export const TEAM_ROLES = ["staff", "manager"] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export interface Hold {
  reason: string;
  since: number;
  by: string;
}

/**
 * The device a name came through: a `staff` field of a `resolve` or `checkin`. The device is
 * authenticated, the name is not: it is what someone typed or a firmware was set up with.
 */
export interface Relay {
  device: string;
  kind: DeviceKind;
}

export interface Actor {
  at: number;
  by: string;
  /** Set when `by` is a name a device sent rather than who signed in (or the device itself). */
  via?: Relay | null | undefined;
}

export type Transition =
  | { ok: true; defect: Defect }
  | { ok: false; reason: "already_acknowledged" | "already_resolved" };

/** A fault's severity on an asset: the catalog's, one level higher where customers can see it. */
export function severityOf(fault: Fault, customerVisible: boolean): Severity {
  const base = FAULT_CATALOG[fault].severity;
  return customerVisible ? raiseSeverity(base) : base;
}

export function dueAtOf(
  openedAt: number,
  severity: Severity,
  policy: DuePolicy = DEFAULT_DUE_POLICY,
): number {
  return openedAt + policy[severity];
}

export function openDefect(
  asset: AssetRef,
  report: Report,
  policy: DuePolicy = DEFAULT_DUE_POLICY,
): Defect {
  const severity = severityOf(report.fault, asset.customerVisible);
  return {
    site: asset.site,
    zone: asset.zone,
    asset: asset.asset,
    fault: report.fault,
    category: FAULT_CATALOG[report.fault].category,
    severity,
    status: "open",
    source: report.source,
    reports: 1,
    reporters: [report.reporter],
    firstSeenAt: report.at,
    lastSeenAt: report.at,
    openedAt: report.at,
    dueAt: dueAtOf(report.at, severity, policy),
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
  };
}

/**
 * Adds a repeated report of the same fault to an unresolved defect. Reports may arrive out of
 * order (a device resending after a reconnect), so first and last seen are a min and a max.
 */
export function mergeReport(defect: Defect, report: Report): Defect {
  if (defect.status === "resolved") throw new Error("cannot merge a report into a resolved defect");
  if (defect.fault !== report.fault) throw new Error("cannot merge a report of another fault");
  const known =
    defect.reporters.includes(report.reporter) || defect.reporters.length >= MAX_REPORTERS;
  return {
    ...defect,
    reports: defect.reports + 1,
    reporters: known ? defect.reporters : [...defect.reporters, report.reporter],
    firstSeenAt: Math.min(defect.firstSeenAt, report.at),
    lastSeenAt: Math.max(defect.lastSeenAt, report.at),
  };
}

/**
 * A sensor repeating, at its heartbeat, a fault it has already reported: the defect is seen
 * again, not reported again, so that a dead bulb is one report however long it stays dead.
 */
export function isRefresh(defect: Defect, report: Report): boolean {
  return (
    isUnresolved(defect) &&
    defect.fault === report.fault &&
    report.source === "sensor" &&
    defect.reporters.includes(report.reporter)
  );
}

export function refreshDefect(defect: Defect, at: number): Defect {
  return { ...defect, lastSeenAt: Math.max(defect.lastSeenAt, at) };
}

/**
 * One defect per (site, asset, fault) while unresolved: a report merges into the unresolved one,
 * or opens a new defect when there is none (a fault after resolution is a new defect).
 */
export function applyReport(
  current: Defect | undefined,
  asset: AssetRef,
  report: Report,
  policy: DuePolicy = DEFAULT_DUE_POLICY,
): { change: "opened" | "merged"; defect: Defect } {
  if (current && (current.site !== asset.site || current.asset !== asset.asset)) {
    throw new Error("the current defect belongs to another asset");
  }
  if (current && current.status !== "resolved") {
    return { change: "merged", defect: mergeReport(current, report) };
  }
  return { change: "opened", defect: openDefect(asset, report, policy) };
}

/**
 * Acknowledging a defect on hold takes it off hold (work goes on); its first acknowledgement is
 * kept.
 */
export function acknowledge(defect: Defect, { at, by }: Actor): Transition {
  if (defect.status === "resolved") return { ok: false, reason: "already_resolved" };
  if (defect.status === "acknowledged") return { ok: false, reason: "already_acknowledged" };
  return {
    ok: true,
    defect: {
      ...defect,
      status: "acknowledged",
      acknowledgedAt: defect.acknowledgedAt ?? at,
      acknowledgedBy: defect.acknowledgedBy ?? by,
      hold: null,
    },
  };
}

/** Resolving needs no acknowledgement first: a fixed bulb is fixed. */
export function resolve(
  defect: Defect,
  { at, by, via }: Actor,
  cause: string | null = null,
): Transition {
  if (defect.status === "resolved") return { ok: false, reason: "already_resolved" };
  return {
    ok: true,
    defect: {
      ...defect,
      status: "resolved",
      resolvedAt: at,
      resolvedBy: by,
      resolvedVia: via ?? null,
      resolvedFrom: defect.status,
      cause,
    },
  };
}

export function isUnresolved(defect: Pick<Defect, "status">): boolean {
  return defect.status !== "resolved";
}

/** A health `ok` clears what sensors raised on that asset, never what people reported. */
export function isClearedByHealthOk(defect: Pick<Defect, "status" | "source">): boolean {
  return isUnresolved(defect) && defect.source === "sensor";
}

/** A `resolve` message clears the asset's unresolved defects, of one fault when it names one. */
export function isClearedByResolve(
  defect: Pick<Defect, "status" | "site" | "asset" | "fault">,
  target: { site: string; asset: string; fault?: Fault | undefined },
): boolean {
  return (
    isUnresolved(defect) &&
    defect.site === target.site &&
    defect.asset === target.asset &&
    (target.fault === undefined || defect.fault === target.fault)
  );
}

export function isOverdue(defect: Pick<Defect, "status" | "dueAt">, now: number): boolean {
  return isUnresolved(defect) && now > defect.dueAt;
}

/** What site status is decided from: counts of unresolved defects. */
export interface OpenDefectCounts {
  open: number;
  high: number;
  overdue: number;
}

/** `red` when any high-severity or overdue defect is open, `amber` when any is, else `green`. */
export function siteStatusOf({ open, high, overdue }: OpenDefectCounts): SiteStatus {
  if (high > 0 || overdue > 0) return "red";
  return open > 0 ? "amber" : "green";
}

/** {@link siteStatusOf} for a list of defects. */
export function siteStatus(
  defects: Iterable<Pick<Defect, "status" | "severity" | "dueAt">>,
  now: number,
): SiteStatus {
  const counts: OpenDefectCounts = { open: 0, high: 0, overdue: 0 };
  for (const defect of defects) {
    if (!isUnresolved(defect)) continue;
    counts.open++;
    if (defect.severity === "high") counts.high++;
    if (isOverdue(defect, now)) counts.overdue++;
  }
  return siteStatusOf(counts);
}
