import { chmod, readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, expect, test } from "vitest";
import { BrokerCommand } from "./testing/broker-command.ts";
import { connectAs, waitFor } from "./testing/fixtures.ts";

/**
 * The broker's data folder holds secrets (the credentials and their key, the session store with
 * its queued messages): the command makes the folder 0700 and every file in it 0600, whatever the
 * umask (the tests run with the usual 022), and warns at start about any that are wider.
 */

let command: BrokerCommand;
let dataDir: string;
beforeEach(async () => {
  command = await BrokerCommand.create();
  // A folder the command makes itself (the one mkdtemp made is 0700 already).
  dataDir = join(command.dataDir, "data");
});
afterEach(() => command.dispose());

const modeOf = async (path: string) => ((await stat(path)).mode & 0o777).toString(8);

test("the data folder is 0700 and the credentials, key and session files (WAL, shared memory) 0600", async () => {
  const env = { BULBCHECK_DATA_DIR: dataDir };
  const { stdout } = await command.run(
    ["add-device", "--site", "hotel-oslo", "--id", "lamp-1"],
    env,
  );
  const secret = /secret \(shown once[^:]*\): (\S+)/.exec(stdout)?.[1] ?? "";
  const broker = await command.serve(env);
  const device = await connectAs(broker.url, { id: "lamp-1", secret });
  // A committed QoS 1 publish: the session store and its WAL exist.
  await device.publishAsync("bulbcheck/v1/hotel-oslo/lamp-1/status", "{}", {
    qos: 1,
    retain: true,
  });
  await device.endAsync();

  const files = (await readdir(dataDir)).sort();
  expect(files).toEqual([
    "broker-credentials.json",
    "broker-credentials.key",
    "broker-sessions.db",
    "broker-sessions.db-shm",
    "broker-sessions.db-wal",
  ]);
  expect(await modeOf(dataDir)).toBe("700");
  for (const file of files)
    expect([file, await modeOf(join(dataDir, file))]).toEqual([file, "600"]);
  expect(broker.logs.some((line) => line.includes("other users of this machine"))).toBe(false);
});

test("the start warns when the folder or a file in it is wider, and says what to run", async () => {
  const env = { BULBCHECK_DATA_DIR: dataDir };
  let broker = await command.serve(env);
  broker.child.kill("SIGKILL");
  await broker.exited;
  // As a folder copied or made by hand might be; the command leaves existing modes as they are.
  await chmod(dataDir, 0o755);
  await chmod(join(dataDir, "broker-sessions.db"), 0o644);

  broker = await command.serve(env);
  await waitFor("the warning", () => broker.logs.some((l) => l.includes("other users")));
  const warning = JSON.parse(broker.logs.find((l) => l.includes("other users")) ?? "{}");
  expect(warning.level).toBe(40);
  expect(warning.msg).toContain(`chmod 700 ${dataDir}`);
  expect(warning.msg).toContain(`chmod 600 ${join(dataDir, "broker-sessions.db")}`);
});
