import { readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import {
  type BulbBroker,
  brokerOptionsOf,
  createBroker,
  loadCredentialsFile,
  makeDataFolder,
  makePrivateFile,
  RehashWriter,
  widerThanPrivate,
  widerThanPrivateWarning,
} from "@bulbcheck/broker";
import { DEFAULT_DUE_POLICY, type DuePolicy, isDeviceMessageTopic } from "@bulbcheck/shared";
import { type ServerType, serve } from "@hono/node-server";
import type { Logger } from "pino";
import { type AdminTokenState, ensureAdminToken } from "./access/admin-token.ts";
import {
  type AdminUserState,
  ensureAdminUser,
  forgetGeneratedPassword,
} from "./access/first-admin.ts";
import { BackupSchedule } from "./backup/backup-schedule.ts";
import type { SystemConfig } from "./config.ts";
import { DemoRemoval } from "./demo/demo-removal.ts";
import { ChangeFeed } from "./engine/change-feed.ts";
import { Watchdog } from "./engine/watchdog.ts";
import type { DashboardReading } from "./health/conditions.ts";
import type { HealthMonitor } from "./health/monitor.ts";
import { CommitWaits } from "./health/readings.ts";
import { HEALTH_RECENT_MS, startHealthMonitor } from "./health/system-health.ts";
import { createApiApp } from "./http/app.ts";
import { answerClientError } from "./http/client-error.ts";
import type { BrokerLink } from "./http/deps.ts";
import { type DeviceEndpoint, endpointHost } from "./http/device-connection.ts";
import type { StreamHub } from "./http/stream-hub.ts";
import { ExternalIngester } from "./ingest/external-ingester.ts";
import { Ingester } from "./ingest/ingester.ts";
import { RegistryCredentials } from "./ingest/registry-credentials.ts";
import { SystemMetrics } from "./metrics/metrics.ts";
import { CustomerMail } from "./notify/customer-mail.ts";
import { ensureDefaultAttention } from "./notify/default-attention.ts";
import { createMailer } from "./notify/mailer.ts";
import { NoticeMailer } from "./notify/notice-mailer.ts";
import { Notifier, type NotifierTuning } from "./notify/notifier.ts";
import { OutboundPolicy } from "./notify/outbound.ts";
import { PhotoFiles, photoFolderOf } from "./photos/photo-files.ts";
import { Retention } from "./retention/retention.ts";
import { type Db, openDatabase } from "./store/database.ts";
import { deviceSecretKey } from "./store/server-key-store.ts";
import { deleteSessionsEndedBefore } from "./store/session-store.ts";

export interface StartOptions {
  logger: Logger;
  now?: () => number;
  duePolicy?: DuePolicy;
  /** Retry timing and the like, for tests. */
  notifier?: Partial<NotifierTuning>;
  /**
   * Make the default in-app attention rules at the first start (docs/notifications.md, "The
   * default rules"). Default true; tests of other things start without them.
   */
  defaultAttention?: boolean;
  /** Check every API answer against its route's declaration: a mismatch is a 500 (tests). */
  checkResponses?: boolean;
  /**
   * What runs, for `/api/health` and the OpenAPI document: the composition root knows the
   * commit. Default: this package's version, commit `dev`.
   */
  build?: { version: string; commit: string };
  /** Told when an admin starts removing the demo chain (the composition root stops its simulator). */
  onDemoRemoval?: () => void;
  /** What the health monitor reads beyond the system's own parts. */
  health?: {
    /** The composition root's latest probe of the dashboard; absent where none runs. */
    dashboard?: () => DashboardReading | undefined;
    /** Free bytes on the data folder's disk (tests); statfs otherwise. */
    freeBytes?: () => number | undefined;
  };
}

export interface RunningSystem {
  db: Db;
  apiUrl: string;
  /**
   * The embedded broker's MQTT URL (plain, or TLS when the plain listener is off), or the
   * external broker's.
   */
  mqttUrl: string;
  wsUrl: string | undefined;
  /** The embedded broker's TLS listeners, when on. */
  mqttsUrl: string | undefined;
  wssUrl: string | undefined;
  broker: BulbBroker | undefined;
  ingester: Ingester;
  notifier: Notifier;
  /** Tells customers who left an address that their defect is fixed; undefined without SMTP. */
  customerMail: CustomerMail | undefined;
  /** The e-mail to assignees (notice-mailer.ts). */
  noticeMailer: NoticeMailer;
  health: HealthMonitor;
  /** The demo chain's removal: whether it was removed, its state. */
  demo: DemoRemoval;
  adminToken: AdminTokenState;
  adminUser: AdminUserState;
  /** Scheduled backups; undefined when BULBCHECK_BACKUP_DIR is not set. */
  backups: BackupSchedule | undefined;
  /** Graceful stop: no new work, in-flight work committed, then everything closed. */
  stop(): Promise<void>;
}

const VERSION: string = (
  JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
    version: string;
  }
).version;

