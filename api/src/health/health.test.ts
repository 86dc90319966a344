import { once } from "node:events";
import { createServer, type Socket, connect as tcpConnect } from "node:net";
import type { Health, HealthConditions } from "@bulbcheck/shared";
import { afterEach, describe, expect, it } from "vitest";
import { recordBackupFailure, recordBackupOk } from "../store/backup-state-store.ts";
import { captureLog, type LogLine } from "../testing/log-capture.ts";
import { type Clock, createChannel, MINUTE, TEST_TUNING } from "../testing/notify-fixture.ts";
import { startWebhookReceiver } from "../testing/receivers.ts";
import {
  ADMIN_TOKEN,
  eventually,
  startTestSystem,
  type TestSystem,
} from "../testing/test-system.ts";

/**
 * Each degraded condition made to happen for real on a running system (a closed port, the
 * broker's connection limit, a recorded backup failure; only free space is a stubbed reading):
 * `/api/health`, its admin view, the log and `/metrics` all say so, and say when it is over.
 */

let t: TestSystem | undefined;
const sockets: Socket[] = [];

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await t?.stop();
  t = undefined;
});

async function health(system: TestSystem) {
  const response = await system.api<Health>("GET", "/api/health", { token: null });
  return { status: response.status, body: response.body };
}

/** Waits until public health names `code`; answers the body. */
function waitForReason(system: TestSystem, code: string): Promise<Health> {
  return eventually(`/api/health to name ${code}`, async () => {
    const h = await health(system);
    return h.body.reasons.some((r) => r.code === code) ? h.body : undefined;
  });
}

function waitForOk(system: TestSystem): Promise<Health> {
  return eventually("/api/health to be ok", async () => {
    const h = await health(system);
    return h.body.status === "ok" ? h.body : undefined;
  });
}

async function conditions(system: TestSystem): Promise<HealthConditions> {
  return (await system.api<HealthConditions>("GET", "/api/health/conditions")).body;
}

/** The `/metrics` samples of the health gauges: `{ disk_low: 1, ..., status: 1 }`. */
async function healthMetrics(system: TestSystem): Promise<Record<string, number>> {
  const text = await fetch(`${system.system.apiUrl}/metrics`, {
    headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
  }).then((r) => r.text());
  const figures: Record<string, number> = {};
  for (const m of text.matchAll(/^bulbcheck_health_condition\{condition="(\w+)"\} (\d+)$/gm))
    figures[m[1] as string] = Number(m[2]);
  const status = /^bulbcheck_health_status (\d+)$/m.exec(text);
  figures.status = Number(status?.[1]);
  return figures;
}

const healthLines = (lines: LogLine[], code: string) =>
  lines.filter((line) => line.part === "health" && line.condition === code);

