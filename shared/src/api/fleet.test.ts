import { describe, expect, it } from "vitest";
import { type FleetDocumentInput, fleetDocumentSchema } from "./fleet.ts";
import { completeFleet, missingWhenNew } from "./fleet-complete.ts";

function doc(): FleetDocumentInput {
  return {
    sites: [
      {
        id: "hotel",
        name: "Hotel",
        timezone: "Europe/Oslo",
        hours: { "mon-fri": "06:00-23:00", sun: "closed" },
        zones: [
          {
            id: "lobby",
            name: "Lobby",
            assets: [{ id: "lamp", name: "Lamp", category: "lighting" }],
            checkpoints: [
              { id: "lobby-check", name: "Lobby", intervalMinutes: 60, assets: ["lamp"] },
            ],
          },
        ],
        devices: [{ id: "lobby-sensor", kind: "sensor", intervalSeconds: 60, watches: ["lamp"] }],
      },
    ],
  };
}

function problems(input: unknown): string[] {
  const result = fleetDocumentSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

describe("fleetDocumentSchema", () => {
  it("takes a whole fleet and fills in the defaults", () => {
    const parsed = fleetDocumentSchema.parse({ sites: [{ id: "s", name: "S" }] });
    // A document merges: what it leaves out is not filled in, so that it changes nothing.
    expect(parsed.sites[0]).toEqual({ id: "s", name: "S", zones: [], devices: [] });
    expect(completeFleet(parsed).sites[0]).toMatchObject({
      timezone: "UTC",
      hours: {},
      language: "en",
    });
    expect(problems(doc())).toEqual([]);
  });

  it("names every duplicate id with its path", () => {
    const d = doc();
    const site = d.sites[0] as NonNullable<FleetDocumentInput["sites"][number]> & {
      zones: NonNullable<unknown>[];
    };
    const zone = structuredClone(d.sites[0]?.zones?.[0]);
    (site.zones as unknown[]).push(zone);
    d.sites[0]?.devices?.push({ id: "lobby-sensor", kind: "button", intervalSeconds: 600 });
    expect(problems(d)).toEqual([
      "sites.0.zones.1.id: duplicate zone lobby",
      "sites.0.zones.1.assets.0.id: duplicate asset lamp",
      "sites.0.zones.1.checkpoints.0.id: duplicate checkpoint lobby-check",
      "sites.0.devices.1.id: duplicate device lobby-sensor",
    ]);
  });

  it("refuses bad hours, time zones and ids with a hint", () => {
    expect(problems({ sites: [{ id: "s", name: "S", hours: { weekdays: "9-5" } }] })).toEqual([
      "sites.0.hours.weekdays: HH:MM-HH:MM or closed",
      "sites.0.hours.weekdays: a day, a day range such as mon-fri, or a date such as 2026-12-25",
    ]);
    expect(problems({ sites: [{ id: "s", name: "S", timezone: "Mars/Olympus" }] })).toEqual([
      "sites.0.timezone: an IANA time zone such as Europe/Oslo",
    ]);
    expect(problems({ sites: [{ id: "Bad Id", name: "S" }] })[0]).toMatch(/^sites\.0\.id: /);
  });

  it("takes dates in the hours, within the day", () => {
    const at = (hours: Record<string, string>) => problems({ sites: [{ id: "s", hours }] });
    expect(at({ "2026-12-25": "closed", "2026-12-24": "10:00-14:00" })).toEqual([]);
    expect(at({ "2026-12-31": "20:00-02:00" })).toEqual([
      "sites.0.hours.2026-12-31: a date's hours end on that date (no range past midnight)",
    ]);
  });
});

describe("what a new object needs", () => {
  it("names the fields a new object lacks, and completes a document that has them", () => {
    expect(missingWhenNew("asset", { id: "lamp", name: "Lamp" })).toEqual(["category"]);
    expect(missingWhenNew("device", { id: "d" })).toEqual(["kind", "intervalSeconds"]);
    expect(() =>
      completeFleet(fleetDocumentSchema.parse({ sites: [{ id: "s", zones: [{ id: "z" }] }] })),
    ).toThrow("site s: name required");
  });
});
