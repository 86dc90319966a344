import { copyFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connect as connectTls } from "node:tls";
import { eventually } from "@bulbcheck/api/testing";
import { makeCertificate, type TestCertificate } from "@bulbcheck/broker/testing";
import { afterEach, beforeEach, expect, it } from "vitest";
import { Children, freePort, startSystemChild } from "./testing/child-system.ts";

/**
 * `pnpm start`'s composition root with its embedded broker on MQTT over TLS: SIGHUP, as an
 * operator sends it after renewing the certificate, makes the next connection get the new one,
 * and leaves the server running.
 */

let children: Children;
let dataDir: string;
beforeEach(async () => {
  children = new Children();
  dataDir = await mkdtemp(join(tmpdir(), "bulbcheck-tls-reload-"));
});
afterEach(async () => {
  await children.killAll();
  await rm(dataDir, { recursive: true, force: true });
});

function servedFingerprint(port: number, ca: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connectTls({ port, host: "127.0.0.1", ca }, () => {
      resolve(socket.getPeerCertificate().fingerprint256);
      socket.end();
    });
    socket.once("error", reject);
  });
}

it("reads a renewed certificate on SIGHUP and keeps serving", async () => {
  const files = { certFile: join(dataDir, "live.crt"), keyFile: join(dataDir, "live.key") };
  const install = async (certificate: TestCertificate) => {
    await copyFile(certificate.certFile, files.certFile);
    await copyFile(certificate.keyFile, files.keyFile);
  };
  const first = await makeCertificate(dataDir, "first");
  await install(first);
  const [apiPort, mqttPort, tlsPort] = [await freePort(), await freePort(), await freePort()];
  const { child, apiUrl } = await startSystemChild(children, {
    dataDir,
    apiPort,
    mqttPort,
    env: {
      BULBCHECK_MQTT_TLS_PORT: String(tlsPort),
      BULBCHECK_TLS_CERT_FILE: files.certFile,
      BULBCHECK_TLS_KEY_FILE: files.keyFile,
    },
  });
  expect(await servedFingerprint(tlsPort, first.pem)).toBe(first.fingerprint256);

  const second = await makeCertificate(dataDir, "second");
  await install(second);
  child.kill("SIGHUP");
  await eventually("the renewed certificate on the next connection", async () => {
    const served = await servedFingerprint(tlsPort, second.pem).catch(() => undefined);
    return served === second.fingerprint256 ? served : undefined;
  });
  expect(child.running).toBe(true);
  expect((await fetch(`${apiUrl}/api/health`)).ok).toBe(true);
  expect(await child.stop("SIGTERM", 15_000)).toEqual({ code: 0, signal: null });
});
