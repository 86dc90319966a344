import { relative } from "node:path";
import { type Logger, pino } from "pino";
import { readSystemConfig, type SystemConfig } from "./config.ts";
import { type RunningSystem, startSystem } from "./system.ts";

/** `pnpm start`: the whole system in one process, stopped cleanly by Ctrl-C or SIGTERM. */

/** Beyond this a stop is not graceful any more: exit rather than hang. */
const STOP_TIMEOUT_MS = 10_000;

function createLogger(level: SystemConfig["broker"]["logLevel"]): Logger {
  if (!process.stdout.isTTY) return pino({ level });
  return pino({
    level,
    transport: { target: "pino-pretty", options: { ignore: "pid,hostname" } },
  });
}

function banner(system: RunningSystem, config: SystemConfig): string {
  const where = (path: string) => relative(process.cwd(), path) || path;
  const lines = [
    "",
    "Bulb Check is running",
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
  lines.push("Ctrl-C stops it.", "");
  return lines.join("\n");
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
  console.log(banner(system, config));

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
    system.stop().then(
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
