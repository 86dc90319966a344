import type { HealthConditionCode, HealthStatus } from "@bulbcheck/shared";
import type { BackupState } from "../store/backup-state-store.ts";

/** Something counted as it happened: `n` of them in the check that saw them at `at`. */
export interface Occurrence {
  at: number;
  n: number;
}

/** A notification channel whose attempts have failed since its last success. */
export interface FailingChannel {
  id: number;
  name: string;
  kind: string;
  /** The first failed attempt after the last one that went through. */
  firstFailedAt: number;
  failures: number;
  lastError: string | null;
}

/** The dashboard as the composition root's probe last found it. */
export interface DashboardReading {
  answering: boolean;
  /** Since when it has (not) answered. */
  since: number;
  error?: string | undefined;
}

/** What the monitor reads at each check; every part is read by a thin adapter (readings.ts). */
export interface HealthReadings {
  /** While the store refuses writes (the ingester's store fault). */
  storeFault?: { code: string; message: string; since: number; refused: number } | undefined;
  broker: { mode: "embedded" | "external"; connected: boolean };
  /** Free bytes on the data folder's file system; undefined when it cannot be read. */
  freeBytes: number | undefined;
  failingChannels: FailingChannel[];
  /** Undefined where no dashboard runs beside the API (tests, an API alone). */
  dashboard: DashboardReading | undefined;
  /** CONNECTs the embedded broker refused at its connection limits, as the checks saw them. */
  limitRefusals: Occurrence[];
  backup: BackupState;
  /**
   * The slowest publish-to-commit wait (ms) per second of commits, of the last `recentMs`: on the
   * wall clock, as the broker stamps arrivals, so the adapter keeps the window.
   */
  commitWaits: Occurrence[];
  /** How long the oldest publish queued now has waited (ms); 0 when none waits. */
  queuedForMs: number;
}

/** Thresholds, from the settings; 0 turns a check off where said. */
export interface HealthLimits {
  /** Below this many free bytes: `disk_low`; 0: not checked. */
  diskMinFreeBytes: number;
  /** A channel failing this long: `channel_failing`. */
  channelFailedMs: number;
  /** The last good backup older than this: `backup_stale`; 0: not checked. */
  backupMaxAgeMs: number;
  /** A publish waiting longer than this for its commit: `ingest_backlog`. */
  ingestMaxWaitMs: number;
  /** How far back refusals and slow commits count. */
  recentMs: number;
}

/** One thing wrong, as the rules find it. */
export interface Finding {
  code: HealthConditionCode;
  /** Tells apart two findings of one code (two failing channels). */
  key: string;
  severity: "degraded" | "fail";
  /** When it began, where the reading knows; else the monitor's first sight of it. */
  since: number | undefined;
  /** Public: no addresses, URLs, names or figures an outsider could use. */
  message: string;
  action: string;
  /** For admins. */
  detail?: string;
}

const MB = 1024 * 1024;
const minutes = (ms: number) => Math.max(1, Math.round(ms / 60_000));
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * The health rules: from what the monitor read to what is wrong. Pure, so that each rule is
 * tested without making the fault happen (health.test.ts makes each happen for real).
 */
