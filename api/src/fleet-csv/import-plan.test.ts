import { type FleetDocument, fleetDocumentSchema } from "@bulbcheck/shared";
import { describe, expect, it } from "vitest";
import { fleetCsv } from "./fleet-to-sheet.ts";
import { planImport } from "./import-plan.ts";

/** The registry as the store reads it: every field there. */
const REGISTRY: FleetDocument = fleetDocumentSchema.parse({
  sites: [
    {
      id: "hotel-oslo",
      name: "Hotel Oslo",
      address: null,
      timezone: "Europe/Oslo",
      hours: { "mon-fri": "06:00-23:00" },
      language: "nb",
      demo: false,
      retired: false,
      zones: [
        {
          id: "lobby",
          name: "Lobby",
          retired: false,
          assets: [
            {
              id: "lamp",
              name: "Lamp",
              category: "lighting",
              customerVisible: false,
              retired: false,
            },
          ],
          checkpoints: [
            {
              id: "lobby-check",
              name: "Lobby",
              intervalMinutes: 240,
              assets: ["lamp"],
              retired: false,
            },
          ],
        },
      ],
      devices: [
        {
          id: "lobby-sensor",
          kind: "sensor",
          intervalSeconds: 60,
          watches: ["lamp"],
          retired: false,
        },
      ],
    },
  ],
});

const plan = (text: string, options: { kind?: "asset" | "zone"; current?: FleetDocument } = {}) =>
  planImport({ text, kind: options.kind, current: options.current ?? REGISTRY });