/**
 * Starts the system: the store, ingestion with the defect engine, the MQTT side (the embedded
 * broker, or a persistent session on an external one) and the HTTP API.
 */
export async function startSystem(
  config: SystemConfig,
  options: StartOptions,
): Promise<RunningSystem> {
  const { logger } = options;
  const now = options.now ?? Date.now;
  makeDataFolder(config.dataDir);
  makePrivateFile(config.databaseFile);
  const db = openDatabase({
    path: config.databaseFile,
    synchronous: config.databaseSync,
    backupDir: config.backup.dir,
    onMigrationBackup: ({ file, from, to }) =>
      logger.info({ file, from, to }, "the database is copied before its migration"),
    now,
  });
  const closers: (() => Promise<void> | void)[] = [
    () => {
      db.close();
    },
  ];
  const stopAll = async () => {
    for (const close of closers.splice(0).reverse()) {
      try {
        await close();
      } catch (error) {
        logger.error({ err: error }, "error while stopping");
      }
    }
  };

  try {
    const adminToken = ensureAdminToken(db, {
      dataDir: config.dataDir,
      fromEnvironment: config.adminToken,
      now: now(),
    });
    const adminUser = await ensureAdminUser(db, {
      dataDir: config.dataDir,
      username: config.adminUser.username,
      password: config.adminUser.password,
      now: now(),
    });
    // Everything in the data folder is secret: say so when others may read it (files made
    // here are private already; the WAL and shared memory follow the database's mode).
    const wide = widerThanPrivate(config.dataDir);
    if (wide.length > 0)
      logger.warn(
        { dataDir: config.dataDir, wide: wide.map((w) => `${w.path} ${w.mode}`) },
        widerThanPrivateWarning(wide),
      );
    const backups = config.backup.schedule
      ? new BackupSchedule({
          db,
          dir: config.backup.dir,
          ...config.backup.schedule,
          logger: logger.child({ part: "backup" }),
          now,
        })
      : undefined;
    if (backups) {
      backups.start();
      // Before the database closes: a backup under way is abandoned, its temp file removed.
      closers.push(() => backups.stop());
    } else
      logger.info(
        "scheduled backups are off: set BULBCHECK_BACKUP_DIR to a folder for them (docs/operations.md)",
      );
    // Sessions over for a month are kept no longer; the audit log has the sign-ins.
    deleteSessionsEndedBefore(db, now() - 30 * 86_400_000);
    const feed = new ChangeFeed();
    const photos = new PhotoFiles(photoFolderOf(config.dataDir));
    const retention = new Retention({
      db,
      photos,
      logger: logger.child({ part: "retention" }),
      now,
      policy: config.retention,
    });
    retention.start();
    closers.push(() => retention.stop());
    // Its sources are read at each scrape: the broker and the live streams start below.
    const parts: {
      broker?: BulbBroker;
      link?: BrokerLink;
      hub?: StreamHub;
      health?: HealthMonitor;
    } = {};
    const metrics = new SystemMetrics({
      db,
      now,
      ingest: () => ingester.stats(),
      ...(config.external ? {} : { broker: () => (parts.broker as BulbBroker).stats() }),
      brokerConnected: () => parts.link?.connected() ?? false,
      sseClients: () => parts.hub?.size ?? 0,
      retentionDeleted: () => retention.deletedSinceStart(),
      health: () => (parts.health as HealthMonitor).check(),
      databaseFile: config.databaseFile,
      dataDir: config.dataDir,
    });
    const ingester = new Ingester({
      db,
      feed,
      logger: logger.child({ part: "ingest" }),
      duePolicy: options.duePolicy ?? DEFAULT_DUE_POLICY,
      recurrenceDays: config.recurrenceDays,
      roundQualityMinutes: config.roundQualityMinutes,
      onCommit: (size, commitMs, receivedAt, committedAt) => {
        metrics.batchCommitted(size, commitMs, receivedAt, committedAt);
        commitWaits.note(receivedAt, committedAt);
      },
    });
    const commitWaits = new CommitWaits(HEALTH_RECENT_MS);
    closers.push(() => ingester.close());
    const watchdog = new Watchdog({
      db,
      feed,
      logger: logger.child({ part: "watchdog" }),
      now,
      duePolicy: options.duePolicy ?? DEFAULT_DUE_POLICY,
    });
    closers.push(() => watchdog.stop());
    const outbound = new OutboundPolicy(config.notify.webhookAllow);
    const notifier = new Notifier({
      db,
      feed,
      logger: logger.child({ part: "notify" }),
      now,
      mailer: config.notify.smtp
        ? createMailer(config.notify.smtp, options.notifier?.retry?.timeoutMs ?? 10_000)
        : undefined,
      publicUrl: config.notify.publicUrl,
      outbound,
      tuning: options.notifier,
    });
    notifier.start();
    // Stopped before the database closes: it settles what it cuts off there.
    closers.push(() => notifier.stop());
    const customerMail = config.notify.smtp
      ? new CustomerMail({
          db,
          feed,
          logger: logger.child({ part: "customer-mail" }),
          now,
          mailer: createMailer(config.notify.smtp, options.notifier?.retry?.timeoutMs ?? 10_000),
          retry: options.notifier?.retry,
          random: options.notifier?.random,
        })
      : undefined;
    customerMail?.start();
    if (customerMail) closers.push(() => customerMail.stop());
    if (options.defaultAttention ?? true) ensureDefaultAttention(db, now());
    // The assignees' e-mail: an outbox of its own, beside the notifier (its own SMTP transport).
    const noticeMailer = new NoticeMailer({
      db,
      feed,
      logger: logger.child({ part: "notice-mail" }),
      now,
      mailer: config.notify.smtp
        ? createMailer(config.notify.smtp, options.notifier?.retry?.timeoutMs ?? 10_000)
        : undefined,
      publicUrl: config.notify.publicUrl,
      ...(options.notifier?.retry ? { retry: options.notifier.retry } : {}),
      ...(options.notifier?.random ? { random: options.notifier.random } : {}),
    });
    noticeMailer.start();
    closers.push(() => noticeMailer.stop());

    let broker: BulbBroker | undefined;
    let link: BrokerLink;
    let mqttUrl: string;
    let wsUrl: string | undefined;
    let mqttsUrl: string | undefined;
    let wssUrl: string | undefined;
    if (config.external) {
      const external = await ExternalIngester.start({
        ...config.external,
        ingester,
        logger: logger.child({ part: "ingest" }),
      });
      closers.push(() => external.close());
      mqttUrl = config.external.url;
      link = {
        mode: "external",
        url: config.external.url,
        connected: () => external.connected,
        // Another broker's connections are not ours to close; revocation there is its admin's.
        disconnect: () => false,
        endpoint: externalEndpoint(config.external.url),
      };
    } else {
      const rehashes = new RehashWriter(config.broker.credentialsFile);
      const services = await loadCredentialsFile(config.broker.credentialsFile, {
        onRehash: rehashes.note,
      });
      const credentials = new RegistryCredentials(db, { key: deviceSecretKey(db), services });
      // Run after the broker has stopped, before the database closes.
      closers.push(() => rehashes.flush());
      closers.push(() => credentials.flush());
      const embedded = await createBroker({
        credentials,
        ...brokerOptionsOf(config.broker),
        logger: logger.child({ part: "broker" }),
        // Stored before acknowledged: the PUBACK leaves only after the commit.
        beforeAck: (publish) => {
          if (publish.principal.kind === "device")
            return ingester.submit({
              topic: publish.topic,
              payload: publish.payload,
              receivedAt: publish.receivedAt,
              authenticatedDevice: publish.principal.id,
              deviceTopic: publish.deviceTopic,
            });
          // A service account (a bridge) publishing where devices do speaks for a device: its
          // message is that device's event, checked against the registry as on the external
          // path, never acknowledged unstored. Its other topics (commands) are only routed.
          if (isDeviceMessageTopic(publish.topic))
            return ingester.submit({
              topic: publish.topic,
              payload: publish.payload,
              receivedAt: publish.receivedAt,
            });
          return undefined;
        },
      });
      broker = embedded;
      parts.broker = embedded;
      closers.push(() => embedded.close({ timeoutMs: 5000 }));
      const { tcp, tls, ws, wss } = embedded.addresses;
      const url = (scheme: string, address: AddressInfo | undefined) =>
        address ? `${scheme}://${urlHost(address)}:${address.port}` : undefined;
      mqttsUrl = url("mqtts", tls);
      wsUrl = url("ws", ws);
      wssUrl = url("wss", wss);
      mqttUrl = url("mqtt", tcp) ?? mqttsUrl ?? wsUrl ?? (wssUrl as string);
      link = {
        mode: "embedded",
        connected: () => true,
        clients: () => embedded.stats().connections.current,
        disconnect: (id) => embedded.disconnect(id),
        endpoint: {
          host: endpointHost(config.notify.publicUrl, config.broker.host),
          port: tcp?.port ?? null,
          tlsPort: tls?.port ?? null,
        },
      };
    }

    parts.link = link;
    const health = startHealthMonitor({
      config,
      logger,
      dashboard: options.health?.dashboard,
      freeBytes: options.health?.freeBytes,
      now,
      db,
      ingester,
      link,
      broker,
      commitWaits,
    });
    parts.health = health;
    closers.push(() => health.stop());
    const demo = new DemoRemoval({
      db,
      now,
      logger: logger.child({ part: "demo" }),
      disconnect: (device) => link.disconnect(device),
      onRemoval: options.onDemoRemoval,
    });
    demo.resume();
    // Stopped before the database closes: it stops after the batch under way.
    closers.push(() => demo.stop());
    const { app, hub } = createApiApp({
      db,
      feed,
      ingester,
      broker: link,
      logger: logger.child({ part: "api" }),
      duePolicy: options.duePolicy ?? DEFAULT_DUE_POLICY,
      recurrenceDays: config.recurrenceDays,
      customerMail: config.notify.smtp !== undefined,
      now,
      version: options.build?.version ?? VERSION,
      commit: options.build?.commit ?? "dev",
      startedAt: now(),
      access: config.access,
      demo,
      checkResponses: options.checkResponses ?? false,
      publicUrl: config.notify.publicUrl,
      photos,
      metrics,
      metricsAllow: config.metricsAllow,
      notifier,
      outbound,
      health,
      onPasswordChanged: (username) => {
        if (forgetGeneratedPassword(config.dataDir, username))
          logger.info(
            { username },
            "the generated admin password file is removed: the password was changed",
          );
      },
    });
    parts.hub = hub;
    const server = await listen(app.fetch, config.apiHost, config.apiPort);
    closers.push(() => {
      hub.closeAll();
      return closeServer(server);
    });
    const address = server.address() as AddressInfo;

    return {
      db,
      apiUrl: `http://${urlHost(address)}:${address.port}`,
      mqttUrl,
      wsUrl,
      mqttsUrl,
      wssUrl,
      broker,
      ingester,
      notifier,
      customerMail,
      noticeMailer,
      health,
      demo,
      adminToken,
      adminUser,
      backups,
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

function urlHost(address: AddressInfo): string {
  return address.family === "IPv6" ? `[${address.address}]` : address.address;
}

function listen(
  fetch: (request: Request) => Response | Promise<Response>,
  hostname: string,
  port: number,
): Promise<ServerType> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, hostname, port }, () => resolve(server));
    server.on("clientError", answerClientError);
    server.once("error", (error: NodeJS.ErrnoException) => {
      reject(
        error.code === "EADDRINUSE"
          ? new Error(`port ${port} is in use: stop what holds it or set BULBCHECK_API_PORT`)
          : error,
      );
    });
  });
}

function closeServer(server: ServerType): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    if ("closeIdleConnections" in server) server.closeIdleConnections();
  });
}

/** Devices of an external broker connect where the ingester does. */
function externalEndpoint(url: string): DeviceEndpoint {
  const { protocol, hostname, port } = new URL(url);
  const tls = protocol === "mqtts:" || protocol === "wss:";
  const number = port ? Number(port) : tls ? 8883 : 1883;
  return {
    host: hostname.replace(/^\[|\]$/g, ""),
    port: tls ? null : number,
    tlsPort: tls ? number : null,
  };
}
