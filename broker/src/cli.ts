import { parseArgs } from "node:util";
import { idSchema } from "@bulbcheck/shared";
import { type Logger, pino } from "pino";
import { createBroker } from "./broker.ts";
import { type BrokerConfig, brokerOptionsOf, readConfig } from "./config.ts";
import {
  loadCredentialsFile,
  RehashWriter,
  saveCredentialsFile,
  watchCredentialsFile,
} from "./credentials/credentials-file.ts";
import { generateSecret } from "./credentials/secret-hash.ts";
import { makeDataFolder, widerThanPrivate, widerThanPrivateWarning } from "./data-folder.ts";

const USAGE = `Usage: bulbcheck-broker [command] [options]

Commands:
  serve (default)                     run the MQTT broker (TCP and WebSocket)
  add-device --site SITE --id ID      provision a device; prints its secret once
  add-service --id ID [--publish F]... [--subscribe F]...
                                      add a service account (ingester, bridge, monitor)
  remove --id ID                      revoke a device or service; live connections close
  list                                list provisioned devices and services

Settings come from the environment (see README): BULBCHECK_DATA_DIR, BULBCHECK_MQTT_HOST,
BULBCHECK_MQTT_PORT, BULBCHECK_WS_PORT, BULBCHECK_MAX_PACKET_BYTES, BULBCHECK_LOG_LEVEL, ...
Credentials live in $BULBCHECK_DATA_DIR/broker-credentials.json (hashes only).`;

class UsageError extends Error {}

function createLogger(level: BrokerConfig["logLevel"]): Logger {
  if (!process.stdout.isTTY) return pino({ level, name: "broker" });
  return pino({
    level,
    name: "broker",
    transport: { target: "pino-pretty", options: { ignore: "pid,hostname" } },
  });
}

async function serve(config: BrokerConfig): Promise<void> {
  const logger = createLogger(config.logLevel);
  makeDataFolder(config.dataDir);
  const rehashes = new RehashWriter(config.credentialsFile);
  const credentials = await loadCredentialsFile(config.credentialsFile, {
    onRehash: rehashes.note,
  });
  const broker = await createBroker({
    credentials,
    ...brokerOptionsOf(config),
    sessions: { path: config.sessionsFile, synchronous: config.databaseSync },
    logger,
  });
  // Everything in the data folder is secret: say so when others may read it (files made here
  // are private already; the WAL and shared memory follow the session database's mode).
  const wide = widerThanPrivate(config.dataDir);
  if (wide.length > 0)
    logger.warn(
      { dataDir: config.dataDir, wide: wide.map((w) => `${w.path} ${w.mode}`) },
      widerThanPrivateWarning(wide),
    );
  const known = credentials.toFile();
  logger.info(
    {
      devices: known.devices.length,
      services: known.services.length,
      file: config.credentialsFile,
    },
    known.devices.length === 0
      ? "no devices provisioned yet: add one with `pnpm broker add-device --site SITE --id ID`"
      : "credentials loaded",
  );
  const unwatch = watchCredentialsFile(config.credentialsFile, credentials, {
    changed: (ids) => {
      for (const id of ids) broker.disconnect(id);
      logger.info({ revokedOrChanged: ids }, "credentials reloaded");
    },
    failed: (error) =>
      logger.error(
        { err: error },
        "credentials file not reloaded; the previous credentials stay in force",
      ),
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) {
      logger.warn("second signal: exiting now");
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, "stopping: finishing in-flight work (press Ctrl-C again to force)");
    unwatch();
    broker
      .close({ timeoutMs: 8000 })
      .then(() => rehashes.flush())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, "unclean stop");
          process.exit(1);
        },
      );
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
}

function required(value: string | undefined, flag: string): string {
  if (!value) throw new UsageError(`${flag} is required`);
  const id = idSchema.safeParse(value);
  if (!id.success)
    throw new UsageError(`${flag} ${JSON.stringify(value)}: ${id.error.issues[0]?.message}`);
  return value;
}

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      site: { type: "string" },
      id: { type: "string" },
      publish: { type: "string", multiple: true },
      subscribe: { type: "string", multiple: true },
      help: { type: "boolean", short: "h" },
    },
  });
  const command = positionals[0] ?? "serve";
  if (values.help || command === "help") {
    console.log(USAGE);
    return;
  }
  const config = readConfig();
  if (command === "serve") return serve(config);

  const credentials = await loadCredentialsFile(config.credentialsFile);
  switch (command) {
    case "add-device": {
      const site = required(values.site, "--site");
      const id = required(values.id, "--id");
      if (credentials.lookup(id))
        throw new UsageError(`${id} exists already; remove it first to issue a new secret`);
      const secret = generateSecret();
      credentials.set({ kind: "device", id, site, secretHash: credentials.hash(secret) });
      await saveCredentialsFile(config.credentialsFile, credentials);
      console.log(
        `device ${id} of site ${site} added.\nsecret (shown once, store it on the device): ${secret}`,
      );
      return;
    }
    case "add-service": {
      const id = required(values.id, "--id");
      if (credentials.lookup(id))
        throw new UsageError(`${id} exists already; remove it first to issue a new secret`);
      const secret = generateSecret();
      const acl = { publish: values.publish ?? [], subscribe: values.subscribe ?? [] };
      credentials.set({ kind: "service", id, secretHash: credentials.hash(secret), ...acl });
      await saveCredentialsFile(config.credentialsFile, credentials);
      console.log(
        `service ${id} added (publish: ${acl.publish.join(" ") || "nothing"}; subscribe: ${acl.subscribe.join(" ") || "nothing"}).`,
      );
      console.log(`secret (shown once): ${secret}`);
      return;
    }
    case "remove": {
      const id = required(values.id, "--id");
      if (!credentials.delete(id)) throw new UsageError(`no device or service ${id}`);
      await saveCredentialsFile(config.credentialsFile, credentials);
      console.log(`${id} removed; a running broker closes its connection.`);
      return;
    }
    case "list": {
      const file = credentials.toFile();
      for (const d of file.devices) console.log(`device   ${d.id}  site ${d.site}`);
      for (const s of file.services)
        console.log(
          `service  ${s.id}  publish ${s.publish.join(",") || "-"}  subscribe ${s.subscribe.join(",") || "-"}`,
        );
      if (file.devices.length + file.services.length === 0) console.log("nothing provisioned yet");
      return;
    }
    default:
      throw new UsageError(`unknown command ${JSON.stringify(command)}`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const usage =
    error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
  console.error(
    `bulbcheck-broker: ${(error as Error).message}${usage ? "\n\nRun with --help for usage." : ""}`,
  );
  process.exit(usage ? 2 : 1);
});
