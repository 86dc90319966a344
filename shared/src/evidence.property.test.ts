import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addEvidence,
  type Evidence,
  independentSources,
  isConfirmed,
  REPORT_CHANNELS,
  type ReportChannel,
} from "./evidence.ts";

/**
 * The evidence rules under random sequences of reports: counts add up, order does not matter,
 * repeating a source never confirms, and a second channel or a second person always does.
 */

const T0 = Date.parse("2026-12-02T08:00:00Z");
const channel = fc.constantFrom(...REPORT_CHANNELS);
const reporter = fc.constantFrom("kari", "ola", "token:ci", "QR code", "sensor-1", "pad-1");
const report = fc.record({
  channel,
  reporter,
  at: fc.integer({ min: T0, max: T0 + 86_400_000 }),
});

const play = (reports: readonly { channel: ReportChannel; reporter: string; at: number }[]) =>
  reports.reduce<Evidence[]>((e, r) => addEvidence(e, r), []);

describe("evidence, property", () => {
  it("counts every report once, per distinct (channel, reporter)", () => {
    fc.assert(
      fc.property(fc.array(report, { maxLength: 40 }), (reports) => {
        const e = play(reports);
        expect(e.reduce((n, x) => n + x.reports, 0)).toBe(reports.length);
        const keys = new Set(reports.map((r) => `${r.channel}/${r.reporter}`));
        expect(e).toHaveLength(keys.size);
        for (const x of e) expect(x.firstAt).toBeLessThanOrEqual(x.lastAt);
      }),
    );
  });

  it("decides the same whatever order the reports arrive in", () => {
    fc.assert(
      fc.property(
        fc
          .array(report, { maxLength: 20 })
          .chain((r) => fc.tuple(fc.constant(r), fc.shuffledSubarray(r, { minLength: r.length }))),
        ([reports, shuffled]) => {
          expect(isConfirmed(play(shuffled))).toBe(isConfirmed(play(reports)));
          expect(independentSources(play(shuffled))).toBe(independentSources(play(reports)));
        },
      ),
    );
  });

  it("is never confirmed by one source repeating itself", () => {
    fc.assert(
      fc.property(
        report,
        fc.array(fc.integer({ min: T0, max: T0 + 86_400_000 }), { maxLength: 20 }),
        (r, times) => {
          expect(isConfirmed(play([r, ...times.map((at) => ({ ...r, at }))]))).toBe(false);
        },
      ),
    );
  });

  it("is confirmed once a second channel, or a second signed-in person, reports", () => {
    fc.assert(
      fc.property(fc.array(report, { minLength: 1, maxLength: 20 }), (reports) => {
        const e = play(reports);
        const channels = new Set(e.map((x) => x.channel));
        const people = new Set(
          e
            .filter((x) => x.channel === "dashboard" && !x.reporter.startsWith("token:"))
            .map((x) => x.reporter),
        );
        expect(isConfirmed(e)).toBe(channels.size >= 2 || people.size >= 2);
        // Adding evidence never takes a confirmation away.
        if (isConfirmed(e))
          expect(isConfirmed(addEvidence(e, reports[0] as (typeof reports)[0]))).toBe(true);
      }),
    );
  });
});
