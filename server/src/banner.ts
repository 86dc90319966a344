import { relative } from "node:path";
import type { RunningSystem } from "@bulbcheck/api";
import type { DashboardServer } from "@bulbcheck/dashboard/serve";
import type { ServerConfig } from "./config.ts";

/**
 * What `pnpm start` prints once everything is up: where each part is, and how to sign in. A
 * generated password or token is shown on a terminal only: anywhere else (a service's journal, a
 * container's log) the output is kept, and the banner names the file that holds it instead.
 */
export function banner(
  system: Pick<RunningSystem, "apiUrl" | "mqttUrl" | "wsUrl" | "adminToken" | "adminUser">,
  config: Pick<ServerConfig, "system" | "dashboard">,
  dashboard: Pick<DashboardServer, "url"> | undefined,
  terminal: boolean,
): string {
  // Inside the working folder a relative path is shorter; elsewhere the absolute one is clearer.
  const where = (path: string) => {
    const rel = relative(process.cwd(), path);
    return rel && !rel.startsWith("..") ? rel : path;
  };
  const external = config.system.external;
  const lines = [
    "",
    "Bulb Check is running",
    dashboard
      ? `  Dashboard  ${dashboard.url}`
      : config.dashboard
        ? "  Dashboard  not built: run `pnpm --filter @bulbcheck/dashboard build`, then start again"
        : "  Dashboard  off (BULBCHECK_DASHBOARD_PORT=off)",
    `  API        ${system.apiUrl}/api   (contract: ${system.apiUrl}/api/openapi.json)`,
    `  MQTT       ${system.mqttUrl}${system.wsUrl ? `   WebSocket: ${system.wsUrl}` : ""}${external ? "   (external broker)" : ""}`,
    `  Data       ${where(config.system.databaseFile)}`,
  ];
  const token = system.adminToken;
  if (token.source === "generated" && terminal) {
    lines.push(
      `  Admin token (shown this once; also saved in ${where(token.file)}):`,
      `             ${token.token}`,
    );
  } else if (token.source === "generated") {
    lines.push(
      `  Admin token: generated, in ${where(token.file)} (not shown: this is not a terminal)`,
    );
  } else if (token.source === "environment") {
    lines.push("  Admin token: the one in BULBCHECK_ADMIN_TOKEN");
  } else {
    lines.push(
      `  Admin token: ${token.file ? `in ${where(token.file)}` : "as issued before (this data folder has one)"}`,
    );
  }
  const admin = system.adminUser;
  if (admin.source === "generated" && !terminal) {
    lines.push(
      `  Sign in as ${admin.username} with the password in ${where(admin.file)} (not shown: this is not a terminal)`,
    );
  } else if (admin.source === "generated") {
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
