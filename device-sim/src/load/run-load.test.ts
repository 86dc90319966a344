import { once } from "node:events";
import { type AddressInfo, createServer } from "node:net";
import { healthPayload, parseDeviceTopic } from "@bulbcheck/shared";
import { afterEach, describe, expect, it } from "vitest";
import { startTestBroker, type TestBroker } from "../testing/aedes-broker.ts";
import type { LoadDevice } from "./load-options.ts";
import { runLoad } from "./run-load.ts";

function fleet(n: number, site = "load-site"): LoadDevice[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `load-${i + 1}`,
    site,
    secret: `secret-${i + 1}`,
  }));
}

function passwordsOf(devices: readonly LoadDevice[]): Map<string, string> {
  return new Map(devices.map((d) => [d.id, d.secret]));
}

/** Counts a list of keys. */
function tally(keys: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

describe("runLoad", () => {
  let broker: TestBroker | undefined;
  afterEach(async () => {
    await broker?.close();
    broker = undefined;
  });

  it("sends every QoS 1 message of every device and gets every PUBACK", async () => {
    const devices = fleet(20);
    broker = await startTestBroker({ passwords: passwordsOf(devices) });

    const result = await runLoad({ url: broker.url, devices, messagesPerDevice: 500, qos: 1 });

    expect(result).toMatchObject({ sent: 10_000, acked: 10_000, errors: {}, connected: 20 });
    expect(broker.seen).toHaveLength(10_000);
    const byClient = tally(broker.seen.map((p) => p.clientId));
    for (const device of devices) expect(byClient.get(device.id)).toBe(500);
    for (const publish of broker.seen) {
      const topic = parseDeviceTopic(publish.topic);
      expect(topic).toEqual({
        ok: true,
        topic: { site: "load-site", device: publish.clientId, kind: "health" },
      });
      expect(publish.qos).toBe(1);
    }
    // Payloads follow the contract, and the idempotency key is unique per device.
    const first = broker.seen
      .filter((p) => p.clientId === "load-1")
      .map((p) => JSON.parse(p.payload.toString()));
    for (const payload of first) expect(healthPayload.safeParse(payload).success).toBe(true);
    expect(new Set(first.map((p) => p.id)).size).toBe(500);
    expect(result.latencyMs.p50).toBeGreaterThan(0);
    expect(result.latencyMs.p50).toBeLessThanOrEqual(result.latencyMs.p99);
    expect(result.latencyMs.p99).toBeLessThanOrEqual(result.latencyMs.max);
  });

  it("leaves no connection open behind it", async () => {
    const devices = fleet(5);
    broker = await startTestBroker();
    await runLoad({ url: broker.url, devices, messagesPerDevice: 100, qos: 1 });
    await expect.poll(() => broker?.openSockets()).toBe(0);
    expect(broker.aedes.connectedClients).toBe(0);
  });

  it("counts a refused device and lets the others complete", async () => {
    const devices = fleet(5);
    broker = await startTestBroker({ passwords: passwordsOf(devices) });
    const wrong = devices.map((d, i) => (i === 2 ? { ...d, secret: "wrong" } : d));

    const result = await runLoad({
      url: broker.url,
      devices: wrong,
      messagesPerDevice: 200,
      qos: 1,
    });

    expect(result.errors).toEqual({ "connect_refused:4": 1 });
    expect(result).toMatchObject({ sent: 800, acked: 800, connected: 4 });
    expect(broker.seen.some((p) => p.clientId === "load-3")).toBe(false);
  });

  it("rejects when no device can connect at all", async () => {
    const port = await freePort();
    await expect(
      runLoad({ url: `mqtt://127.0.0.1:${port}`, devices: fleet(3), messagesPerDevice: 1, qos: 1 }),
    ).rejects.toThrow(
      /no device could connect to mqtt:\/\/127\.0\.0\.1:\d+: socket_error x3 \(first: .*ECONNREFUSED/,
    );
  });

  it("shares totalMessages over the devices", async () => {
    broker = await startTestBroker();
    const result = await runLoad({
      url: broker.url,
      devices: fleet(7),
      totalMessages: 1000,
      qos: 1,
    });
    expect(result).toMatchObject({ sent: 1000, acked: 1000, errors: {} });
    expect(broker.seen).toHaveLength(1000);
  });

  it("wraps message ids past 65535 on one connection", async () => {
    broker = await startTestBroker();
    const result = await runLoad({
      url: broker.url,
      devices: fleet(1),
      messagesPerDevice: 70_000,
      qos: 1,
    });
    expect(result).toMatchObject({ sent: 70_000, acked: 70_000, errors: {} });
  });

  it("publishes nothing until every device is connected, so a ramp is not counted as publish time", async () => {
    const connectDelayMs = 400;
    broker = await startTestBroker({
      connectDelayMs: (username) => (username === "load-3" ? connectDelayMs : 0),
    });
    let connected = 0;
    broker.aedes.on("client", () => {
      connected++;
    });
    let connectedAtFirstPublish: number | undefined;
    broker.aedes.on("publish", (_packet, client) => {
      if (client) connectedAtFirstPublish ??= connected;
    });
    const result = await runLoad({
      url: broker.url,
      devices: fleet(4),
      totalMessages: 400,
      qos: 1,
    });
    expect(result.acked).toBe(400);
    expect(connectedAtFirstPublish).toBe(4);
    // The slow login is in the connect time: a lower bound, set by the test's own delay.
    expect(result.connectMs).toBeGreaterThanOrEqual(connectDelayMs - 10);
  });

  it("publishes for durationMs after connecting, then drains what is in flight", async () => {
    broker = await startTestBroker({
      connectDelayMs: (username) => (username === "load-2" ? 300 : 0),
    });
    const result = await runLoad({
      url: broker.url,
      devices: fleet(4),
      rate: 1000,
      durationMs: 500,
      qos: 1,
    });
    // Lower bounds only, set by the test's own delay and duration: a busy machine lengthens both.
    expect(result.connectMs).toBeGreaterThanOrEqual(290);
    expect(result.durationMs).toBeGreaterThanOrEqual(480);
    expect(result.acked).toBe(result.sent);
    expect(result.errors).toEqual({});
    expect(result.sent).toBeGreaterThan(0);
    // One message a millisecond of publishing at 1,000 msgs/s, plus the pacer's 50 ms burst: the
    // 300 ms of connecting bought none. Against the run's own publishing time, not the 500 ms
    // asked for, since on a busy machine the end comes late and the pacer rightly grants more.
    expect(result.sent).toBeLessThanOrEqual(result.durationMs + 50 + 1);
  });

  // Only the lower bound is asserted: a busy CI machine may run slower than asked, never faster.
  it("does not publish faster than the rate option", async () => {
    broker = await startTestBroker();
    const result = await runLoad({
      url: broker.url,
      devices: fleet(10),
      totalMessages: 4000,
      rate: 2000,
      qos: 1,
    });
    expect(result.acked).toBe(4000);
    expect(result.durationMs).toBeGreaterThan(1600);
    expect(result.ratePerSecond).toBeLessThan(2400);
  });

  it("sends QoS 0 without acknowledgements", async () => {
    broker = await startTestBroker();
    const result = await runLoad({
      url: broker.url,
      devices: fleet(4),
      messagesPerDevice: 2500,
      qos: 0,
    });
    expect(result).toMatchObject({ sent: 10_000, acked: 10_000, errors: {} });
    expect(result.latencyMs).toEqual({ p50: 0, p95: 0, p99: 0, max: 0 });
    await expect.poll(() => broker?.seen.length).toBe(10_000);
    expect(broker.seen.every((p) => p.qos === 0)).toBe(true);
  });

  it("stops an open-ended run on abort and reports what was done", async () => {
    broker = await startTestBroker();
    // Aborted at the first progress report, whenever that comes: the abort is what is tested.
    const abort = new AbortController();
    let sentAtAbort: number | undefined;
    const result = await runLoad({
      url: broker.url,
      devices: fleet(3),
      rate: 500,
      qos: 1,
      signal: abort.signal,
      onProgress: (p) => {
        if (sentAtAbort !== undefined) return;
        sentAtAbort = p.sent;
        abort.abort();
      },
    });
    expect(result.errors).toEqual({});
    expect(sentAtAbort).toBeGreaterThan(0);
    // Nothing new after the abort; what was in flight then was acknowledged, and is what the
    // broker received.
    expect(result.sent).toBe(sentAtAbort);
    expect(result.acked).toBe(result.sent);
    expect(broker.seen).toHaveLength(result.acked);
  });

  it("counts a connection the broker drops mid-run and what it had in flight", async () => {
    const devices = fleet(4);
    broker = await startTestBroker({
      refusePublish: (clientId, n) => clientId === "load-2" && n === 100,
    });

    const result = await runLoad({ url: broker.url, devices, messagesPerDevice: 300, qos: 1 });

    expect(result.errors.closed_early).toBe(1);
    expect(result.errors.unacked).toBeGreaterThan(0);
    // The others complete; load-2 loses whatever was not yet acknowledged when it was dropped.
    expect(result.acked).toBeGreaterThanOrEqual(3 * 300);
    expect(result.acked).toBeLessThanOrEqual(3 * 300 + 99);
    expect(result.sent).toBe(result.acked + (result.errors.unacked ?? 0));
  });

  it("refuses options that could never finish", async () => {
    await expect(runLoad({ url: "mqtt://127.0.0.1:1", devices: fleet(1), qos: 1 })).rejects.toThrow(
      TypeError,
    );
    await expect(
      runLoad({ url: "http://127.0.0.1:1", devices: fleet(1), totalMessages: 1, qos: 1 }),
    ).rejects.toThrow(/mqtt:\/\//);
    await expect(
      runLoad({
        url: "mqtt://127.0.0.1:1",
        devices: [{ id: "Bad Id", site: "s", secret: "x" }],
        totalMessages: 1,
        qos: 1,
      }),
    ).rejects.toThrow(RangeError);
  });
});

/** A port nothing listens on: bind one, then let it go. */
async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
