import { copyFile } from "node:fs/promises";
import { join } from "node:path";
import { connect as connectTls } from "node:tls";
import { afterEach, beforeEach, expect, test } from "vitest";
import { BrokerCommand } from "./testing/broker-command.ts";
import { connectAs, makeCertificate, type TestCertificate, waitFor } from "./testing/fixtures.ts";

/** The broker command with TLS only: its settings, and SIGHUP reading a renewed certificate. */

let command: BrokerCommand;
beforeEach(async () => {
  command = await BrokerCommand.create();
});
afterEach(() => command.dispose());

function servedFingerprint(port: number, ca: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connectTls({ port, host: "127.0.0.1", ca }, () => {
      resolve(socket.getPeerCertificate().fingerprint256);
      socket.end();
    });
    socket.once("error", reject);
  });
}

test("serve with only MQTT over TLS; SIGHUP makes the next connection get the renewed certificate", async () => {
  const first = await makeCertificate(command.dataDir, "first");
  const files = {
    BULBCHECK_TLS_CERT_FILE: join(command.dataDir, "live.crt"),
    BULBCHECK_TLS_KEY_FILE: join(command.dataDir, "live.key"),
  };
  const install = async (certificate: TestCertificate) => {
    await copyFile(certificate.certFile, files.BULBCHECK_TLS_CERT_FILE);
    await copyFile(certificate.keyFile, files.BULBCHECK_TLS_KEY_FILE);
  };
  await install(first);
  const secret = await command.addDevice("hotel-oslo", "lamp-1");
  const serving = await command.serve({
    BULBCHECK_MQTT_PORT: "off",
    BULBCHECK_MQTT_TLS_PORT: "0",
    ...files,
  });
  expect(serving.port).toBe(0);
  const tlsPort = serving.tlsPort as number;
  const device = await connectAs(
    `mqtts://127.0.0.1:${tlsPort}`,
    { id: "lamp-1", secret },
    {
      ca: first.pem,
    },
  );
  await device.publishAsync("bulbcheck/v1/hotel-oslo/lamp-1/health", "{}", { qos: 1 });
  await device.endAsync();

  const second = await makeCertificate(command.dataDir, "second");
  await install(second);
  serving.child.kill("SIGHUP");
  await waitFor("the reload log line", () =>
    serving.logs.some((line) => line.includes("TLS certificate reloaded")),
  );
  expect(await servedFingerprint(tlsPort, second.pem)).toBe(second.fingerprint256);
  // The process is still serving: SIGHUP did not end it.
  expect(serving.child.exitCode).toBeNull();
  serving.child.kill("SIGTERM");
  expect(await serving.exited).toBe(0);
});

test("a TLS listener without its certificate, or a bad PROXY list, stops the start naming the setting", async () => {
  const failure = (env: Record<string, string>) =>
    command.run(["serve"], env).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
  const noCertificate = await failure({ BULBCHECK_MQTT_TLS_PORT: "0" });
  expect(noCertificate?.code).toBe(1);
  expect(noCertificate?.stderr).toContain("BULBCHECK_TLS_CERT_FILE");
  expect(noCertificate?.stderr).toContain("BULBCHECK_TLS_KEY_FILE");
  const badList = await failure({ BULBCHECK_MQTT_PROXY_PROTOCOL: "127.0.0.1, proxy.local" });
  expect(badList?.code).toBe(1);
  expect(badList?.stderr).toContain("BULBCHECK_MQTT_PROXY_PROTOCOL");
  expect(badList?.stderr).toContain('"proxy.local"');
});
