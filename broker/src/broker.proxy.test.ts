import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import { afterEach, expect, test } from "vitest";
import {
  makeCertificate,
  startTestBroker,
  type TestBroker,
  type TestIdentity,
} from "./testing/fixtures.ts";
import { RawClient, rawConnect } from "./testing/raw-mqtt.ts";

/**
 * The PROXY protocol on the MQTT listeners, written by hand (haproxy.test.ts has the real proxy):
 * from a listed proxy the header is required and names the client; from anyone else it is
 * refused; each refusal counted by its reason.
 */

let t: TestBroker | undefined;
let dir: string | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

const v1 = (source: string, sourcePort = 40_000) =>
  Buffer.from(`PROXY TCP4 ${source} 127.0.0.1 ${sourcePort} 1883\r\n`);

function v2(source: string): Buffer {
  const header = Buffer.alloc(28);
  Buffer.from("0d0a0d0a000d0a515549540a", "hex").copy(header);
  header.set([0x21, 0x11, 0x00, 12], 12);
  header.set(source.split(".").map(Number), 16);
  header.set([127, 0, 0, 1], 20);
  header.writeUInt16BE(40_000, 24);
  header.writeUInt16BE(1883, 26);
  return header;
}

const connectOf = (who: TestIdentity, secret = who.secret) =>
  rawConnect({ clientId: who.id, username: who.id, password: secret, keepalive: 60 });

test("a listed proxy's header names the client: its address is the login guard's and the log's", async () => {
  const lines: string[] = [];
  const logger = pino({ level: "warn" }, { write: (line: string) => void lines.push(line) });
  t = await startTestBroker({ proxyProtocol: ["127.0.0.1"], logger });
  const lamp = await t.device("lamp-1", "hotel-oslo");
  // Five wrong secrets for lamp-1 from 127.0.0.2, v1 and v2 headers in turn, in the same write
  // as the CONNECT or before it.
  for (let i = 0; i < 5; i++) {
    const attacker = await RawClient.tcp(t.port);
    const header = i % 2 === 0 ? v1("127.0.0.2") : v2("127.0.0.2");
    if (i < 3) attacker.send(Buffer.concat([header, connectOf(lamp, "wrong-secret")]));
    else attacker.send(header, connectOf(lamp, "wrong-secret"));
    expect(await attacker.nextOf("connack")).toMatchObject({ returnCode: 4 });
    await attacker.destroy();
  }
  // lamp-1 is banned at 127.0.0.2, not at 127.0.0.3, nor at the proxy's own address.
  const banned = await RawClient.tcp(t.port);
  banned.send(v1("127.0.0.2"), connectOf(lamp));
  expect(await banned.nextOf("connack")).toMatchObject({ returnCode: 5 });
  const device = await RawClient.tcp(t.port);
  device.send(v2("127.0.0.3"), connectOf(lamp));
  expect(await device.nextOf("connack")).toMatchObject({ returnCode: 0 });
  await device.destroy();
  const refused = lines.map((line) => JSON.parse(line)).filter((l) => l.msg === "connect refused");
  expect(refused[0]).toMatchObject({
    address: "127.0.0.2",
    via: "127.0.0.1",
    reason: "bad_secret",
  });
});

test("from a listed proxy, a connection without a header, with a broken one or with none in time is closed and counted", async () => {
  t = await startTestBroker({ proxyProtocol: ["127.0.0.0/8"], connectTimeoutMs: 1000 });
  const lamp = await t.device("lamp-1", "hotel-oslo");
  const bare = await RawClient.tcp(t.port);
  bare.send(connectOf(lamp));
  expect(await bare.closedWithin()).toBe(true);
  const broken = await RawClient.tcp(t.port);
  broken.send(Buffer.from("PROXY TCP4 127.0.0.2 nowhere 1 2\r\n"), connectOf(lamp));
  expect(await broken.closedWithin()).toBe(true);
  const slow = await RawClient.tcp(t.port);
  slow.send(Buffer.from("PROXY TCP4 127.0.0.2 "));
  expect(await slow.closedWithin()).toBe(true);
  expect(bare.received).toEqual([]);
  expect(t.broker.stats().closed).toEqual({ proxy_malformed: 2, proxy_timeout: 1 });
});

test("from an address not listed, a PROXY header is refused; plain MQTT from there goes on", async () => {
  t = await startTestBroker({ proxyProtocol: ["127.0.0.9"] });
  const lamp = await t.device("lamp-1", "hotel-oslo");
  const pretender = await RawClient.tcp(t.port);
  pretender.send(v1("10.1.2.3"), connectOf(lamp));
  expect(await pretender.closedWithin()).toBe(true);
  expect(pretender.received).toEqual([]);
  const v2Pretender = await RawClient.tcp(t.port);
  v2Pretender.send(v2("10.1.2.3"));
  expect(await v2Pretender.closedWithin()).toBe(true);
  expect(t.broker.stats().closed).toEqual({ proxy_refused: 2 });
  const direct = await RawClient.tcp(t.port);
  direct.send(connectOf(lamp));
  expect(await direct.nextOf("connack")).toMatchObject({ returnCode: 0 });
  await direct.destroy();
});

test("the per-address limit counts the address the header gives, not the proxy's", async () => {
  t = await startTestBroker({ proxyProtocol: ["127.0.0.1"], maxConnectionsPerAddress: 1 });
  const a = await RawClient.tcp(t.port);
  a.send(v1("10.0.0.1"));
  const b = await RawClient.tcp(t.port);
  b.send(v2("10.0.0.2"));
  const again = await RawClient.tcp(t.port);
  again.send(v1("10.0.0.1", 40_001));
  expect(await again.closedWithin()).toBe(true);
  expect(t.broker.stats().closed).toEqual({ max_per_address: 1 });
  expect(a.isClosed || b.isClosed).toBe(false);
  await a.destroy();
  await b.destroy();
});

test("on the TLS listener the header comes before the TLS handshake", async () => {
  dir = await mkdtemp(join(tmpdir(), "bulbcheck-proxy-tls-"));
  const certificate = await makeCertificate(dir);
  t = await startTestBroker({
    port: null,
    tlsPort: 0,
    tls: certificate,
    proxyProtocol: ["127.0.0.1"],
  });
  const port = t.broker.addresses.tls?.port as number;
  const lamp = await t.device("lamp-1", "hotel-oslo");
  for (const header of [v1("127.0.0.2"), v2("127.0.0.2")]) {
    const device = await RawClient.tls(port, { ca: certificate.pem, before: header });
    device.send(connectOf(lamp));
    expect(await device.nextOf("connack")).toMatchObject({ returnCode: 0 });
    await device.destroy();
  }
});
