import { systemSettingsSchema } from "@bulbcheck/api";
import { eventually, startTestSystem, type TestSystem } from "@bulbcheck/api/testing";
import { startTestBroker } from "@bulbcheck/broker/testing";
import { afterEach, describe, expect, it, vi } from "vitest";
import { API_DEFAULTS, checkHealth, healthUrl } from "./health-check.ts";

let t: TestSystem | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  await t?.stop();
  t = undefined;
});

/** `bulbcheck health` against `system`: its exit code and what it printed. */
async function check(system: TestSystem): Promise<{ code: number; printed: string }> {
  const { port } = new URL(system.system.apiUrl);
  const lines: string[] = [];
  const log = vi.spyOn(console, "log").mockImplementation((line: string) => lines.push(line));
  const error = vi.spyOn(console, "error").mockImplementation((line: string) => lines.push(line));
  const code = await checkHealth({ BULBCHECK_API_PORT: port });
  log.mockRestore();
  error.mockRestore();
  return { code, printed: lines.join("\n") };
}

describe("bulbcheck health", () => {
  it("asks where the API listens by default", () => {
    const defaults = systemSettingsSchema.parse({});
    expect(API_DEFAULTS).toEqual({
      host: defaults.BULBCHECK_API_HOST,
      port: defaults.BULBCHECK_API_PORT,
    });
    expect(healthUrl({})).toBe(`http://127.0.0.1:${defaults.BULBCHECK_API_PORT}/api/health`);
  });

  it("asks a wildcard listener on loopback", () => {
    expect(healthUrl({ BULBCHECK_API_HOST: "0.0.0.0", BULBCHECK_API_PORT: "9000" })).toBe(
      "http://127.0.0.1:9000/api/health",
    );
    expect(healthUrl({ BULBCHECK_API_HOST: "::" })).toBe("http://[::1]:8080/api/health");
    expect(healthUrl({ BULBCHECK_API_HOST: "fd00::5" })).toBe("http://[fd00::5]:8080/api/health");
  });

  it("exits 0 on degraded, printing the reasons", async () => {
    let free = 10 * 1024 ** 3;
    t = await startTestSystem({
      health: { freeBytes: () => free },
      healthLimits: { diskMinFreeBytes: 1024 ** 3 },
    });
    expect(await check(t)).toMatchObject({ code: 0, printed: expect.stringContaining(" 200 ok ") });
    free = 1024;
    const degraded = await check(t);
    expect(degraded.code).toBe(0);
    expect(degraded.printed).toMatch(/200 degraded[^\n]*\n {2}disk_low since \S+: free space/);
  });

  it("exits 1 on fail", async () => {
    const broker = await startTestBroker();
    const ingester = await broker.service("bulbcheck-ingester", {
      subscribe: ["bulbcheck/v1/+/+/+"],
    });
    t = await startTestSystem({
      external: {
        url: broker.url,
        username: ingester.id,
        password: ingester.secret,
        clientId: ingester.id,
      },
    });
    await broker.close();
    const system = t;
    const failed = await eventually("bulbcheck health to fail", async () => {
      const result = await check(system);
      return result.code === 1 ? result : undefined;
    });
    expect(failed.printed).toMatch(/503 fail[^\n]*\n {2}broker_link since/);
  });
});
