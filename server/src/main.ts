import { realpathSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { type RunningSystem, startSystem } from "@bulbcheck/api";
import { type DashboardServer, startDashboard } from "@bulbcheck/dashboard/serve";
import type { StartedSim } from "@bulbcheck/device-sim";
import { type Logger, pino } from "pino";
import { banner } from "./banner.ts";
import { readBuildInfo } from "./build-info.ts";
import { readServerConfig, type ServerConfig } from "./config.ts";
import { DashboardProbe } from "./dashboard-probe.ts";
import { startDemo } from "./demo.ts";
import { applyEnvFile } from "./env-file.ts";

/**
 * `pnpm start` and `bulbcheck serve`: the composition root. The system (broker, ingestion,
 * store, API), the dashboard and the demo fleet in one process, stopped cleanly by Ctrl-C or
 * SIGTERM. `pnpm start` runs this file's source as `exec node --import tsx server/src/main.ts`,
 * `bulbcheck serve` its build (dist/main.js) through `main()` with the release's defaults.
 *
 * How a signal reaches it: pnpm runs a script as `sh -c "<script>"` and, on SIGTERM, signals
 * that shell, which dies without passing it on, so the server went on without its parent
 * (and held its ports). `exec` makes the server the shell itself: pnpm's signal is the
 * server's. Not the `tsx` command either: that one runs the program as its child, relays a
 * signal and SIGKILLs the child unless it confirms within 30 ms, which a server busy with a batch
 * cannot promise (shutdown.test.ts).
 */

/** Beyond this a stop is not graceful any more: exit rather than hang. */
const STOP_TIMEOUT_MS = 10_000;

function createLogger(level: ServerConfig["system"]["broker"]["logLevel"]): Logger {
  if (!process.stdout.isTTY) return pino({ level });
  return pino({
    level,
    transport: { target: "pino-pretty", options: { ignore: "pid,hostname" } },
  });
}

export interface MainOptions {
  /** The command's arguments: `--env-file FILE` at most. */
  argv: string[];
  /** Settings where neither the environment nor the environment file sets them. */
  defaults?: Record<string, string>;
}

const USAGE = "usage: [--env-file FILE]   (settings: README, docs/deploy.md)";

export async function main(options: MainOptions): Promise<void> {
  let config: ServerConfig;
  try {
    const { argv, file, applied, overridden } = applyEnvFile({
      argv: options.argv,
      env: process.env,
      defaults: options.defaults,
    });
    parseArgs({ args: argv, options: {}, strict: true });
    if (file) {
      const also = overridden.length ? `; the environment's own ${overridden.join(", ")} win` : "";
      console.log(`Settings: ${applied.length} from ${file}${also}`);
    }
    config = readServerConfig();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    if ((error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) console.error(USAGE);
    process.exit(2);
  }
  const logger = createLogger(config.system.broker.logLevel);
  const build = readBuildInfo();
  let system: RunningSystem;
  let sim: StartedSim | undefined;
  const probe = new DashboardProbe();
  try {
    system = await startSystem(config.system, {
      logger,
      build,
      // Health reads the dashboard's state from here: this process serves it.
      health: { dashboard: probe.reading },
      // An admin removed the demo chain: its simulator stops with it.
      onDemoRemoval: () => {
        void sim?.runner.stop();
        sim = undefined;
      },
    });
  } catch (error) {
    console.error(`Bulb Check did not start: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
  let dashboard: DashboardServer | undefined;
  try {
    dashboard = config.dashboard
      ? await startDashboard({
          apiUrl: system.apiUrl,
          ...config.dashboard,
          build,
        })
      : undefined;
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    console.error(`The dashboard did not start: ${why}`);
    probe.failedToStart(why);
  }
  if (dashboard) await probe.watch(dashboard.url);
  console.log(banner(system, config, dashboard, process.stdout.isTTY === true));
  sim = await startDemo(system, config, logger);

  let stopping = false;
  const stop = (signal: string) => {
    // Ctrl-C under `pnpm start` arrives twice: from the terminal, and as pnpm passes it on. A
    // repeat is the same request; the timer below bounds the stop either way.
    if (stopping) {
      console.log(`${signal}: already stopping (${STOP_TIMEOUT_MS / 1000} s at most)`);
      return;
    }
    stopping = true;
    console.log(`\n${signal}: stopping (in-flight messages are committed first)...`);
    const timer = setTimeout(() => {
      console.error(`not stopped after ${STOP_TIMEOUT_MS / 1000} s: exiting now`);
      process.exit(1);
    }, STOP_TIMEOUT_MS);
    timer.unref();
    probe.stop();
    (sim ? sim.runner.stop() : Promise.resolve())
      .then(() => system.stop())
      .then(
        () => {
          console.log("stopped");
          process.exit(0);
        },
        (error: unknown) => {
          console.error("stop failed:", error);
          process.exit(1);
        },
      );
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  // A renewed TLS certificate (docs/tls-and-proxies.md): the broker reads it again, and logs a
  // refused one. Only with a TLS listener on; otherwise SIGHUP keeps its default.
  const broker = system.broker;
  if (broker && config.system.broker.tls)
    process.on("SIGHUP", () => {
      logger.info("SIGHUP: reading the TLS certificate and key again");
      broker.reloadTls().catch(() => {});
    });
}

/** Whether this module is the program (`node main.js`), not imported by `bulbcheck serve`. */
function isProgram(): boolean {
  const program = process.argv[1];
  try {
    return program !== undefined && pathToFileURL(realpathSync(program)).href === import.meta.url;
  } catch {
    return false;
  }
}

if (isProgram()) await main({ argv: process.argv.slice(2) });
