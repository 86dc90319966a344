import type { Db } from "./database.ts";
import { statement } from "./statements.ts";

/** Who gets the daily bulb report, for which sites, at which local hour. */
export interface ReportSubscription {
  id: number;
  name: string;
  /** null: every site. */
  sites: string[] | null;
  hour: number;
  timezone: string;
  channels: number[];
  enabled: boolean;
  /** The local date of the last morning it was sent. */
  lastSentFor: string | null;
  createdAt: number;
}

interface Row {
  id: number;
  name: string;
  sites: string | null;
  hour: number;
  timezone: string;
  channels: string;
  enabled: number;
  last_sent_for: string | null;
  created_at: number;
}

function fromRow(row: Row): ReportSubscription {
  return {
    id: row.id,
    name: row.name,
    sites: row.sites === null ? null : (JSON.parse(row.sites) as string[]),
    hour: row.hour,
    timezone: row.timezone,
    channels: JSON.parse(row.channels) as number[],
    enabled: row.enabled === 1,
    lastSentFor: row.last_sent_for,
    createdAt: row.created_at,
  };
}

export type SubscriptionFields = Omit<ReportSubscription, "id" | "createdAt">;

export function insertSubscription(db: Db, sub: SubscriptionFields, now: number): number {
  const result = statement(
    db,
    `INSERT INTO notify_reports (name, sites, hour, timezone, channels, enabled, last_sent_for, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    sub.name,
    sub.sites === null ? null : JSON.stringify(sub.sites),
    sub.hour,
    sub.timezone,
    JSON.stringify(sub.channels),
    sub.enabled ? 1 : 0,
    sub.lastSentFor,
    now,
  );
  return Number(result.lastInsertRowid);
}

export function updateSubscription(db: Db, id: number, sub: SubscriptionFields): void {
  statement(
    db,
    `UPDATE notify_reports SET name = ?, hour = ?, timezone = ?, channels = ?, enabled = ?, last_sent_for = ?
     WHERE id = ?`,
  ).run(
    sub.name,
    sub.hour,
    sub.timezone,
    JSON.stringify(sub.channels),
    sub.enabled ? 1 : 0,
    sub.lastSentFor,
    id,
  );
}

export function markSubscriptionSent(db: Db, id: number, localDate: string): void {
  statement(db, "UPDATE notify_reports SET last_sent_for = ? WHERE id = ?").run(localDate, id);
}

export function deleteSubscription(db: Db, id: number): void {
  statement(db, "DELETE FROM notify_reports WHERE id = ?").run(id);
}

export function getSubscription(db: Db, id: number): ReportSubscription | undefined {
  const row = statement<[number], Row>(db, "SELECT * FROM notify_reports WHERE id = ?").get(id);
  return row && fromRow(row);
}

export function listSubscriptions(db: Db): ReportSubscription[] {
  return statement<[], Row>(db, "SELECT * FROM notify_reports ORDER BY name, id")
    .all()
    .map(fromRow);
}

/** The subscriptions that name `channel`. */
export function subscriptionsUsingChannel(db: Db, channel: number): ReportSubscription[] {
  return statement<[number], Row>(
    db,
    "SELECT * FROM notify_reports r WHERE EXISTS (SELECT 1 FROM json_each(r.channels) c WHERE c.value = ?)",
  )
    .all(channel)
    .map(fromRow);
}
