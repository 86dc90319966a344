import { dateOfDay, type MessageKind, offsetsOf, QUARTER_HOUR_MS } from "@bulbcheck/shared";
import type { Db } from "./database.ts";
import { statement } from "./statements.ts";

/** Rejected payloads are kept up to this size: enough to see what went wrong, not a dump. */
export const REJECTED_PAYLOAD_CAP = 1024;

export interface NewEvent {
  device: string;
  /** The device's idempotency key; status messages have none. */
  eventId: string | null;
  site: string;
  kind: MessageKind;
  asset: string | null;
  at: number;
  receivedAt: number;
  payload: string;
}

/**
 * Appends an event; `undefined` when the device already sent this event id (stored once, as an
 * event or as a heartbeat).
 */
export function insertEvent(db: Db, event: NewEvent): number | undefined {
  const result = statement(
    db,
    `INSERT INTO events (device_id, event_id, site_id, kind, asset_id, at, received_at, payload)
     SELECT @device, @eventId, @site, @kind, @asset, @at, @receivedAt, @payload
     WHERE NOT EXISTS (SELECT 1 FROM heartbeats WHERE device_id = @device AND event_id = @eventId)
     ON CONFLICT DO NOTHING`,
  ).run(event);
  return result.changes === 0 ? undefined : Number(result.lastInsertRowid);
}

/**
 * Keeps a heartbeat that changes nothing as its idempotency key and arrival (migration 013);
 * false when the device already sent this id, as a heartbeat or as an event.
 */
export function insertHeartbeat(
  db: Db,
  heartbeat: { device: string; eventId: string; receivedAt: number },
): boolean {
  return (
    statement(
      db,
      `INSERT INTO heartbeats (device_id, event_id, received_at)
       SELECT @device, @eventId, @receivedAt
       WHERE NOT EXISTS (SELECT 1 FROM events WHERE device_id = @device AND event_id = @eventId)
       ON CONFLICT DO NOTHING`,
    ).run(heartbeat).changes === 1
  );
}

/** The messages kept: events and heartbeats. */
export function countEvents(db: Db, device?: string): number {
  const row = device
    ? statement<[{ device: string }], { n: number }>(
        db,
        `SELECT (SELECT count(*) FROM events WHERE device_id = @device)
           + (SELECT count(*) FROM heartbeats WHERE device_id = @device) AS n`,
      ).get({ device })
    : statement<[], { n: number }>(
        db,
        "SELECT (SELECT count(*) FROM events) + (SELECT count(*) FROM heartbeats) AS n",
      ).get();
  return row?.n ?? 0;
}

export interface NewRejection {
  device: string | null;
  site: string | null;
  topic: string;
  reason: string;
  message: string;
  /** What the message speaks of, for words in the reader's language (migration 021). */
  params: Readonly<Record<string, string | number>>;
  payload: Uint8Array;
  receivedAt: number;
}

