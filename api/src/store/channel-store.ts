import type { ChannelKind } from "@bulbcheck/shared";
import type { Db } from "./database.ts";
import { statement } from "./statements.ts";

/**
 * Where a channel sends: a URL for web channels, addresses for e-mail; the in-app channel needs
 * nothing (its people are the managers of each defect's site).
 */
export type ChannelTarget =
  | { kind: "webhook" | "slack" | "teams"; url: string }
  | { kind: "email"; to: string[] }
  | { kind: "in_app" };

export type Channel = ChannelTarget & {
  id: number;
  name: string;
  /** Signs webhook bodies; null for the other kinds. */
  secret: string | null;
  enabled: boolean;
  createdAt: number;
  updatedAt: number;
};

interface ChannelRow {
  id: number;
  name: string;
  kind: ChannelKind;
  config: string;
  secret: string | null;
  enabled: number;
  created_at: number;
  updated_at: number;
}

function fromRow(row: ChannelRow): Channel {
  // `config` is only ever written from a target the shared schema accepted.
  const config = JSON.parse(row.config) as { url?: string; to?: string[] };
  const target: ChannelTarget =
    row.kind === "email"
      ? { kind: "email", to: config.to ?? [] }
      : row.kind === "in_app"
        ? { kind: "in_app" }
        : { kind: row.kind, url: config.url ?? "" };
  return {
    ...target,
    id: row.id,
    name: row.name,
    secret: row.secret,
    enabled: row.enabled === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function configOf(target: ChannelTarget): string {
  if (target.kind === "in_app") return "{}";
  return JSON.stringify(target.kind === "email" ? { to: target.to } : { url: target.url });
}

export function insertChannel(
  db: Db,
  channel: { name: string; target: ChannelTarget; secret: string | null },
  now: number,
): number {
  const result = statement(
    db,
    `INSERT INTO notify_channels (name, kind, config, secret, enabled, created_at, updated_at)
     VALUES (?, ?, ?, ?, 1, ?, ?)`,
  ).run(channel.name, channel.target.kind, configOf(channel.target), channel.secret, now, now);
  return Number(result.lastInsertRowid);
}

export function updateChannel(
  db: Db,
  id: number,
  change: { name: string; target: ChannelTarget; enabled: boolean },
  now: number,
): void {
  statement(
    db,
    "UPDATE notify_channels SET name = ?, config = ?, enabled = ?, updated_at = ? WHERE id = ?",
  ).run(change.name, configOf(change.target), change.enabled ? 1 : 0, now, id);
}

export function setChannelSecret(db: Db, id: number, secret: string, now: number): void {
  statement(db, "UPDATE notify_channels SET secret = ?, updated_at = ? WHERE id = ?").run(
    secret,
    now,
    id,
  );
}

export function getChannel(db: Db, id: number): Channel | undefined {
  const row = statement<[number], ChannelRow>(db, "SELECT * FROM notify_channels WHERE id = ?").get(
    id,
  );
  return row && fromRow(row);
}

export function listChannels(db: Db): Channel[] {
  return statement<[], ChannelRow>(db, "SELECT * FROM notify_channels ORDER BY name, id")
    .all()
    .map(fromRow);
}

/**
 * Deletes a channel with its delivery log: what was pending for it has nowhere to go any more.
 * The audit log keeps who deleted it. Runs inside the caller's transaction.
 */
export function deleteChannel(db: Db, id: number): void {
  statement(
    db,
    "DELETE FROM notify_attempts WHERE delivery_id IN (SELECT id FROM notify_deliveries WHERE channel_id = ?)",
  ).run(id);
  statement(db, "DELETE FROM notify_deliveries WHERE channel_id = ?").run(id);
  statement(db, "DELETE FROM notify_channels WHERE id = ?").run(id);
}
