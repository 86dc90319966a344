import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const BIN = fileURLToPath(new URL("../bin/bulbcheck-sim.js", import.meta.url));

function sim(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { env: { ...process.env, BULBCHECK_ADMIN_TOKEN: "" } },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

describe("bulbcheck-sim", () => {
  it("explains itself", async () => {
    const { code, stdout } = await sim("--help");
    expect(code).toBe(0);
    expect(stdout).toMatch(/--scenario FILE/);
    expect(stdout).toMatch(/--load/);
  });

  it("refuses a bad option with exit code 2 and says why", async () => {
    const qos = await sim("--load", "--qos", "2", "--admin-token", "x");
    expect(qos.code).toBe(2);
    expect(qos.stderr).toMatch(/--qos must be 0 or 1, got 2/);
    const duration = await sim("--duration", "soon");
    expect(duration.code).toBe(2);
    expect(duration.stderr).toMatch(/--duration soon/);
    const unknown = await sim("--colour", "red");
    expect(unknown.code).toBe(2);
  });

  it("says what to do when the API is not there", async () => {
    const { code, stderr } = await sim(
      "--api-url",
      "http://127.0.0.1:9",
      "--admin-token",
      "x",
      "--secrets",
      "/tmp/bulbcheck-sim-test-secrets.json",
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /the Bulb Check API at http:\/\/127.0.0.1:9 does not answer .*is it running\? \(--api-url\)/,
    );
  });

  it("refuses a scenario that is not valid, naming the field", async () => {
    const bad = fileURLToPath(new URL("../package.json", import.meta.url));
    const { code, stderr } = await sim("--scenario", bad, "--admin-token", "x");
    expect(code).toBe(1);
    expect(stderr).toMatch(/is not valid:\n {2}(name|steps|\(file\))/);
  });
});
