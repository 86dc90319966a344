import { copyFile, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connect as connectTls } from "node:tls";
import { pino } from "pino";
import { afterEach, beforeEach, expect, test } from "vitest";
import {
  connectAs,
  makeCertificate,
  startTestBroker,
  type TestBroker,
  type TestCertificate,
  WAIT_MS,
  waitFor,
} from "./testing/fixtures.ts";
import { RawClient, rawConnect } from "./testing/raw-mqtt.ts";

/**
 * MQTT over TLS and WebSocket over TLS with a self-signed certificate made here by openssl, and
 * the certificate read again on `reloadTls()` (what SIGHUP calls in both commands).
 */

let dir: string;
let t: TestBroker | undefined;
let first: TestCertificate;
/** Where the broker reads its certificate and key: copies, replaced as a renewal would. */
let files: { certFile: string; keyFile: string };

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "bulbcheck-tls-"));
  first = await makeCertificate(dir, "first");
  files = { certFile: join(dir, "live.crt"), keyFile: join(dir, "live.key") };
  await install(first);
});

afterEach(async () => {
  await t?.close();
  t = undefined;
  await rm(dir, { recursive: true, force: true });
});

async function install(certificate: TestCertificate): Promise<void> {
  await copyFile(certificate.certFile, files.certFile);
  await copyFile(certificate.keyFile, files.keyFile);
}

/** The fingerprint of the certificate the TLS listener serves a new connection. */
function servedFingerprint(port: number, ca: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connectTls({ port, host: "127.0.0.1", ca }, () => {
      const fingerprint = socket.getPeerCertificate().fingerprint256;
      socket.end();
      resolve(fingerprint);
    });
    socket.once("error", reject);
  });
}

test("a device publishes over MQTTS with the plain listener off; plain MQTT on the TLS port is closed and counted", async () => {
  t = await startTestBroker({ port: null, tlsPort: 0, wsPort: null, tls: files });
  expect(t.broker.addresses.tcp).toBeUndefined();
  const port = t.broker.addresses.tls?.port as number;
  const lamp = await t.device("lamp-1", "hotel-oslo");
  const device = await connectAs(`mqtts://127.0.0.1:${port}`, lamp, { ca: first.pem });
  await device.publishAsync("bulbcheck/v1/hotel-oslo/lamp-1/health", "{}", { qos: 1 });
  expect(t.broker.stats().publishes.accepted).toBe(1);
  expect(t.broker.stats().connections.tls).toBe(1);
  await device.endAsync();

  // Without the certificate as its CA, mqtt.js refuses the broker.
  await expect(connectAs(`mqtts://127.0.0.1:${port}`, lamp)).rejects.toThrow();
  // A device configured for plain MQTT on the TLS port: OpenSSL refuses its bytes.
  const plain = await RawClient.tcp(port);
  plain.send(
    rawConnect({ clientId: lamp.id, username: lamp.id, password: lamp.secret, keepalive: 60 }),
  );
  expect(await plain.closedWithin()).toBe(true);
  await waitFor("the TLS error to be counted", () => t?.broker.stats().closed.tls_error === 1);
});

test("a device publishes over WSS", async () => {
  t = await startTestBroker({ wsPort: null, wssPort: 0, tls: files });
  const port = t.broker.addresses.wss?.port as number;
  const lamp = await t.device("lamp-1", "hotel-oslo");
  const device = await connectAs(`wss://127.0.0.1:${port}`, lamp, { ca: first.pem });
  await device.publishAsync("bulbcheck/v1/hotel-oslo/lamp-1/health", "{}", { qos: 1 });
  expect(t.broker.stats().publishes.accepted).toBe(1);
  expect(t.broker.stats().connections.wss).toBe(1);
  await device.endAsync();
});

test("a renewed certificate is served to the next connection after reloadTls(), on both TLS listeners; open connections stay", async () => {
  t = await startTestBroker({ tlsPort: 0, wssPort: 0, tls: files });
  const tlsPort = t.broker.addresses.tls?.port as number;
  const wssPort = t.broker.addresses.wss?.port as number;
  expect(await servedFingerprint(tlsPort, first.pem)).toBe(first.fingerprint256);
  const lamp = await t.device("lamp-1", "hotel-oslo");
  const open = await connectAs(`mqtts://127.0.0.1:${tlsPort}`, lamp, { ca: first.pem });

  const second = await makeCertificate(dir, "second");
  await install(second);
  // Until the reload, the files changing changes nothing.
  expect(await servedFingerprint(tlsPort, first.pem)).toBe(first.fingerprint256);
  const summary = await t.broker.reloadTls();
  expect(summary.fingerprint256).toBe(second.fingerprint256);

  expect(await servedFingerprint(tlsPort, second.pem)).toBe(second.fingerprint256);
  expect(await servedFingerprint(wssPort, second.pem)).toBe(second.fingerprint256);
  const lamp2 = await t.device("lamp-2", "hotel-oslo");
  const renewed = await connectAs(`wss://127.0.0.1:${wssPort}`, lamp2, { ca: second.pem });
  await renewed.publishAsync("bulbcheck/v1/hotel-oslo/lamp-2/health", "{}", { qos: 1 });
  await renewed.endAsync();
  // The connection made before the renewal is still up, on the first certificate.
  await open.publishAsync("bulbcheck/v1/hotel-oslo/lamp-1/health", "{}", { qos: 1 });
  await open.endAsync();
});

test(
  "a bad certificate on reload keeps the one in force, and says why",
  async () => {
    const lines: string[] = [];
    const logger = pino({ level: "error" }, { write: (line: string) => void lines.push(line) });
    t = await startTestBroker({ tlsPort: 0, tls: files, logger });
    const port = t.broker.addresses.tls?.port as number;

    // A renewal half done: the new certificate with the old key.
    const second = await makeCertificate(dir, "second");
    await copyFile(second.certFile, files.certFile);
    await expect(t.broker.reloadTls()).rejects.toThrow(/is not the key of the certificate/);
    expect(await servedFingerprint(port, first.pem)).toBe(first.fingerprint256);

    // Not PEM at all.
    await writeFile(files.certFile, "not a certificate\n");
    await expect(t.broker.reloadTls()).rejects.toThrow(/holds no PEM certificate/);
    // Gone.
    await rm(files.keyFile);
    await expect(t.broker.reloadTls()).rejects.toThrow(/cannot read the TLS key file/);
    expect(await servedFingerprint(port, first.pem)).toBe(first.fingerprint256);
    expect(lines).toHaveLength(3);
    expect(lines.join("\n")).toContain("TLS certificate not reloaded; the one in force stays");
  },
  WAIT_MS * 2,
);

test("a TLS listener without a certificate, or one that cannot be read, stops the start", async () => {
  await expect(startTestBroker({ tlsPort: 0 })).rejects.toThrow(/needs a certificate and a key/);
  await expect(
    startTestBroker({ tlsPort: 0, tls: { ...files, certFile: join(dir, "missing.crt") } }),
  ).rejects.toThrow(/cannot read the TLS certificate file .*missing\.crt/);
});
