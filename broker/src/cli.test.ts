import { type ChildProcess, execFile, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { promisify } from "node:util";
import { afterEach, beforeEach, expect, test } from "vitest";
import { closed, connectAs, refusalCode, waitFor } from "./testing/fixtures.ts";

const run = promisify(execFile);
const CLI = [join(import.meta.dirname, "..", "bin", "bulbcheck-broker.js")];

let dataDir: string;
let server: ChildProcess | undefined;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "bulbcheck-broker-"));
});
afterEach(async () => {
  server?.kill("SIGKILL");
  await rm(dataDir, { recursive: true, force: true });
});

const env = () => ({
  ...process.env,
  BULBCHECK_DATA_DIR: dataDir,
  BULBCHECK_MQTT_PORT: "0",
  BULBCHECK_WS_PORT: "off",
});

async function addDevice(site: string, id: string): Promise<string> {
  const { stdout } = await run("node", [...CLI, "add-device", "--site", site, "--id", id], {
    env: env(),
  });
  const secret = /secret \(shown once[^:]*\): (\S+)/.exec(stdout)?.[1];
  if (!secret) throw new Error(`no secret in: ${stdout}`);
  return secret;
}

/** Starts `serve` and resolves with its TCP port, read from its JSON log. */
function serve(): Promise<{ port: number; logs: string[] }> {
  const child = spawn("node", [...CLI, "serve"], {
    env: env(),
    stdio: ["ignore", "pipe", "inherit"],
  });
  server = child;
  const logs: string[] = [];
  return new Promise((resolve, reject) => {
    child.once("exit", (code) =>
      reject(new Error(`broker exited with ${code}: ${logs.join("\n")}`)),
    );
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on("line", (line) => {
      logs.push(line);
      const entry = JSON.parse(line) as { msg: string; tcp?: { port: number } };
      if (entry.msg === "broker listening" && entry.tcp) resolve({ port: entry.tcp.port, logs });
    });
  });
}

test("the command provisions a device, serves it, revokes it live, and stops cleanly on SIGTERM", async () => {
  const secret = await addDevice("hotel-oslo", "lamp-1");
  const { port, logs } = await serve();
  const url = `mqtt://127.0.0.1:${port}`;

  const device = await connectAs(url, { id: "lamp-1", secret });
  await device.publishAsync(
    "bulbcheck/v1/hotel-oslo/lamp-1/health",
    '{"id":"1","asset":"a","state":"ok"}',
    { qos: 1 },
  );

  // Removing the device from the credentials file closes its live connection.
  await run("node", [...CLI, "remove", "--id", "lamp-1"], { env: env() });
  await closed(device);
  expect(await refusalCode(connectAs(url, { id: "lamp-1", secret }))).toBe(4);

  const exited = new Promise<number | null>((resolve) =>
    server?.once("exit", (code) => resolve(code)),
  );
  server?.kill("SIGTERM");
  expect(await exited).toBe(0);
  await waitFor("the stop log line", () => logs.some((l) => l.includes("broker stopped")));
});

test("a bad setting stops the start with a message naming it", async () => {
  const failure = await run("node", [...CLI, "serve"], {
    env: { ...env(), BULBCHECK_MQTT_PORT: "eighty" },
  }).then(
    () => undefined,
    (error: { code: number; stderr: string }) => error,
  );
  expect(failure?.code).toBe(1);
  expect(failure?.stderr).toContain("BULBCHECK_MQTT_PORT");
});

test("usage errors exit with 2 and say what is wrong", async () => {
  const failure = await run(
    "node",
    [...CLI, "add-device", "--site", "hotel-oslo", "--id", "Bad Id"],
    { env: env() },
  ).then(
    () => undefined,
    (error: { code: number; stderr: string }) => error,
  );
  expect(failure?.code).toBe(2);
  expect(failure?.stderr).toContain('--id "Bad Id"');
});
