import type { DuePolicy } from "@bulbcheck/shared";
import type { Logger } from "pino";
import type { ChangeFeed } from "../engine/change-feed.ts";
import type { Ingester } from "../ingest/ingester.ts";
import type { Notifier } from "../notify/notifier.ts";
import type { Db } from "../store/database.ts";
import type { SessionPolicy } from "./auth.ts";

/** What the API knows of the MQTT side: the embedded broker, or the link to an external one. */
export interface BrokerLink {
  mode: "embedded" | "external";
  url?: string;
  connected(): boolean;
  clients?(): number;
  /** Closes a device's live connection; false when the broker cannot (external) or it had none. */
  disconnect(deviceId: string): boolean;
}

/** Who may try what how often, and how long a sign-in lasts. */
export interface AccessPolicy {
  sessions: SessionPolicy;
  /** Requests per minute per user or system token; 0 for no limit. */
  requestsPerMinute: number;
  /** Failed sign-ins allowed per client address, and per username, in `signInWindowMs`. */
  signInFailuresPerAddress: number;
  signInFailuresPerUser: number;
  signInWindowMs: number;
  /** Reports by QR code (without signing in) per client address in `reportWindowMs`. */
  reportsPerAddress: number;
  reportWindowMs: number;
  /** Take the client address from X-Forwarded-For when the request comes from loopback. */
  trustLoopbackProxy: boolean;
}

export const DEFAULT_ACCESS_POLICY: AccessPolicy = {
  sessions: { idleMs: 12 * 3_600_000, maxMs: 30 * 86_400_000 },
  // 100 a second: far above what a person's pages or a busy live board ask for (a board reloads
  // its data at most about three times a second), far below what a runaway script sends.
  requestsPerMinute: 6000,
  signInFailuresPerAddress: 20,
  signInFailuresPerUser: 5,
  signInWindowMs: 15 * 60_000,
  reportsPerAddress: 20,
  reportWindowMs: 10 * 60_000,
  trustLoopbackProxy: true,
};

export interface ApiDeps {
  db: Db;
  feed: ChangeFeed;
  ingester: Ingester;
  broker: BrokerLink;
  logger: Logger;
  duePolicy: DuePolicy;
  /** Epoch ms; injectable so that tests decide what "now" and "overdue" mean. */
  now: () => number;
  version: string;
  startedAt: number;
  access: AccessPolicy;
  /** Sends test messages; its store is the database. */
  notifier: Notifier;
  /** Check every answer against its route's declaration (tests do); see RouterOptions. */
  checkResponses: boolean;
  /** Called after a user's password was changed (by them or an admin), once it is committed. */
  onPasswordChanged?: (username: string) => void;
}