export function insertRejected(db: Db, rejection: NewRejection): number {
  const capped = rejection.payload.subarray(0, REJECTED_PAYLOAD_CAP);
  const result = statement(
    db,
    `INSERT INTO rejected_events (device_id, site_id, topic, reason, message, params, payload, payload_size, received_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    rejection.device,
    rejection.site,
    rejection.topic,
    rejection.reason,
    rejection.message,
    JSON.stringify(rejection.params),
    Buffer.from(capped.buffer, capped.byteOffset, capped.byteLength),
    rejection.payload.byteLength,
    rejection.receivedAt,
  );
  return Number(result.lastInsertRowid);
}

export interface RejectedRow {
  seq: number;
  device_id: string | null;
  site_id: string | null;
  topic: string;
  reason: string;
  message: string;
  /** JSON; null for a refusal recorded before migration 021. */
  params: string | null;
  payload: Buffer;
  payload_size: number;
  received_at: number;
}

export function rejectedOfDevice(db: Db, device: string, limit: number): RejectedRow[] {
  return statement<[string, number], RejectedRow>(
    db,
    "SELECT * FROM rejected_events WHERE device_id = ? ORDER BY seq DESC LIMIT ?",
  ).all(device, limit);
}

/** Records a check-in; says whether it came before its checkpoint was due. */
export function recordInspection(
  db: Db,
  inspection: {
    site: string;
    checkpoint: string;
    device: string;
    staff: string | null;
    result: string;
    at: number;
    eventSeq: number;
  },
): boolean {
  const due = statement<[string, string], { due_at: number | null }>(
    db,
    "SELECT due_at FROM checkpoints WHERE site_id = ? AND id = ?",
  ).get(inspection.site, inspection.checkpoint);
  const onTime = due?.due_at === null || due?.due_at === undefined || inspection.at <= due.due_at;
  statement(
    db,
    `INSERT INTO inspections (site_id, checkpoint_id, device_id, staff, result, at, event_seq, on_time)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    inspection.site,
    inspection.checkpoint,
    inspection.device,
    inspection.staff,
    inspection.result,
    inspection.at,
    inspection.eventSeq,
    onTime ? 1 : 0,
  );
  // Check-ins may arrive out of order (a device resending): the latest time wins.
  statement(
    db,
    `UPDATE checkpoints SET last_checked_at = max(coalesce(last_checked_at, 0), ?)
     WHERE site_id = ? AND id = ?`,
  ).run(inspection.at, inspection.site, inspection.checkpoint);
  return onTime;
}

/**
 * Per day of a site, on its own clock (issue 21): check-ins, those on time, and checks missed
 * (overdue raised). Grouped by quarter hour in SQL (every zone's offset is whole quarter hours)
 * and into the site's days here.
 */
export function complianceByDay(
  db: Db,
  site: string,
  from: number,
  timeZone: string,
): { day: string; checks: number; onTime: number; missed: number }[] {
  const slots = statement<
    [{ site: string; from: number }],
    { slot: number; checks: number; onTime: number; missed: number }
  >(
    db,
    `SELECT slot, sum(checks) AS checks, sum(on_time) AS onTime, sum(missed) AS missed FROM (
       SELECT at / ${QUARTER_HOUR_MS} AS slot, 1 AS checks, on_time, 0 AS missed
         FROM inspections WHERE site_id = @site AND at >= @from
       UNION ALL
       SELECT opened_at / ${QUARTER_HOUR_MS}, 0, 0, 1
         FROM defects WHERE site_id = @site AND fault = 'inspection_overdue' AND opened_at >= @from
     ) GROUP BY slot ORDER BY slot`,
  ).all({ site, from });
  const zone = offsetsOf(timeZone);
  const days = new Map<string, { day: string; checks: number; onTime: number; missed: number }>();
  for (const s of slots) {
    const day = dateOfDay(zone.dayOf(s.slot * QUARTER_HOUR_MS));
    const d = days.get(day) ?? { day, checks: 0, onTime: 0, missed: 0 };
    d.checks += s.checks;
    d.onTime += s.onTime;
    d.missed += s.missed;
    days.set(day, d);
  }
  return [...days.values()];
}

/** What one batch learned about a device, written once per batch rather than once per message. */
export interface DeviceActivity {
  lastSeenAt: number;
  events: number;
  rejected: number;
  battery?: number | undefined;
  online?: boolean | undefined;
  /** What the device said of each asset by `health` in the batch, the latest: [state, at]. */
  health?: Record<string, [state: "ok" | "fault", at: number]> | undefined;
}

export function recordDeviceActivity(db: Db, device: string, activity: DeviceActivity): void {
  statement(
    db,
    `UPDATE devices SET
       last_seen_at = max(coalesce(last_seen_at, 0), @lastSeenAt),
       events = events + @events,
       rejected = rejected + @rejected,
       battery = coalesce(@battery, battery),
       online = coalesce(@online, online),
       health = CASE WHEN @health IS NULL THEN health ELSE json_patch(health, @health) END
     WHERE id = @device`,
  ).run({
    device,
    lastSeenAt: activity.lastSeenAt,
    events: activity.events,
    rejected: activity.rejected,
    battery: activity.battery ?? null,
    online: activity.online === undefined ? null : activity.online ? 1 : 0,
    health: activity.health ? JSON.stringify(activity.health) : null,
  });
}