export function findConditions(r: HealthReadings, limits: HealthLimits, now: number): Finding[] {
  const found: Finding[] = [];
  const add = (f: Omit<Finding, "key"> & { key?: string }) => found.push({ key: f.code, ...f });

  if (r.storeFault)
    add({
      code: "database_write",
      severity: "fail",
      since: r.storeFault.since,
      message: "the database refuses writes: devices' messages are not stored",
      action:
        "free space on the data folder's disk (or fix the I/O error in the log); devices send what was refused again",
      detail: `${r.storeFault.code}: ${r.storeFault.message}; ${r.storeFault.refused} publishes refused`,
    });
  if (!r.broker.connected)
    add({
      code: "broker_link",
      severity: "fail",
      since: undefined,
      message: "the link to the MQTT broker is down: nothing is ingested",
      action: "check that the broker runs and that BULBCHECK_MQTT_URL and its account are right",
    });
  if (
    limits.diskMinFreeBytes > 0 &&
    r.freeBytes !== undefined &&
    r.freeBytes < limits.diskMinFreeBytes
  )
    add({
      code: "disk_low",
      severity: "degraded",
      since: undefined,
      message: "free space on the data folder's disk is low",
      action:
        "free space or grow the disk before the database stops taking writes (BULBCHECK_DISK_MIN_FREE_MB sets the threshold)",
      detail: `${Math.floor(r.freeBytes / MB)} MB free, below ${Math.floor(limits.diskMinFreeBytes / MB)} MB`,
    });
  for (const channel of r.failingChannels) {
    const failingMs = now - channel.firstFailedAt;
    if (failingMs < limits.channelFailedMs) continue;
    add({
      code: "channel_failing",
      key: `channel_failing:${channel.id}`,
      severity: "degraded",
      since: channel.firstFailedAt,
      message: `a notification channel has failed for ${minutes(failingMs)} min: its messages do not arrive`,
      action:
        "open Notifications, Deliveries: each attempt's error says why; fix the receiver or the channel, then retry",
      detail: `channel "${channel.name}" (#${channel.id}, ${channel.kind}): ${channel.failures} failed ${channel.failures === 1 ? "attempt" : "attempts"} in a row${channel.lastError ? `; the last: ${channel.lastError}` : ""}`,
    });
  }
  if (r.dashboard && !r.dashboard.answering)
    add({
      code: "dashboard_down",
      severity: "degraded",
      since: r.dashboard.since,
      message: "the dashboard does not answer",
      action:
        "check the service's log for the dashboard's error; restarting the service starts it again",
      ...(r.dashboard.error ? { detail: r.dashboard.error } : {}),
    });
  const refusals = recent(r.limitRefusals, now, limits.recentMs);
  if (refusals.length > 0)
    add({
      code: "connections_refused",
      severity: "degraded",
      since: refusals[0]?.at,
      message: "devices are refused at the broker's connection limits",
      action:
        "raise BULBCHECK_MAX_CONNECTIONS, BULBCHECK_MAX_CONNECTIONS_PER_ADDRESS or the service's open-file limit (LimitNOFILE), or find who opens so many connections",
      detail: `${sum(refusals)} connections refused in the last ${minutes(limits.recentMs)} min`,
    });
  const { backup } = r;
  if (backup.lastErrorAt !== null)
    add({
      code: "backup_failed",
      severity: "degraded",
      since: backup.lastErrorAt,
      message: "the last backup failed",
      action:
        "read the error, fix it (space, permissions of the backup folder) and take a backup again",
      detail: backup.lastError ?? undefined,
    });
  if (
    limits.backupMaxAgeMs > 0 &&
    (backup.lastOkAt === null || now - backup.lastOkAt > limits.backupMaxAgeMs)
  )
    add({
      code: "backup_stale",
      severity: "degraded",
      since: backup.lastOkAt === null ? undefined : backup.lastOkAt + limits.backupMaxAgeMs,
      message:
        backup.lastOkAt === null
          ? "there is no good backup yet"
          : `the last good backup is ${Math.floor((now - backup.lastOkAt) / 3_600_000)} h old`,
      action: "check that backups run (bulbcheck backup, BULBCHECK_BACKUP_HOURS) and succeed",
      ...(backup.lastOkFile
        ? { detail: `last good backup: ${backup.lastOkFile} at ${iso(backup.lastOkAt as number)}` }
        : {}),
    });
  const slow = r.commitWaits.filter((w) => w.n > limits.ingestMaxWaitMs);
  if (slow.length > 0 || r.queuedForMs > limits.ingestMaxWaitMs) {
    const worst = Math.max(r.queuedForMs, ...slow.map((w) => w.n));
    add({
      code: "ingest_backlog",
      severity: "degraded",
      since: slow.length > 0 ? Math.min(...slow.map((w) => w.at)) : now - r.queuedForMs,
      message: "devices' messages wait too long before they are stored",
      action:
        "look for what holds the database (a backup or a script writing to it) or a slow disk; devices wait for their acknowledgements meanwhile",
      detail: `up to ${(worst / 1000).toFixed(1)} s from arrival to commit (threshold ${(limits.ingestMaxWaitMs / 1000).toFixed(1)} s)`,
    });
  }
  return found;
}

/** `fail` if anything fails, `degraded` if anything else is wrong, `ok` otherwise. */
export function statusOf(findings: readonly Pick<Finding, "severity">[]): HealthStatus {
  if (findings.some((f) => f.severity === "fail")) return "fail";
  return findings.length > 0 ? "degraded" : "ok";
}

function recent(occurrences: readonly Occurrence[], now: number, windowMs: number): Occurrence[] {
  return occurrences.filter((o) => o.n > 0 && now - o.at <= windowMs).sort((a, b) => a.at - b.at);
}

const sum = (occurrences: readonly Occurrence[]) => occurrences.reduce((n, o) => n + o.n, 0);
