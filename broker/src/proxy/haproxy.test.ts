import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import { afterEach, expect, test } from "vitest";
import {
  makeCertificate,
  startTestBroker,
  type TestBroker,
  type TestCertificate,
  type TestIdentity,
} from "../testing/fixtures.ts";
import { freePort, type RunningHaproxy, startHaproxy } from "../testing/haproxy.ts";
import { RawClient, rawConnect, rawPublish } from "../testing/raw-mqtt.ts";

/**
 * HAProxy from Debian in front of the broker, with the configuration docs/tls-and-proxies.md
 * shows (read from there, its ports replaced by free ones): five wrong secrets from 127.0.0.2
 * do not lock out the device connecting from 127.0.0.3 through the same proxy, with either
 * version of the PROXY header, plain or TLS; without the header they do, which is what the
 * header is for. HAProxy must be installed (`.ci/run` does it): without it these tests fail.
 */

const DOC = new URL("../../../docs/tls-and-proxies.md", import.meta.url);

/** The `haproxy` block of the document, as it stands there. */
async function documentedConfig(): Promise<string> {
  const text = await readFile(DOC, "utf8");
  const block = /```haproxy\n([\s\S]*?)```/.exec(text)?.[1];
  if (!block) throw new Error("docs/tls-and-proxies.md has no haproxy block");
  return block;
}

let t: TestBroker | undefined;
let proxy: RunningHaproxy | undefined;
let dir: string | undefined;
afterEach(async () => {
  await proxy?.stop();
  proxy = undefined;
  await t?.close();
  t = undefined;
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

interface Setup {
  lines: string[];
  lamp: TestIdentity;
  certificate: TestCertificate;
  /** HAProxy's plain and TLS frontends. */
  mqtt: number;
  mqtts: number;
}

/**
 * The broker on free ports (its PROXY list as given), HAProxy in front with the documented
 * configuration, `edit` applied to it.
 */
async function setUp(proxyProtocol: string[], edit: (config: string) => string): Promise<Setup> {
  dir = await mkdtemp(join(tmpdir(), "bulbcheck-haproxy-test-"));
  const certificate = await makeCertificate(dir);
  const lines: string[] = [];
  const logger = pino({ level: "warn" }, { write: (line: string) => void lines.push(line) });
  t = await startTestBroker({ tlsPort: 0, wsPort: null, tls: certificate, proxyProtocol, logger });
  const [mqtt, mqtts] = [await freePort(), await freePort()];
  const ports: Record<string, number> = {
    "1883": mqtt,
    "8883": mqtts,
    "11883": t.port,
    "18883": t.broker.addresses.tls?.port as number,
  };
  const config = edit(await documentedConfig())
    .replace(/bind :(\d+)/g, (_all, port: string) => `bind 127.0.0.1:${ports[port]}`)
    .replace(/127\.0\.0\.1:(\d+)/g, (all, port: string) =>
      ports[port] ? `127.0.0.1:${ports[port]}` : all,
    );
  proxy = await startHaproxy(config, [mqtt, mqtts]);
  return { lines, lamp: await t.device("lamp-1", "hotel-oslo"), certificate, mqtt, mqtts };
}

const connectOf = (who: TestIdentity, secret = who.secret) =>
  rawConnect({ clientId: who.id, username: who.id, password: secret, keepalive: 60 });

/** Five wrong secrets for `lamp` from 127.0.0.2 through HAProxy's plain frontend. */
async function fiveBadLogins({ mqtt, lamp }: Setup): Promise<void> {
  for (let i = 0; i < 5; i++) {
    const guess = await RawClient.tcp(mqtt, "127.0.0.2");
    guess.send(connectOf(lamp, `wrong-secret-${i}`));
    expect(await guess.nextOf("connack")).toMatchObject({ returnCode: 4 });
    await guess.destroy();
  }
}

/** The CONNACK code `lamp`'s right secret gets from `from` through the plain frontend. */
async function plainLogin({ mqtt, lamp }: Setup, from: string): Promise<number | undefined> {
  const device = await RawClient.tcp(mqtt, from);
  device.send(connectOf(lamp));
  const code = (await device.nextOf("connack"))?.returnCode;
  await device.destroy();
  return code;
}

const refusedAddresses = (lines: string[]) =>
  lines
    .map((line) => JSON.parse(line) as { msg: string; address?: string; via?: string })
    .filter((entry) => entry.msg === "connect refused");

test.each([
  ["send-proxy-v2", (config: string) => config],
  ["send-proxy", (config: string) => config.replaceAll("send-proxy-v2", "send-proxy")],
])(
  "with HAProxy's %s, five bad logins from 127.0.0.2 do not lock out the device at 127.0.0.3, plain or TLS",
  async (_option, edit) => {
    const setup = await setUp(["127.0.0.1"], edit);
    expect(proxy?.config).toMatch(/server broker 127\.0\.0\.1:\d+ send-proxy/);
    await fiveBadLogins(setup);
    // lamp-1 is banned where the guesses came from: its right secret is refused there...
    expect(await plainLogin(setup, "127.0.0.2")).toBe(5);
    // ...and not from 127.0.0.3, through the same proxy, plain and TLS (passed through to the
    // broker's TLS listener, the header before the handshake).
    expect(await plainLogin(setup, "127.0.0.3")).toBe(0);
    const secure = await RawClient.tls(setup.mqtts, {
      ca: setup.certificate.pem,
      localAddress: "127.0.0.3",
    });
    secure.send(connectOf(setup.lamp));
    expect(await secure.nextOf("connack")).toMatchObject({ returnCode: 0 });
    secure.send(
      rawPublish({
        topic: "bulbcheck/v1/hotel-oslo/lamp-1/health",
        payload: Buffer.from("{}"),
        qos: 1,
        messageId: 1,
      }),
    );
    expect(await secure.nextOf("puback")).toMatchObject({ messageId: 1 });
    await secure.destroy();

    // The broker saw, and logged, each client's own address, and the proxy it came through.
    const refused = refusedAddresses(setup.lines);
    expect(refused.length).toBe(6);
    for (const entry of refused)
      expect(entry).toMatchObject({ address: "127.0.0.2", via: "127.0.0.1" });
    expect(t?.broker.stats().closed).toEqual({});
  },
);

test("without the PROXY header every device behind HAProxy is 127.0.0.1: the bad logins lock the device out everywhere", async () => {
  const setup = await setUp([], (config) => config.replaceAll(" send-proxy-v2", ""));
  expect(proxy?.config).not.toContain("send-proxy");
  await fiveBadLogins(setup);
  expect(await plainLogin(setup, "127.0.0.3")).toBe(5);
  expect(new Set(refusedAddresses(setup.lines).map((entry) => entry.address))).toEqual(
    new Set(["127.0.0.1"]),
  );
});

test("HAProxy sending the header to a broker that does not list it is refused, counted", async () => {
  const setup = await setUp(["127.0.0.9"], (config) => config);
  const device = await RawClient.tcp(setup.mqtt, "127.0.0.3");
  device.send(connectOf(setup.lamp));
  expect(await device.closedWithin()).toBe(true);
  expect(device.received).toEqual([]);
  expect(t?.broker.stats().closed.proxy_refused).toBeGreaterThanOrEqual(1);
});
