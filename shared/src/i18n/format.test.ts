import { describe, expect, it } from "vitest";
import { formatDuration } from "./format.ts";

describe("a length of time for people", () => {
  it("says minutes, hours with minutes under ten hours, hours, days with hours, days", () => {
    const en = (minutes: number) => formatDuration(minutes, "en");
    expect(en(3)).toBe("3 mins");
    expect(en(59.6)).toBe("1 hr");
    expect(en(80)).toBe("1 hr 20 mins");
    expect(en(120)).toBe("2 hrs");
    expect(en(9 * 60 + 59)).toBe("9 hrs 59 mins");
    expect(en(14 * 60 + 20)).toBe("14 hrs");
    expect(en(47 * 60 + 40)).toBe("2 days");
    expect(en(53 * 60)).toBe("2 days 5 hrs");
    expect(en(12 * 24 * 60 + 300)).toBe("12 days");
  });

  it("is never more than a few percent off", () => {
    const value = (text: string) => {
      let minutes = 0;
      for (const [, n, u] of text.matchAll(/(\d+) (min|hr|day)/g))
        minutes += Number(n) * (u === "min" ? 1 : u === "hr" ? 60 : 1440);
      return minutes;
    };
    for (let m = 1; m < 30 * 1440; m += 7) {
      const said = value(formatDuration(m, "en"));
      expect(Math.abs(said - m) / m, `${m} min read as ${formatDuration(m, "en")}`).toBeLessThan(
        0.07,
      );
    }
  });

  it("speaks each language's units", () => {
    expect(formatDuration(80, "nb")).toBe("1 t 20 min");
    expect(formatDuration(80, "sv")).toBe("1 tim 20 min");
    expect(formatDuration(53 * 60, "da")).toBe("2 dage 5 t.");
  });
});
