import {
  type AssigneeView,
  type DefectStatus,
  type DefectView,
  type DeviceView,
  isConfirmed,
  isOverdue,
  type RefusalParams,
  type Severity,
  type SiteSummary,
  siteStatusOf,
  type TimelineEntry,
  type TokenView,
  type UserView,
} from "@bulbcheck/shared";
import { assigneeLabel } from "../engine/assignment.ts";
import {
  relayFrom,
  type SiteDefectCounts,
  type StoredDefect,
  type TimelineRow,
} from "../store/defect-store.ts";
import type { RejectedRow } from "../store/event-store.ts";
import type { DeviceRow, SiteRow } from "../store/registry-store.ts";
import type { TokenRow } from "../store/token-store.ts";
import { scopeFromColumn, type UserRow } from "../store/user-store.ts";

/** The store speaks epoch milliseconds; the API speaks ISO-8601 UTC. */
export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

export function isoOrNull(ms: number | null | undefined): string | null {
  return ms === null || ms === undefined ? null : iso(ms);
}

export function defectView(d: StoredDefect, now: number): DefectView {
  return {
    id: d.id,
    site: d.site,
    zone: d.zone,
    asset: d.asset,
    assetName: d.assetName,
    customerVisible: d.customerVisible,
    fault: d.fault,
    category: d.category,
    severity: d.severity,
    status: d.status,
    source: d.source,
    reports: d.reports,
    reporters: d.reporters,
    firstSeenAt: iso(d.firstSeenAt),
    lastSeenAt: iso(d.lastSeenAt),
    openedAt: iso(d.openedAt),
    dueAt: iso(d.dueAt),
    overdue: isOverdue(d, now),
    acknowledgedAt: isoOrNull(d.acknowledgedAt),
    acknowledgedBy: d.acknowledgedBy,
    resolvedAt: isoOrNull(d.resolvedAt),
    resolvedBy: d.resolvedBy,
    resolvedVia: d.resolvedVia,
    assignee: assigneeView(d),
    assignedAt: isoOrNull(d.assignedAt),
    assignedBy: d.assignedBy,
    hold:
      d.status === "on_hold" && d.hold
        ? { reason: d.hold.reason, since: iso(d.hold.since), by: d.hold.by }
        : null,
    cause: d.cause,
    recurrenceOf: d.recurrenceOf,
    reopens: d.reopens,
    comments: d.comments,
    ...evidenceView(d),
  };
}

/** Evidence from every source (docs/api.md#evidence). */
function evidenceView(
  d: StoredDefect,
): Pick<DefectView, "evidence" | "confirmed" | "afterPassedRound" | "suspect"> {
  return {
    evidence: d.evidence.map((e) => ({
      channel: e.channel,
      reporter: e.reporter,
      firstAt: iso(e.firstAt),
      lastAt: iso(e.lastAt),
      reports: e.reports,
    })),
    confirmed: isConfirmed(d.evidence),
    afterPassedRound: d.afterRound && {
      checkpoint: d.afterRound.checkpoint,
      checkpointName: d.afterRound.checkpointName,
      at: iso(d.afterRound.at),
      staff: d.afterRound.staff,
    },
    suspect: d.suspect && { ...d.suspect, okAt: iso(d.suspect.okAt) },
  };
}

function assigneeView(d: StoredDefect): AssigneeView | null {
  if (d.assignee === null) return null;
  if ("team" in d.assignee)
    return {
      team: d.assignee.team,
      name: assigneeLabel(d.assignee, { user: null, siteName: d.siteName }),
    };
  const user = d.assigneeUser ?? { username: `user-${d.assignee.user}`, name: "a removed user" };
  return { user: user.username, name: user.name };
}

export function timelineView(row: TimelineRow): TimelineEntry {
  return {
    at: iso(row.at),
    type: row.type,
    actor: row.actor,
    source: row.source,
    note: row.note,
    event: row.event_seq,
    via: relayFrom(row.via),
    photo: row.photo_id,
  };
}

const NO_DEFECTS: SiteDefectCounts = {
  open: 0,
  unacknowledged: 0,
  high: 0,
  medium: 0,
  low: 0,
  overdue: 0,
  oldestOpenedAt: null,
  worst: [],
};

export function siteSummaryView(
  site: SiteRow,
  counts: SiteDefectCounts | undefined,
  devices: { devices: number; offline: number } | undefined,
  inspections: { checkpoints: number; onTime: number } | undefined,
): SiteSummary {
  const c = counts ?? NO_DEFECTS;
  return {
    id: site.id,
    name: site.name,
    address: site.address,
    timezone: site.timezone,
    demo: site.demo === 1,
    language: site.language,
    retired: site.retired_at !== null,
    status: siteStatusOf(c),
    openDefects: c.open,
    unacknowledged: c.unacknowledged,
    bySeverity: { high: c.high, medium: c.medium, low: c.low },
    overdue: c.overdue,
    oldestOpenedAt: isoOrNull(c.oldestOpenedAt),
    devices: devices?.devices ?? 0,
    offlineDevices: devices?.offline ?? 0,
    inspections: inspections ?? { checkpoints: 0, onTime: 0 },
    worst: c.worst.map((w) => ({
      id: w.id,
      fault: w.fault,
      severity: w.severity as Severity,
      status: w.status as DefectStatus,
      asset: w.assetName,
      zone: w.zoneName,
      openedAt: iso(w.openedAt),
      overdue: w.overdue,
    })),
  };
}

export function deviceView(row: DeviceRow): DeviceView {
  return {
    id: row.id,
    site: row.site_id,
    kind: row.kind,
    name: row.name,
    intervalSeconds: row.interval_seconds,
    watches: JSON.parse(row.watches) as string[],
    serves: row.serves === null ? null : (JSON.parse(row.serves) as string[]),
    online: row.online === 1,
    revoked: row.secret_hash === null,
    retired: row.retired_at !== null,
    lastSeenAt: isoOrNull(row.last_seen_at),
    battery: row.battery,
    events: row.events,
    rejected: row.rejected,
  };
}

export function rejectedView(row: RejectedRow) {
  return {
    at: iso(row.received_at),
    topic: row.topic,
    reason: row.reason,
    message: row.message,
    params: row.params === null ? null : (JSON.parse(row.params) as RefusalParams),
    // Shown as text: invalid bytes become U+FFFD, which is what a person needs to see.
    payload: row.payload.toString("utf8"),
    size: row.payload_size,
    truncated: row.payload.byteLength < row.payload_size,
  };
}

export function userView(row: UserRow): UserView {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    sites: scopeFromColumn(row.sites),
    createdAt: iso(row.created_at),
    disabledAt: isoOrNull(row.disabled_at),
    lastLoginAt: isoOrNull(row.last_login_at),
    email: row.email,
    phone: row.phone,
  };
}

export function tokenView(row: TokenRow): TokenView {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    sites: scopeFromColumn(row.sites),
    owner: row.owner,
    createdAt: iso(row.created_at),
    lastUsedAt: isoOrNull(row.last_used_at),
    revokedAt: isoOrNull(row.revoked_at),
  };
}
