import { describe, expect, it } from "vitest";
import {
  afterInterruption,
  DEFAULT_RETRY_POLICY,
  httpOutcome,
  retryDelay,
  smtpOutcome,
} from "./retry.ts";

describe("retries", () => {
  const policy = { ...DEFAULT_RETRY_POLICY, baseMs: 1000, capMs: 60_000 };

  it("doubles the wait each attempt, jittered between half and all of it, up to the cap", () => {
    for (const [attempt, full] of [
      [1, 1000],
      [2, 2000],
      [3, 4000],
      [7, 60_000],
      [30, 60_000],
    ] as const) {
      expect(retryDelay(attempt, policy, () => 0)).toBe(full / 2);
      expect(retryDelay(attempt, policy, () => 0.999_999)).toBeCloseTo(full, -1);
    }
  });

  it("waits at least what Retry-After asks, within the cap", () => {
    expect(retryDelay(1, policy, () => 0, 30_000)).toBe(30_000);
    expect(retryDelay(1, policy, () => 0, 3_600_000)).toBe(60_000);
  });

  it("retries what may pass and gives up what will not", () => {
    expect(httpOutcome(200)).toBe("sent");
    expect(httpOutcome(204)).toBe("sent");
    for (const s of [408, 425, 429, 500, 502, 503]) expect(httpOutcome(s)).toBe("retry");
    for (const s of [301, 400, 401, 403, 404, 410, 422]) expect(httpOutcome(s)).toBe("failed");
    expect(smtpOutcome(undefined)).toBe("retry");
    expect(smtpOutcome(421)).toBe("retry");
    expect(smtpOutcome(550)).toBe("failed");
  });

  it("sends an interrupted attempt again where the receiver can drop a repeat, and only there", () => {
    expect(afterInterruption("webhook")).toBe("retry");
    expect(afterInterruption("email")).toBe("retry");
    expect(afterInterruption("slack")).toBe("uncertain");
    expect(afterInterruption("teams")).toBe("uncertain");
  });
});
