import { describe, expect, it } from "vitest";
import {
  addEvidence,
  defectReference,
  type Evidence,
  independentSources,
  isConfirmed,
  likelyFaults,
  MAX_EVIDENCE,
  passedRoundBefore,
  suspectSensor,
} from "./evidence.ts";

const T = Date.parse("2026-12-02T09:00:00Z");
const MINUTE = 60_000;
const entry = (channel: Evidence["channel"], reporter: string): Evidence => ({
  channel,
  reporter,
  firstAt: T,
  lastAt: T,
  reports: 1,
});

describe("evidence", () => {
  it("counts the same source up and keeps the first and last time", () => {
    let e = addEvidence([], { channel: "qr", reporter: "QR code", at: T + MINUTE });
    e = addEvidence(e, { channel: "qr", reporter: "QR code", at: T });
    e = addEvidence(e, { channel: "sensor", reporter: "s1", at: T + 2 * MINUTE });
    expect(e).toEqual([
      { channel: "qr", reporter: "QR code", firstAt: T, lastAt: T + MINUTE, reports: 2 },
      {
        channel: "sensor",
        reporter: "s1",
        firstAt: T + 2 * MINUTE,
        lastAt: T + 2 * MINUTE,
        reports: 1,
      },
    ]);
  });

  it("keeps at most MAX_EVIDENCE sources", () => {
    let e: Evidence[] = [];
    for (let i = 0; i < MAX_EVIDENCE + 5; i++)
      e = addEvidence(e, { channel: "dashboard", reporter: `u${i}`, at: T });
    expect(e).toHaveLength(MAX_EVIDENCE);
  });

  it("is confirmed by two channels", () => {
    expect(isConfirmed([entry("sensor", "s1"), entry("qr", "QR code")])).toBe(true);
    expect(isConfirmed([entry("button", "pad"), entry("dashboard", "kari")])).toBe(true);
  });

  it("is confirmed by two signed-in people", () => {
    expect(isConfirmed([entry("dashboard", "kari"), entry("dashboard", "ola")])).toBe(true);
  });

  it("is not confirmed by one source, however often, nor by two of one anonymous channel", () => {
    expect(isConfirmed([])).toBe(false);
    const often: Evidence[] = [{ ...entry("dashboard", "kari"), reports: 5 }];
    expect(isConfirmed(often)).toBe(false);
    expect(isConfirmed([entry("qr", "QR code")])).toBe(false);
    expect(isConfirmed([entry("sensor", "s1"), entry("sensor", "s2")])).toBe(false);
    expect(isConfirmed([entry("button", "pad-1"), entry("button", "pad-2")])).toBe(false);
  });

  it("does not count API tokens as people", () => {
    expect(
      independentSources([entry("dashboard", "token:ci"), entry("dashboard", "token:other")]),
    ).toBe(1);
    expect(independentSources([entry("dashboard", "token:ci"), entry("dashboard", "kari")])).toBe(
      1,
    );
    expect(independentSources([entry("dashboard", "token:ci"), entry("qr", "QR code")])).toBe(2);
  });
});

describe("suspectSensor", () => {
  const ok = { device: "lamp-sensor", state: "ok" as const, at: T - MINUTE, windowMs: 3 * MINUTE };

  it("suspects a sensor that said ok a minute before a person saw the fault", () => {
    expect(suspectSensor({ fault: "bulb_out", category: "lighting", at: T }, [ok])).toEqual(ok);
  });

  it("does not suspect a sensor that said fault, said ok too long ago, or cannot see the fault", () => {
    const report = { fault: "bulb_out" as const, category: "lighting", at: T };
    expect(suspectSensor(report, [{ ...ok, state: "fault" }])).toBeUndefined();
    expect(suspectSensor(report, [{ ...ok, at: T - 4 * MINUTE }])).toBeUndefined();
    expect(suspectSensor({ ...report, fault: "dirty" }, [ok])).toBeUndefined();
    expect(suspectSensor({ ...report, fault: "other", category: "other" }, [ok])).toBeUndefined();
    expect(suspectSensor({ ...report, fault: "device_offline" }, [ok])).toBeUndefined();
  });

  it("names the sensor that spoke last", () => {
    const later = { ...ok, device: "second", at: T - 10_000 };
    expect(
      suspectSensor({ fault: "flicker", category: "lighting", at: T }, [ok, later])?.device,
    ).toBe("second");
  });
});

describe("passedRoundBefore", () => {
  const pass = { checkpoint: "elev-a-check", at: T - 12 * MINUTE, staff: "kari", result: "ok" };
  it("marks a fault minutes after a passed round", () => {
    expect(passedRoundBefore(pass, T, 30 * MINUTE)).toEqual({
      checkpoint: "elev-a-check",
      at: T - 12 * MINUTE,
      staff: "kari",
    });
  });
  it("does not mark after a round that found defects, a round long ago, or none", () => {
    expect(passedRoundBefore({ ...pass, result: "defects" }, T, 30 * MINUTE)).toBeNull();
    expect(passedRoundBefore({ ...pass, at: T - 31 * MINUTE }, T, 30 * MINUTE)).toBeNull();
    expect(passedRoundBefore(undefined, T, 30 * MINUTE)).toBeNull();
  });
});

describe("likelyFaults", () => {
  it("offers the asset's category first, then what it had most, then the rest, something else last", () => {
    const faults = likelyFaults("lighting", { dirty: 3, spill: 1, bulb_out: 0, flicker: 2 });
    expect(faults.slice(0, 4)).toEqual(["flicker", "bulb_out", "dirty", "spill"]);
    expect(faults.at(-1)).toBe("other");
    expect(new Set(faults).size).toBe(faults.length);
    expect(faults).toHaveLength(10);
  });
});

it("makes a reference a customer can quote", () => {
  expect(defectReference(1234)).toBe("D-1234");
});
