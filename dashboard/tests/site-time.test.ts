import { describe, expect, it } from "vitest";
import { instantOfWallTime, wallTimeOf, zoneWords } from "../src/lib/site-time.ts";

/** A due time typed on a site's clock means that instant, whatever the browser's or server's zone. */
describe("a site's wall clock", () => {
  it("reads a time in Oslo in winter (UTC+1) and in summer (UTC+2)", () => {
    expect(new Date(instantOfWallTime("2026-12-03T14:00", "Europe/Oslo") ?? 0).toISOString()).toBe(
      "2026-12-03T13:00:00.000Z",
    );
    expect(new Date(instantOfWallTime("2026-07-03T14:00", "Europe/Oslo") ?? 0).toISOString()).toBe(
      "2026-07-03T12:00:00.000Z",
    );
    expect(new Date(instantOfWallTime("2026-07-03T14:00", "UTC") ?? 0).toISOString()).toBe(
      "2026-07-03T14:00:00.000Z",
    );
  });

  it("shows an instant as the site's clock does, and back", () => {
    const at = Date.parse("2026-10-26T00:30:00Z");
    expect(wallTimeOf(at, "Europe/Oslo")).toBe("2026-10-26T01:30");
    expect(instantOfWallTime(wallTimeOf(at, "Europe/Helsinki"), "Europe/Helsinki")).toBe(at);
  });

  it("takes a time a clock change skips as the one after it, and refuses what is no time", () => {
    // 29 March 2026, 02:00 -> 03:00 in Oslo: 02:30 does not exist.
    const skipped = instantOfWallTime("2026-03-29T02:30", "Europe/Oslo") ?? 0;
    expect(wallTimeOf(skipped, "Europe/Oslo")).toBe("2026-03-29T03:30");
    expect(instantOfWallTime("tomorrow", "Europe/Oslo")).toBeNull();
    expect(instantOfWallTime("", "Europe/Oslo")).toBeNull();
  });

  it("names the zone for people", () => {
    expect(zoneWords("Europe/Oslo")).toBe("Oslo time");
    expect(zoneWords("America/New_York")).toBe("New York time");
    expect(zoneWords("UTC")).toBe("UTC");
  });
});
