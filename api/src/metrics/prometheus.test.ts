import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { MqttClient } from "mqtt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ADMIN_TOKEN,
  eventually,
  hotelFleet,
  publish,
  startTestSystem,
  type TestSystem,
  WAIT_MS,
} from "../testing/test-system.ts";

/**
 * Debian's Prometheus scrapes the real system with an admin token and loads the alert rules we
 * ship; the sample Grafana dashboard and the rules name only metrics a scrape has.
 */

const PROMETHEUS = "/usr/bin/prometheus";
const DEPLOY = fileURLToPath(new URL("../../../deploy/", import.meta.url));
const ALERTS = join(DEPLOY, "prometheus/alerts.yml");
const DASHBOARD = join(DEPLOY, "grafana/bulbcheck-dashboard.json");

let t: TestSystem;
let sensor: MqttClient;
let prometheus: ChildProcess | undefined;
let promUrl: string;
let work: string;
let output = "";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

async function promApi<T>(path: string): Promise<T> {
  const response = await fetch(`${promUrl}${path}`);
  const body = (await response.json()) as { status: string; data: T };
  if (body.status !== "success") throw new Error(`${path}: ${JSON.stringify(body)}`);
  return body.data;
}

beforeAll(async () => {
  if (!existsSync(PROMETHEUS))
    throw new Error(`${PROMETHEUS} is missing: apt-get install prometheus (.ci/run does)`);
  t = await startTestSystem();
  const secrets = await t.provision(hotelFleet("hotel-oslo"));
  sensor = await t.connect("hotel-oslo-sensor", secrets["hotel-oslo-sensor"] as string);
  await publish(sensor, "bulbcheck/v1/hotel-oslo/hotel-oslo-sensor/health", {
    id: "h-1",
    asset: "elev-a-btn-12",
    state: "fault",
    fault: "bulb_out",
  });
  work = mkdtempSync(join(tmpdir(), "bulbcheck-prometheus-"));
  const port = await freePort();
  promUrl = `http://127.0.0.1:${port}`;
  const target = new URL(t.system.apiUrl).host;
  writeFileSync(
    join(work, "prometheus.yml"),
    [
      "global: { scrape_interval: 1s, evaluation_interval: 1s }",
      `rule_files: ["${ALERTS}"]`,
      "scrape_configs:",
      "  - job_name: bulbcheck",
      "    metrics_path: /metrics",
      `    authorization: { credentials: "${ADMIN_TOKEN}" }`,
      `    static_configs: [{ targets: ["${target}"] }]`,
      "",
    ].join("\n"),
  );
  prometheus = spawn(
    PROMETHEUS,
    [
      `--config.file=${join(work, "prometheus.yml")}`,
      `--storage.tsdb.path=${join(work, "data")}`,
      `--web.listen-address=127.0.0.1:${port}`,
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  prometheus.stdout?.on("data", (chunk) => (output += chunk));
  prometheus.stderr?.on("data", (chunk) => (output += chunk));
}, 2 * WAIT_MS);

afterAll(async () => {
  if (prometheus && prometheus.exitCode === null) {
    const exited = new Promise((resolve) => prometheus?.once("exit", resolve));
    prometheus.kill("SIGTERM");
    await exited;
  }
  await sensor?.endAsync();
  await t?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("Prometheus", { timeout: 4 * WAIT_MS }, () => {
  it("scrapes /metrics with an admin token and reads the figures", async () => {
    const health = await eventually(
      "Prometheus to scrape Bulb Check",
      async () => {
        if (prometheus?.exitCode !== null) throw new Error(`prometheus exited:\n${output}`);
        const data = await promApi<{ activeTargets: { health: string; lastError: string }[] }>(
          "/api/v1/targets",
        ).catch(() => undefined);
        const target = data?.activeTargets[0];
        return target && target.health !== "unknown" ? target : undefined;
      },
      3 * WAIT_MS,
    );
    expect(health).toMatchObject({ health: "up", lastError: "" });
    const result = await promApi<{ result: { value: [number, string] }[] }>(
      "/api/v1/query?query=bulbcheck_ingest_messages_total",
    );
    expect(result.result[0]?.value[1]).toBe("1");
  });

  it("loads every shipped alert rule and evaluates it without error", async () => {
    const rules = await eventually(
      "the rules to be evaluated",
      async () => {
        const data = await promApi<{
          groups: { rules: { name: string; health: string; lastError?: string }[] }[];
        }>("/api/v1/rules");
        const all = data.groups.flatMap((g) => g.rules);
        return all.length > 0 && all.every((r) => r.health !== "unknown") ? all : undefined;
      },
      3 * WAIT_MS,
    );
    expect(rules.filter((r) => r.health !== "ok")).toEqual([]);
    expect(rules.map((r) => r.name)).toContain("BulbCheckDiskLow");
  });

  it("names in the dashboard and the rules only metrics a scrape has", async () => {
    const scraped = await fetch(`${t.system.apiUrl}/metrics`, {
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    }).then((r) => r.text());
    const have = new Set([...scraped.matchAll(/^# TYPE (\S+)/gm)].map((m) => m[1]));
    const named = (text: string) =>
      new Set(
        [...text.matchAll(/\bbulbcheck_[a-z0-9_]+/g)]
          .map((m) => m[0].replace(/_(bucket|count|sum)$/, ""))
          .filter((name) => name !== "bulbcheck_dashboard"),
      );
    const used = new Set([
      ...named(readFileSync(ALERTS, "utf8")),
      ...named(readFileSync(DASHBOARD, "utf8")),
    ]);
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((name) => !have.has(name))).toEqual([]);
  });
});
