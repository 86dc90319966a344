import { join, relative } from "node:path";
import { type StartedSim, startSim } from "@bulbcheck/device-sim";
import { type Logger, pino } from "pino";
import { issueServiceToken } from "./access/service-token.ts";
import { readSystemConfig, type SystemConfig } from "./config.ts";
import { type DashboardServer, startDashboard } from "./dashboard-server.ts";
import { type RunningSystem, startSystem } from "./system.ts";

/**
 * `pnpm start`: the whole system in one process, stopped cleanly by Ctrl-C or SIGTERM. Run it as
 * `node --import tsx api/src/main.ts` (what `pnpm start` does), not with the `tsx` command: that
 * one runs the program as its child, relays a signal and SIGKILLs the child unless it confirms
 * within 30 ms, which a server busy with a batch cannot promise (api/src/shutdown.test.ts).
 */

/** Beyond this a stop is not graceful any more: exit rather than hang. */
const STOP_TIMEOUT_MS = 10_000;

function createLogger(level: SystemConfig["broker"]["logLevel"]): Logger {
  if (!process.stdout.isTTY) return pino({ level });
  return pino({
    level,
    transport: { target: "pino-pretty", options: { ignore: "pid,hostname" } },
  });
}

function banner(
  system: RunningSystem,
  config: SystemConfig,
  dashboard: DashboardServer | undefined,
): string {
  // Inside the working folder a relative path is shorter; elsewhere the absolute one is clearer.
  const where = (path: string) => {
    const rel = relative(process.cwd(), path);
    return rel && !rel.startsWith("..") ? rel : path;
  };
  const lines = [
    "",
    "Bulb Check is running",
    dashboard
      ? `  Dashboard  ${dashboard.url}`
      : config.dashboard
        ? "  Dashboard  not built: run `pnpm --filter @bulbcheck/dashboard build`, then start again"
        : "  Dashboard  off (BULBCHECK_DASHBOARD_PORT=off)",
    `  API        ${system.apiUrl}/api   (contract: ${system.apiUrl}/api/openapi.json)`,
    `  MQTT       ${system.mqttUrl}${system.wsUrl ? `   WebSocket: ${system.wsUrl}` : ""}${config.external ? "   (external broker)" : ""}`,
    `  Data       ${where(config.databaseFile)}`,
  ];
  const token = system.adminToken;
  if (token.source === "generated") {
    lines.push(
      `  Admin token (shown this once; also saved in ${where(token.file)}):`,
      `             ${token.token}`,
    );
  } else if (token.source === "environment") {
    lines.push("  Admin token: the one in BULBCHECK_ADMIN_TOKEN");
  } else {
    lines.push(
      `  Admin token: ${token.file ? `in ${where(token.file)}` : "as issued before (this data folder has one)"}`,
    );
  }
  const admin = system.adminUser;
  if (admin.source === "generated") {
    lines.push(
      `  Sign in as ${admin.username} with password ${admin.password}`,
      `             (shown this once; also saved in ${where(admin.file)} until you change it under Account)`,
    );
  } else if (admin.source === "environment") {
    lines.push(`  Sign in as ${admin.username} with the password in BULBCHECK_ADMIN_PASSWORD`);
  }
  lines.push("Ctrl-C stops it.", "");
  return lines.join("\n");
}

/**
 * The simulated demo chain, so that a newcomer's board is alive at once. Its devices are real
 * MQTT clients of the embedded broker; with an external broker they could not log in there.
 */
async function startDemo(
  system: RunningSystem,
  config: SystemConfig,
  logger: Logger,
): Promise<StartedSim | undefined> {
  if (!config.sim) return undefined;
  if (config.external) {
    console.log(
      "Demo fleet: not started with an external broker (its devices would need logins there); run `pnpm sim` against it instead.",
    );
    return undefined;
  }
  const log = logger.child({ part: "sim" });
  try {
    const sim = await startSim({
      fleet: "demo",
      apiUrl: system.apiUrl,
      mqttUrl: system.mqttUrl,
      adminToken: issueServiceToken(system.db, "demo simulator", "admin", Date.now()),
      secretsFile: join(config.dataDir, "sim-secrets.json"),
      speed: config.sim.speed,
      seed: config.sim.seed,
      log: (line) => log.info(line),
    });
    console.log(
      `Demo fleet: ${sim.fleet.sites.length} simulated sites at ×${config.sim.speed} (BULBCHECK_SIM=0 turns it off).`,
    );
    return sim;
  } catch (error) {
    console.error(`Demo fleet not started: ${error instanceof Error ? error.message : error}`);
    return undefined;
  }
}

async function main(): Promise<void> {
  let config: SystemConfig;
  try {
    config = readSystemConfig();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  }
  const logger = createLogger(config.broker.logLevel);
  let system: RunningSystem;
  try {
    system = await startSystem(config, { logger });
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
  console.log(banner(system, config, dashboard));
  const sim = await startDemo(system, config, logger);

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
}

await main();
