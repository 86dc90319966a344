import { describe, expect, it } from "vitest";
import { siteWindow, tallyWindow } from "./insight-window.ts";

const site = (id: string, timezone: string) => ({ site: id, name: id, timezone });
// Tuesday 1 December 2026, 03:30 UTC: 04:30 in Oslo, 22:30 on Monday in New York.
const NOW = Date.UTC(2026, 11, 1, 3, 30);

describe("the insights' window on each site's clock", () => {
  it("starts at midnight of the first day on each zone's clock", () => {
    const w = siteWindow([site("oslo", "Europe/Oslo"), site("ny", "America/New_York")], NOW, 2);
    // Oslo is on 1 December, New York still on 30 November: the window ends on Oslo's today.
    expect(new Date(w.firstDay * 86_400_000).toISOString().slice(0, 10)).toBe("2026-11-30");
    expect(w.starts.get("Europe/Oslo")).toBe(Date.UTC(2026, 10, 29, 23));
    expect(w.starts.get("America/New_York")).toBe(Date.UTC(2026, 10, 30, 5));
    expect(w.from).toBe(Date.UTC(2026, 10, 29, 23));
  });

  it("starts a window of sites west of UTC at their own midnight, not UTC's", () => {
    const w = siteWindow([site("ny", "America/New_York")], NOW, 1);
    expect(w.from).toBe(Date.UTC(2026, 10, 30, 5));
  });

  it("counts a defect and a resolution on the day of its own site's clock", () => {
    const sites = [site("oslo", "Europe/Oslo"), site("london", "Europe/London")];
    const at = Date.UTC(2026, 10, 30, 23, 30);
    const defect = {
      opened: at,
      source: "staff",
      category: "lighting",
      ack: 60_000,
      resolve: null,
    };
    const tally = tallyWindow(
      sites,
      [
        { site: "oslo", ...defect },
        { site: "london", ...defect },
      ],
      [{ timezone: "Europe/Oslo", slot: at / 900_000, n: 2 }],
    );
    const day = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;
    expect(tally.openedPerDay.get(day("2026-12-01"))).toBe(1);
    expect(tally.openedPerDay.get(day("2026-11-30"))).toBe(1);
    expect(tally.resolvedPerDay.get(day("2026-12-01"))).toBe(2);
    expect(tally.bySite.get("oslo")?.acknowledge).toEqual([1]);
  });
});
