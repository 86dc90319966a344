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
  // 10 a second, shared by all of one user's tabs and boards. A page the dashboard shows costs
  // 1 to 4 calls and a live board none per change (it applies the stream's events), so a person
  // clicking as fast as they can read stays far below; a runaway script does not.
  requestsPerMinute: 600,
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
  /** The commit it was built from (`dev` when unknown). */
  commit: string;
  startedAt: number;
  access: AccessPolicy;
  /** Sends test messages; its store is the database. */
  notifier: Notifier;
  /** Check every answer against its route's declaration (tests do); see RouterOptions. */
  checkResponses: boolean;
  /** Called after a user's password was changed (by them or an admin), once it is committed. */
  onPasswordChanged?: (username: string) => void;
}