describe("planImport", () => {
  it("creates a chain from one mixed sheet, its rows in any order", () => {
    const result = plan(
      [
        "kind,site,zone,id,name,category,customer_visible,interval_minutes,assets,interval_seconds,watches,serves,timezone,hours",
        "asset,store-bergen,floor,floor-1,Shop floor,cleanliness,yes,,,,,,,",
        "zone,store-bergen,,floor,Floor,,,,,,,,,",
        "site,,,store-bergen,Store Bergen,,,,,,,,Europe/Oslo,mon-sat 09:00-20:00; 2026-12-25 closed",
        "checkpoint,store-bergen,floor,floor-check,Floor round,,,120,floor-1,,,,,",
        "button,store-bergen,,floor-pad,,,,,,3600,,floor-check,,",
      ].join("\n"),
    );
    expect(result.errors).toEqual([]);
    expect(result.rows.map((r) => [r.line, r.kind, r.id, r.action])).toEqual([
      [2, "asset", "floor-1", "created"],
      [3, "zone", "floor", "created"],
      [4, "site", "store-bergen", "created"],
      [5, "checkpoint", "floor-check", "created"],
      [6, "device", "floor-pad", "created"],
    ]);
    const site = result.document?.sites[0];
    expect(site).toMatchObject({
      id: "store-bergen",
      name: "Store Bergen",
      timezone: "Europe/Oslo",
      hours: { "mon-sat": "09:00-20:00", "2026-12-25": "closed" },
      zones: [
        {
          id: "floor",
          name: "Floor",
          assets: [{ id: "floor-1", category: "cleanliness", customerVisible: true }],
          checkpoints: [{ id: "floor-check", intervalMinutes: 120, assets: ["floor-1"] }],
        },
      ],
      devices: [
        { id: "floor-pad", kind: "button", intervalSeconds: 3600, serves: ["floor-check"] },
      ],
    });
  });

  it("keeps what an empty cell leaves out, and writes only what changes", () => {
    const result = plan(
      [
        "site,zone,id,name,category,customer_visible,retired",
        "hotel-oslo,,lamp,,equipment,no,",
        "hotel-oslo,lobby,new-sign,Exit sign,signage,,",
      ].join("\r\n"),
    );
    expect(result.read).toEqual({ delimiter: ",", sheet: "asset" });
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([
      {
        line: 2,
        kind: "asset",
        site: "hotel-oslo",
        id: "lamp",
        action: "changed",
        changes: [{ field: "category", from: "lighting", to: "equipment" }],
      },
      expect.objectContaining({ line: 3, id: "new-sign", action: "created" }),
    ]);
    // The unchanged visibility is not written; the lamp stays in the zone it is in.
    expect(result.document?.sites[0]?.zones[0]?.assets).toEqual([
      { id: "lamp", category: "equipment" },
      { id: "new-sign", name: "Exit sign", category: "signage" },
    ]);
  });

  it("tells each kind of file by its header, or by ?kind= where two kinds fit", () => {
    expect(plan("site,id,name\nhotel-oslo,lobby,Lobby").rows[0]).toMatchObject({
      kind: "zone",
      action: "unchanged",
    });
    const either = plan("site,zone,id,name\nhotel-oslo,lobby,lamp,Lamp 2");
    expect(either.errors).toEqual([
      expect.objectContaining({ line: 1, message: expect.stringMatching(/asset and checkpoint/) }),
    ]);
    expect(
      plan("site,zone,id,name\nhotel-oslo,lobby,lamp,Lamp 2", { kind: "asset" }).rows[0],
    ).toMatchObject({
      action: "changed",
      changes: [{ field: "name", from: "Lamp", to: "Lamp 2" }],
    });
    expect(plan("id,interval_seconds\nlobby-sensor,120").rows[0]).toMatchObject({
      kind: "device",
      site: "hotel-oslo",
      changes: [{ field: "interval_seconds", from: "60", to: "120" }],
    });
  });

  it("reads a devices file's kind column as the devices' kind", () => {
    const result = plan(
      "site;id;kind;name;interval_seconds;watches\nhotel-oslo;lobby-sensor;sensor;;60;lamp\nhotel-oslo;door-pad;button;Door;3600;none",
    );
    expect(result.read).toEqual({ delimiter: ";", sheet: "mixed" });
    expect(result.errors).toEqual([]);
    expect(result.rows.map((r) => r.action)).toEqual(["unchanged", "created"]);
    expect(result.document?.sites[0]?.devices).toEqual([
      { id: "door-pad", kind: "button", name: "Door", intervalSeconds: 3600, watches: [] },
    ]);
  });

  it("answers every row's error with its line and column, and no document", () => {
    const result = plan(
      [
        "kind,site,zone,id,name,category,timezone,customer_visible,interval_minutes,assets,serves",
        "asset,hotel-oslo,lobby,bad-cat,Thing,lightning,,,,,",
        "asset,hotel-oslo,attic,lost,Lost,other,,,,,",
        "zone,hotel-oslo,,garage,,,,,,,",
        "site,,,hotel-bergen,Bergen,,Europe/Bergen,,,,",
        "asset,hotel-oslo,lobby,lamp,,,,maybe,,,",
        "asset,hotel-oslo,lobby,lamp,,,,,,,",
        "checkpoint,hotel-oslo,lobby,round,Round,,,,240,lamp ghost,",
        "device,,,lobby-sensor,,,,,,,lobby-check",
        "sensor,nowhere,,new-one,,,,,,,",
        "zone,hotel-oslo,,lobby,Lobby,lighting,,,,,",
      ].join("\n"),
    );
    expect(result.document).toBeNull();
    expect(result.errors.map((e) => [e.line, e.kind, e.id, e.field, e.message])).toEqual([
      [2, "asset", "bad-cat", "category", expect.stringMatching(/lighting/)],
      [
        3,
        "asset",
        "lost",
        "zone",
        "unknown zone attic at hotel-oslo: add a row for it, or correct the id",
      ],
      [4, "zone", "garage", "name", "required for a new zone"],
      [5, "site", "hotel-bergen", "timezone", "an IANA time zone such as Europe/Oslo"],
      [6, "asset", "lamp", "customer_visible", "yes or no"],
      [7, "asset", "lamp", "id", "duplicate asset lamp (also on line 6)"],
      [8, "checkpoint", "round", "assets", "unknown asset ghost at hotel-oslo"],
      [9, "device", "lobby-sensor", "serves", "only a button serves checkpoints"],
      [
        10,
        "device",
        "new-one",
        "site",
        "unknown site nowhere: add a row for it, or correct the id",
      ],
      [11, "zone", "lobby", "category", "a zone row has no category: leave the cell empty"],
    ]);
  });

  it("says in words what a cell must hold, quoting what it holds", () => {
    const result = plan(
      [
        "kind,site,zone,id,name,language,category,interval_minutes,assets,interval_seconds",
        "site,,,hotel-bergen,Bergen,klingon,,,,",
        "asset,hotel-oslo,lobby,bad-cat,Thing,,lightning,,,",
        `asset,hotel-oslo,lobby,long,${"x".repeat(130)},,other,,,`,
        "checkpoint,hotel-oslo,lobby,round,Round,,,2,lamp Lamp_2,",
        "zone,hotel-oslo,,Lobby 2,Lobby 2,,,,,",
        "device,,,lobby-sensor,,,,,,9999999",
      ].join("\n"),
    );
    expect(result.errors.map((e) => [e.line, e.field, e.message])).toEqual([
      [2, "language", "klingon: one of en, nb, da, sv"],
      [
        3,
        "category",
        "lightning: one of lighting, equipment, cleanliness, supplies, signage, other",
      ],
      [4, "name", "at most 120 characters (this has 130)"],
      [5, "assets", "unknown asset Lamp_2 at hotel-oslo"],
      [5, "interval_minutes", "2: at least 5 minutes"],
      [
        5,
        "assets",
        expect.stringMatching(/^Lamp_2: an id is lowercase letters, digits and dashes/),
      ],
      [6, "id", expect.stringMatching(/^Lobby 2: an id is lowercase letters/)],
      [7, "interval_seconds", "9999999: at most 604800 seconds"],
    ]);
  });

  it("refuses a header it cannot read, on line 1", () => {
    expect(plan("kind,site,id,catgory\nasset,hotel-oslo,lamp,x").errors).toEqual([
      expect.objectContaining({
        line: 1,
        field: "catgory",
        message: expect.stringMatching(/^unknown column catgory/),
      }),
    ]);
    expect(plan("name,address\nx,y").errors[0]?.message).toMatch(/fit no one kind/);
    expect(plan("kind,site,id,id\n").errors[0]).toMatchObject({ field: "id", line: 1 });
  });

  it("takes its own export back as all unchanged", () => {
    const result = plan(fleetCsv(REGISTRY));
    expect(result.errors).toEqual([]);
    expect(result.rows.map((r) => `${r.kind} ${r.id} ${r.action}`)).toEqual([
      "site hotel-oslo unchanged",
      "zone lobby unchanged",
      "asset lamp unchanged",
      "checkpoint lobby-check unchanged",
      "device lobby-sensor unchanged",
    ]);
    expect(result.document?.sites).toEqual([]);
  });
});
