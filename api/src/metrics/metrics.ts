import { statfsSync, statSync } from "node:fs";
import type { BrokerStats } from "@bulbcheck/broker";
import { healthConditionCodeSchema } from "@bulbcheck/shared";
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import type { HealthEvaluation } from "../health/monitor.ts";
import type { Db } from "../store/database.ts";
import { deliveriesByChannel, devicesBySite, unresolvedDefects } from "../store/metrics-store.ts";
import { photoBytes } from "../store/photo-store.ts";

/** Where the figures come from, read at each scrape. */
export interface MetricSources {
  db: Db;
  now: () => number;
  ingest: () => {
    messages: number;
    batches: number;
    failedBatches: number;
    outcomes: Record<string, number>;
    rejectedByReason: Partial<Record<string, number>>;
  };
  /** The embedded broker's counters; absent when ingesting from another broker. */
  broker?: () => BrokerStats;
  /** Whether the API is connected to its broker. */
  brokerConnected: () => boolean;
  sseClients: () => number;
  /** Rows retention deleted since the start, by log. */
  retentionDeleted: () => Readonly<Partial<Record<string, number>>>;
  /** The health monitor's evaluation now. */
  health: () => HealthEvaluation;
  /** The database file; its `-wal` beside it. */
  databaseFile: string;
  /** The folder whose file system's free space is reported. */
  dataDir: string;
}

const PREFIX = "bulbcheck_";

const HEALTH_STATUS_VALUE = { ok: 0, degraded: 1, fail: 2 } as const;

/** Milliseconds to seconds, as Prometheus measures time. */
const seconds = (ms: number) => ms / 1000;

/**
 * The system's figures in the Prometheus text format: counts kept where they happen (ingest,
 * broker, HTTP), state read from the database at scrape time, and Node's own (event-loop delay,
 * memory, CPU) from prom-client. Its own registry, never prom-client's global one, so that two
 * systems in one process (the tests) do not share figures.
 */
export class SystemMetrics {
  readonly registry = new Registry();
  readonly #batchSize: Histogram;
  readonly #commitSeconds: Histogram;
  readonly #publishToCommit: Histogram;
  readonly #http: Counter<"route" | "method" | "status">;
  readonly #httpSeconds: Histogram<"route" | "method">;

