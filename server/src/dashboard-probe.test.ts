import { ADMIN_TOKEN, eventually, startTestSystem, type TestSystem } from "@bulbcheck/api/testing";
import { type DashboardServer, startDashboard } from "@bulbcheck/dashboard/serve";
import type { Health, HealthConditions } from "@bulbcheck/shared";
import { pino } from "pino";
import { afterAll, expect, it } from "vitest";
import { DashboardProbe } from "./dashboard-probe.ts";

/**
 * The composition as main.ts wires it: the system reads the probe, the probe watches the
 * dashboard this process serves. Stopping the dashboard makes health degraded; the admin view says
 * why.
 */

let t: TestSystem | undefined;
let dashboard: DashboardServer | undefined;
const probe = new DashboardProbe({ everyMs: 200 });

afterAll(async () => {
  probe.stop();
  await dashboard?.close();
  await t?.stop();
});

it("says degraded once the dashboard stops answering", async () => {
  const lines: { level: number; condition?: string }[] = [];
  const logger = pino({ level: "info" }, { write: (line: string) => lines.push(JSON.parse(line)) });
  t = await startTestSystem({ logger, health: { dashboard: probe.reading } });
  dashboard = await startDashboard({ apiUrl: t.system.apiUrl, host: "127.0.0.1", port: 0 });
  if (!dashboard) throw new Error("no dashboard build: pnpm --filter @bulbcheck/dashboard build");
  await probe.watch(dashboard.url);
  const system = t;
  const health = async () => (await system.api<Health>("GET", "/api/health", { token: null })).body;
  expect(await health()).toMatchObject({ status: "ok", reasons: [] });

  await dashboard.close();
  dashboard = undefined;
  const degraded = await eventually("health to say the dashboard is down", async () => {
    const body = await health();
    return body.reasons.some((r) => r.code === "dashboard_down") ? body : undefined;
  });
  expect(degraded.status).toBe("degraded");
  expect(degraded.reasons[0]?.message).toBe("the dashboard does not answer");
  const admin = await system.api<HealthConditions>("GET", "/api/health/conditions");
  expect(admin.body.conditions[0]).toMatchObject({
    code: "dashboard_down",
    detail: "ECONNREFUSED",
  });
  const said = lines.filter((line) => line.condition === "dashboard_down");
  expect(said.map((line) => line.level)).toEqual([40]);
  const metrics = await fetch(`${system.system.apiUrl}/metrics`, {
    headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
  }).then((r) => r.text());
  expect(metrics).toMatch(/^bulbcheck_health_condition\{condition="dashboard_down"\} 1$/m);
});