function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe("health that tells the truth", () => {
  it("is degraded (200) while free space is below the threshold, and ok once it is back", async () => {
    const log = captureLog("info");
    let free = 5 * 1024 * 1024 * 1024;
    t = await startTestSystem({
      logger: log.logger,
      health: { freeBytes: () => free },
      healthLimits: { diskMinFreeBytes: 1024 * 1024 * 1024 },
    });
    expect((await health(t)).body).toMatchObject({ status: "ok", reasons: [] });
    free = 200 * 1024 * 1024;
    const degraded = await waitForReason(t, "disk_low");
    const answer = await health(t);
    expect(answer.status).toBe(200);
    expect(degraded.status).toBe("degraded");
    expect(degraded.reasons).toEqual([
      {
        code: "disk_low",
        since: expect.any(String),
        message: "free space on the data folder's disk is low",
      },
    ]);
    const admin = await conditions(t);
    expect(admin.conditions[0]).toMatchObject({
      code: "disk_low",
      severity: "degraded",
      detail: "200 MB free, below 1024 MB",
      action: expect.stringContaining("BULBCHECK_DISK_MIN_FREE_MB"),
    });
    expect(await healthMetrics(t)).toMatchObject({ disk_low: 1, channel_failing: 0, status: 1 });
    // The admin view is admins' only.
    const viewer = await t.user({ username: "wall", role: "viewer" });
    expect((await t.api("GET", "/api/health/conditions", { token: viewer.token })).status).toBe(
      403,
    );

    free = 5 * 1024 * 1024 * 1024;
    await waitForOk(t);
    expect(await healthMetrics(t)).toMatchObject({ disk_low: 0, status: 0 });
    const said = healthLines(log.lines, "disk_low");
    expect(said.map((line) => line.level)).toEqual([40, 30]);
    expect(said[0]?.msg).toMatch(/What to do/);
    expect(said[1]?.lastedMs).toEqual(expect.any(Number));
  });

  it("names a webhook channel that has failed for longer than the setting, its address for admins only", async () => {
    const log = captureLog("info");
    const clock: Clock = { now: Date.parse("2026-11-23T10:00:00Z") };
    t = await startTestSystem({
      logger: log.logger,
      now: () => clock.now,
      notifier: TEST_TUNING,
      healthLimits: { channelFailedMs: 30 * MINUTE },
    });
    const port = await closedPort();
    const { id } = await createChannel(t, {
      kind: "webhook",
      name: "Ops hook",
      url: `http://127.0.0.1:${port}/hook?token=s3cret`,
    });
    const sent = await t.api("POST", `/api/notify/channels/${id}/test`);
    expect(sent.body.state).toBe("failed");
    // Failing, but not for long yet.
    expect((await health(t)).body.status).toBe("ok");
    clock.now += 31 * MINUTE;
    const degraded = await waitForReason(t, "channel_failing");
    expect(degraded.reasons[0]?.message).toBe(
      "a notification channel has failed for 31 min: its messages do not arrive",
    );
    const publicText = JSON.stringify(degraded);
    expect(publicText).not.toContain(String(port));
    expect(publicText).not.toContain("s3cret");
    expect(publicText).not.toContain("Ops hook");
    const [admin] = (await conditions(t)).conditions;
    expect(admin?.detail).toMatch(
      /channel "Ops hook" \(#\d+, webhook\): 1 failed attempt in a row; the last: /,
    );
    expect(admin?.detail).toContain(String(port));
    expect(await healthMetrics(t)).toMatchObject({ channel_failing: 1, status: 1 });
    const began = healthLines(log.lines, "channel_failing");
    expect(began).toHaveLength(1);
    expect(began[0]?.level).toBe(40);

    // Pointed at a receiver that answers, a message goes through: the channel is well again.
    const hook = await startWebhookReceiver({ now: () => clock.now });
    try {
      const patched = await t.api("PATCH", `/api/notify/channels/${id}`, {
        body: { url: hook.url },
      });
      expect(patched.status).toBe(200);
      expect((await t.api("POST", `/api/notify/channels/${id}/test`)).body.state).toBe("sent");
      await waitForOk(t);
    } finally {
      await hook.close();
    }
    const said = healthLines(log.lines, "channel_failing");
    expect(said.map((line) => line.level)).toEqual([40, 30]);
    expect(said[1]?.lastedMs).toBeGreaterThanOrEqual(31 * MINUTE);
  });

  it("is degraded when the last backup failed, until a later one succeeds", async () => {
    const log = captureLog("info");
    t = await startTestSystem({ logger: log.logger });
    const db = t.system.db;
    recordBackupFailure(db, {
      at: Date.now(),
      error: "ENOSPC: no space left on device, write '/srv/backups/bulbcheck-1.db'",
    });
    const degraded = await waitForReason(t, "backup_failed");
    expect(degraded.reasons[0]?.message).toBe("the last backup failed");
    expect(JSON.stringify(degraded)).not.toContain("/srv/backups");
    expect((await conditions(t)).conditions[0]?.detail).toContain("ENOSPC");
    expect(await healthMetrics(t)).toMatchObject({ backup_failed: 1, status: 1 });
    recordBackupOk(db, { at: Date.now(), file: "/srv/backups/bulbcheck-2.db", bytes: 4096 });
    await waitForOk(t);
    expect(healthLines(log.lines, "backup_failed").map((line) => line.level)).toEqual([40, 30]);
  });

  it("is degraded when the last good backup is older than BULBCHECK_BACKUP_MAX_AGE_HOURS", async () => {
    t = await startTestSystem({ healthLimits: { backupMaxAgeMs: 3_600_000 } });
    expect((await waitForReason(t, "backup_stale")).reasons[0]?.message).toBe(
      "there is no good backup yet",
    );
    recordBackupOk(t.system.db, { at: Date.now() - 2 * 3_600_000, file: "/b/1.db", bytes: 1 });
    await eventually("the age of the last good backup", async () =>
      (await health(t as TestSystem)).body.reasons[0]?.message === "the last good backup is 2 h old"
        ? true
        : undefined,
    );
    recordBackupOk(t.system.db, { at: Date.now(), file: "/b/2.db", bytes: 1 });
    await waitForOk(t);
  });

  it("is degraded while devices are refused at the broker's connection limit", async () => {
    const log = captureLog("info");
    t = await startTestSystem({
      logger: log.logger,
      env: { BULBCHECK_MAX_CONNECTIONS: "2" },
    });
    const port = Number(new URL(t.system.mqttUrl).port);
    const open = async () => {
      const socket = tcpConnect(port, "127.0.0.1");
      sockets.push(socket);
      await once(socket, "connect");
      return socket;
    };
    await open();
    await open();
    await eventually("two connections held", () =>
      t?.system.broker?.stats().connections.current === 2 ? true : undefined,
    );
    const third = await open();
    await once(third, "close");
    const degraded = await waitForReason(t, "connections_refused");
    expect(degraded.status).toBe("degraded");
    expect((await conditions(t)).conditions[0]?.action).toMatch(/BULBCHECK_MAX_CONNECTIONS/);
    expect(await healthMetrics(t)).toMatchObject({ connections_refused: 1, status: 1 });
    expect(healthLines(log.lines, "connections_refused")[0]?.level).toBe(40);
  });
});