  constructor(sources: MetricSources) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry, prefix: PREFIX });

    this.#batchSize = new Histogram({
      name: `${PREFIX}ingest_batch_size`,
      help: "Messages committed together in one transaction (group commit)",
      buckets: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000],
      registers,
    });
    this.#commitSeconds = new Histogram({
      name: `${PREFIX}ingest_commit_seconds`,
      help: "Time to write and commit one ingest batch",
      buckets: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1],
      registers,
    });
    this.#publishToCommit = new Histogram({
      name: `${PREFIX}ingest_publish_to_commit_seconds`,
      help: "From a publish's arrival to its commit, after which it is acknowledged",
      buckets: [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    });
    this.#http = new Counter({
      name: `${PREFIX}http_requests_total`,
      help: "HTTP requests answered, by route (as declared, not the path asked), method and status",
      labelNames: ["route", "method", "status"],
      registers,
    });
    this.#httpSeconds = new Histogram({
      name: `${PREFIX}http_request_seconds`,
      help: "Time to answer an HTTP request (to its headers, for a stream)",
      labelNames: ["route", "method"],
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
      registers,
    });

    // Counts the ingester keeps: read at each scrape, so the hot path does not change.
    counterFrom(registers, "ingest_messages_total", "Messages the ingester took", [], () => [
      [{}, sources.ingest().messages],
    ]);
    counterFrom(
      registers,
      "ingest_messages_by_outcome_total",
      "Messages by outcome: stored, duplicate (an id stored before), rejected (kept with a reason), replayed (a retained message sent again)",
      ["outcome"],
      () => Object.entries(sources.ingest().outcomes).map(([outcome, n]) => [{ outcome }, n]),
    );
    counterFrom(
      registers,
      "ingest_rejected_total",
      "Messages rejected, by reason (docs/contract.md's faults)",
      ["reason"],
      () =>
        Object.entries(sources.ingest().rejectedByReason).map(([reason, n]) => [
          { reason },
          n ?? 0,
        ]),
    );
    counterFrom(
      registers,
      "ingest_failed_batches_total",
      "Batches the database refused (a full disk, say): not acknowledged, sent again by their devices",
      [],
      () => [[{}, sources.ingest().failedBatches]],
    );

    gaugeFrom(
      registers,
      "broker_connected",
      "1 when the API is connected to its broker",
      [],
      () => [[{}, sources.brokerConnected() ? 1 : 0]],
    );
    if (sources.broker) {
      const broker = sources.broker;
      gaugeFrom(
        registers,
        "mqtt_connections",
        "Open MQTT connections, by transport",
        ["transport"],
        () => {
          const { tcp, tls, ws, wss } = broker().connections;
          return [
            [{ transport: "tcp" }, tcp],
            [{ transport: "tls" }, tls],
            [{ transport: "ws" }, ws],
            [{ transport: "wss" }, wss],
          ];
        },
      );
      counterFrom(registers, "mqtt_connects_total", "CONNECTs accepted", [], () => [
        [{}, broker().connects.accepted],
      ]);
      counterFrom(
        registers,
        "mqtt_connects_refused_total",
        "CONNECTs refused, by reason (bad credentials, banned, limits, protocol)",
        ["reason"],
        () => entries(broker().connects.refused),
      );
      counterFrom(
        registers,
        "mqtt_publishes_refused_total",
        "PUBLISHes refused, by reason",
        ["reason"],
        () => entries(broker().publishes.refused),
      );
      counterFrom(registers, "mqtt_closes_total", "Connections closed, by reason", ["reason"], () =>
        entries(broker().closed),
      );
      gaugeFrom(
        registers,
        "mqtt_login_bans",
        "Device ids and addresses banned for failed logins now",
        [],
        () => [[{}, broker().activeBans]],
      );
    }
    gaugeFrom(registers, "sse_clients", "Open live streams (dashboards, wall boards)", [], () => [
      [{}, sources.sseClients()],
    ]);

    counterFrom(
      registers,
      "retention_deleted_total",
      "Rows retention deleted for their age, by log (events, heartbeats, audit_log, ...)",
      ["log"],
      () => Object.entries(sources.retentionDeleted()).map(([log, n]) => [{ log }, n ?? 0]),
    );
    // Health: every condition always has a sample, so that an alert can wait for it to be 1.
    gaugeFrom(
      registers,
      "health_condition",
      "1 while a health condition holds (docs/api.md#health), 0 otherwise",
      ["condition"],
      () => {
        const holding = new Set(sources.health().conditions.map((c) => c.code));
        return healthConditionCodeSchema.options.map((code) => [
          { condition: code },
          holding.has(code) ? 1 : 0,
        ]);
      },
    );
    gaugeFrom(
      registers,
      "health_status",
      "What /api/health says: 0 ok, 1 degraded, 2 fail",
      [],
      () => [[{}, HEALTH_STATUS_VALUE[sources.health().status]]],
    );

    // State, from the database.
    gaugeFrom(
      registers,
      "open_defects",
      "Unresolved defects, by site and status (open, acknowledged)",
      ["site", "status"],
      () =>
        unresolvedDefects(sources.db, sources.now()).map((r) => [
          { site: r.site, status: r.status },
          r.n,
        ]),
    );
    gaugeFrom(
      registers,
      "overdue_defects",
      "Unresolved defects past their due time, by site",
      ["site"],
      () => {
        const bySite = new Map<string, number>();
        for (const r of unresolvedDefects(sources.db, sources.now()))
          bySite.set(r.site, (bySite.get(r.site) ?? 0) + r.overdue);
        return [...bySite].map(([site, n]) => [{ site }, n]);
      },
    );
    gaugeFrom(registers, "devices", "Devices that are not revoked, by site", ["site"], () =>
      devicesBySite(sources.db).map((r) => [{ site: r.site }, r.total]),
    );
    gaugeFrom(registers, "devices_offline", "Devices offline, by site", ["site"], () =>
      devicesBySite(sources.db).map((r) => [{ site: r.site }, r.offline]),
    );
    gaugeFrom(
      registers,
      "notify_deliveries",
      "Notification deliveries, by channel and state (pending, sending, sent, failed, uncertain)",
      ["channel", "kind", "state"],
      () =>
        deliveriesByChannel(sources.db).map((r) => [
          { channel: r.channel, kind: r.kind, state: r.state },
          r.n,
        ]),
    );
    gaugeFrom(registers, "database_bytes", "Size of the database files", ["file"], () => [
      [{ file: "database" }, fileSize(sources.databaseFile)],
      [{ file: "wal" }, fileSize(`${sources.databaseFile}-wal`)],
    ]);
    gaugeFrom(
      registers,
      "photo_bytes",
      "Bytes of the defects' photos in the data folder (images and thumbnails)",
      [],
      () => [[{}, photoBytes(sources.db)]],
    );
    gaugeFrom(
      registers,
      "disk_free_bytes",
      "Free space on the data folder's file system",
      [],
      () => {
        const fs = statfsSync(sources.dataDir);
        return [[{}, fs.bavail * fs.bsize]];
      },
    );
  }

  /** One committed batch: its size, its commit time, and when each message in it arrived. */
  batchCommitted(
    size: number,
    commitMs: number,
    receivedAt: readonly number[],
    committedAt: number,
  ) {
    this.#batchSize.observe(size);
    this.#commitSeconds.observe(seconds(commitMs));
    for (const at of receivedAt)
      this.#publishToCommit.observe(seconds(Math.max(0, committedAt - at)));
  }

  /** One answered HTTP request. */
  httpAnswered(route: string, method: string, status: number, ms: number): void {
    this.#http.inc({ route, method, status: String(status) });
    this.#httpSeconds.observe({ route, method }, seconds(ms));
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}

type Labels = Record<string, string>;
type Samples = [Labels, number][];
type Reading = [
  registers: Registry[],
  name: string,
  help: string,
  labelNames: string[],
  read: () => Samples,
];

function entries(counts: Partial<Record<string, number>>): Samples {
  return Object.entries(counts).map(([reason, n]) => [{ reason }, n ?? 0]);
}

/**
 * A metric read at each scrape: a gauge, or a counter whose running total is kept elsewhere
 * (the ingester's, the broker's) and copied in.
 */
function readAtScrape(
  kind: "counter" | "gauge",
  ...[registers, name, help, labelNames, read]: Reading
): void {
  const options = { name: `${PREFIX}${name}`, help, labelNames, registers };
  if (kind === "counter")
    new Counter({
      ...options,
      collect() {
        this.reset();
        for (const [labels, value] of read()) this.inc(labels, value);
      },
    });
  else
    new Gauge({
      ...options,
      collect() {
        this.reset();
        for (const [labels, value] of read()) this.set(labels, value);
      },
    });
}

const counterFrom = (...args: Reading) => readAtScrape("counter", ...args);
const gaugeFrom = (...args: Reading) => readAtScrape("gauge", ...args);

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
