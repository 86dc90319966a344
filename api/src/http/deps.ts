import type { DuePolicy } from "@bulbcheck/shared";
import type { Logger } from "pino";
import type { DemoRemoval } from "../demo/demo-removal.ts";
import type { ChangeFeed } from "../engine/change-feed.ts";
import type { HealthMonitor } from "../health/monitor.ts";
import type { Ingester } from "../ingest/ingester.ts";
import type { SystemMetrics } from "../metrics/metrics.ts";
import { AddressRanges, LOOPBACK_RANGES } from "../net/ip.ts";
import type { Notifier } from "../notify/notifier.ts";
import type { OutboundPolicy } from "../notify/outbound.ts";
import type { PhotoFiles } from "../photos/photo-files.ts";
import type { Db } from "../store/database.ts";
import type { SessionPolicy } from "./auth.ts";
import type { DeviceEndpoint } from "./device-connection.ts";
import { DEFAULT_SIGN_IN_LIMITS, type SignInLimits } from "./sign-in-guard.ts";

/** What the API knows of the MQTT side: the embedded broker, or the link to an external one. */
export interface BrokerLink {
  mode: "embedded" | "external";
  url?: string;
  connected(): boolean;
  clients?(): number;
  /** Closes a device's live connection; false when the broker cannot (external) or it had none. */
  disconnect(deviceId: string): boolean;
  /** Where devices connect, for their connection details. */
  endpoint: DeviceEndpoint;
}

/** Who may try what how often, and how long a sign-in lasts. */
export interface AccessPolicy {
  sessions: SessionPolicy;
  /** Requests per minute per user or system token; 0 for no limit. */
  requestsPerMinute: number;
  /** Password checks: failures per (username, address) and per address, hashes at once. */
  signIn: SignInLimits;
  /** Reports by QR code (without signing in) per client address in `reportWindowMs`. */
  reportsPerAddress: number;
  reportWindowMs: number;
  /** The proxies whose X-Forwarded-For is believed (BULBCHECK_TRUST_PROXY). */
  trustedProxies: AddressRanges;
}

export const DEFAULT_ACCESS_POLICY: AccessPolicy = {
  sessions: { idleMs: 12 * 3_600_000, maxMs: 30 * 86_400_000 },
  // 10 a second, shared by all of one user's tabs and boards. A page the dashboard shows costs
  // 1 to 4 calls and a live board none per change (it applies the stream's events), so a person
  // clicking as fast as they can read stays far below; a runaway script does not.
  requestsPerMinute: 600,
  signIn: DEFAULT_SIGN_IN_LIMITS,
  reportsPerAddress: 20,
  reportWindowMs: 10 * 60_000,
  // The dashboard, on this machine, passes each browser's address on.
  trustedProxies: AddressRanges.parse(LOOPBACK_RANGES),
};

export interface ApiDeps {
  db: Db;
  feed: ChangeFeed;
  ingester: Ingester;
  broker: BrokerLink;
  logger: Logger;
  duePolicy: DuePolicy;
  /** `BULBCHECK_RECURRENCE_DAYS`: a fault back within it is a fix that did not hold. */
  recurrenceDays: number;
  /** Epoch ms; injectable so that tests decide what "now" and "overdue" mean. */
  now: () => number;
  version: string;
  /** The commit it was built from (`dev` when unknown). */
  commit: string;
  startedAt: number;
  access: AccessPolicy;
  /** Removes the demo chain. */
  demo: DemoRemoval;
  /** Sends test messages; its store is the database. */
  notifier: Notifier;
  /** Where notification channels may point: checked when one is saved, and at every send. */
  outbound: OutboundPolicy;
  /** What `/api/health` answers: the monitor checks again at each request. */
  health: HealthMonitor;
  /** The figures `/metrics` shows; HTTP requests are counted into it. */
  metrics: SystemMetrics;
  /** Who may read `/metrics` without a token (BULBCHECK_METRICS_ALLOW). */
  metricsAllow: AddressRanges;
  /**
   * The dashboard's address as people reach it (BULBCHECK_PUBLIC_URL, no trailing slash), for
   * the links QR codes carry; undefined when not set.
   */
  publicUrl: string | undefined;
  /** The photos' image files, in the data folder. */
  photos: PhotoFiles;
  /** Check every answer against its route's declaration (tests do); see RouterOptions. */
  checkResponses: boolean;
  /** Called after a user's password was changed (by them or an admin), once it is committed. */
  onPasswordChanged?: (username: string) => void;
}
