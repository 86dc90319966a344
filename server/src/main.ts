import { type RunningSystem, startSystem } from "@bulbcheck/api";
import { type DashboardServer, startDashboard } from "@bulbcheck/dashboard/serve";
import type { StartedSim } from "@bulbcheck/device-sim";
import { type Logger, pino } from "pino";
import { banner } from "./banner.ts";
import { readServerConfig, type ServerConfig } from "./config.ts";
import { startDemo } from "./demo.ts";

/**
 * `pnpm start`: the composition root. The system (broker, ingestion, store, API), the dashboard
 * and the demo fleet in one process, stopped cleanly by Ctrl-C or SIGTERM. Run it as
 * `node --import tsx server/src/main.ts` (what `pnpm start` does), not with the `tsx` command:
 * that one runs the program as its child, relays a signal and SIGKILLs the child unless it
 * confirms within 30 ms, which a server busy with a batch cannot promise (shutdown.test.ts).
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

async function main(): Promise<void> {
  let config: ServerConfig;
  try {
    config = readServerConfig();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  }
  const logger = createLogger(config.system.broker.logLevel);
  let system: RunningSystem;
  let sim: StartedSim | undefined;
  try {
    system = await startSystem(config.system, {
      logger,
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
        })
      : undefined;
  } catch (error) {
    console.error(`The dashboard did not start: ${error instanceof Error ? error.message : error}`);
  }
  console.log(banner(system, config, dashboard, process.stdout.isTTY === true));
  sim = await startDemo(system, config, logger);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) {
      console.error("second signal: exiting now");
      process.exit(1);
    }
    stopping = true;
    console.log(`\n${signal}: stopping (in-flight messages are committed first)...`);
    const timer = setTimeout(() => {
      console.error(`not stopped after ${STOP_TIMEOUT_MS / 1000} s: exiting now`);
      process.exit(1);
    }, STOP_TIMEOUT_MS);
    timer.unref();
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

await main();
