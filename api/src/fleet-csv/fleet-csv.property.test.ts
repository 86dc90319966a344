import {
  ASSET_CATEGORIES,
  DAY_NAMES,
  type FleetDocument,
  fleetDocumentSchema,
  openingHoursSchema,
  SITE_LANGUAGES,
} from "@bulbcheck/shared";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCsv } from "./csv-read.ts";
import { fleetCsv } from "./fleet-to-sheet.ts";
import { planImport } from "./import-plan.ts";

/**
 * Export then import, on any registry: the sheet reads back as the same fleet. Names hold what
 * spreadsheets and CSV trip on (delimiters, quotes, line breaks, formula starts, non-ASCII).
 * `BULBCHECK_FUZZ_RUNS` sets the number of runs (default 100).
 */

const RUNS = Number(process.env.BULBCHECK_FUZZ_RUNS ?? 100);

// `none` and `all` are the words of list cells; an id may be either, but not alone in a list.
const id = fc
  .stringMatching(/^[a-z0-9][a-z0-9-]{0,10}$/)
  .filter((v) => v !== "none" && v !== "all");
const name = fc
  .array(
    fc.constantFrom(
      "a",
      "Z",
      "ø",
      " ",
      ",",
      ";",
      '"',
      "'",
      "=",
      "+",
      "-",
      "@",
      "\n",
      "\t",
      "é",
      "1",
    ),
    {
      minLength: 1,
      maxLength: 16,
    },
  )
  .map((chars) => chars.join("").trim())
  .filter((v) => v !== "");
const flag = fc.boolean();

const dayKey = fc.oneof(
  fc.constantFrom(...DAY_NAMES),
  fc
    .tuple(fc.constantFrom(...DAY_NAMES), fc.constantFrom(...DAY_NAMES))
    .map(([a, b]) => `${a}-${b}`),
  fc.constantFrom("2026-12-25", "2027-01-01"),
);
const hours = fc
  .dictionary(dayKey, fc.constantFrom("closed", "07:00-22:00", "00:00-24:00", "09:30-18:00"), {
    maxKeys: 4,
  })
  .filter((h) => openingHoursSchema.safeParse(h).success);

const subset = (ids: readonly string[]) => fc.subarray([...ids]);

const site = fc
  .record({
    id,
    name,
    address: fc.option(name, { nil: null }),
    timezone: fc.constantFrom("UTC", "Europe/Oslo", "America/St_Johns", "Asia/Kathmandu"),
    language: fc.constantFrom(...SITE_LANGUAGES),
    hours,
    retired: flag,
    zones: fc.uniqueArray(
      fc.record({
        id,
        name,
        retired: flag,
        assets: fc.uniqueArray(
          fc.record({
            id,
            name,
            category: fc.constantFrom(...ASSET_CATEGORIES),
            customerVisible: flag,
            retired: flag,
          }),
          { selector: (a) => a.id, maxLength: 4 },
        ),
      }),
      { selector: (z) => z.id, maxLength: 3 },
    ),
  })
  .chain((s) => {
    const assets = [...new Set(s.zones.flatMap((z) => z.assets.map((a) => a.id)))];
    // Asset ids are unique in a site: keep each in the first zone that has it.
    const placed = new Set<string>();
    const zones = s.zones.map((z) => ({
      ...z,
      assets: z.assets.filter((a) => !placed.has(a.id) && placed.add(a.id)),
    }));
    return fc
      .tuple(
        fc.array(
          fc.record({
            id,
            name,
            intervalMinutes: fc.integer({ min: 5, max: 10_080 }),
            assets: subset(assets),
            retired: flag,
          }),
          { maxLength: 2 * zones.length },
        ),
        fc.array(
          fc.record({
            id,
            name: fc.option(name, { nil: undefined }),
            intervalSeconds: fc.integer({ min: 5, max: 604_800 }),
            watches: subset(assets),
            retired: flag,
            button: flag,
          }),
          { maxLength: 3 },
        ),
      )
      .chain(([checkpoints, devices]) => {
        const cps = [...new Map(checkpoints.map((c) => [c.id, c])).values()];
        return fc
          .tuple(...devices.map(() => fc.option(subset(cps.map((c) => c.id)), { nil: null })))
          .map((serves) => ({
            ...s,
            zones: zones.map((z, i) => ({
              ...z,
              checkpoints: cps.filter((_, c) => c % Math.max(zones.length, 1) === i),
            })),
            devices: devices.map(({ button, ...d }, i) =>
              button
                ? { ...d, kind: "button" as const, serves: serves[i] ?? null }
                : { ...d, kind: "sensor" as const },
            ),
          }));
      });
  });

/** A registry as the store reads one: device ids global, every field there. */
const registry = fc
  .uniqueArray(site, { selector: (s) => s.id, maxLength: 3 })
  .map((sites) => {
    const devices = new Set<string>();
    return {
      sites: sites.map((s) => ({
        ...s,
        devices: s.devices.filter((d) => !devices.has(d.id) && devices.add(d.id)),
      })),
    };
  })
  .map((doc) => fleetDocumentSchema.parse(doc));

const EMPTY: FleetDocument = { sites: [] };

describe("the fleet CSV, exported and imported", () => {
  it("reads back into the same registry as all unchanged", () => {
    fc.assert(
      fc.property(registry, (doc) => {
        const plan = planImport({ text: fleetCsv(doc), current: doc });
        expect(plan.errors).toEqual([]);
        expect(plan.rows.filter((r) => r.action !== "unchanged")).toEqual([]);
        expect(plan.document?.sites).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it("makes the same fleet in an empty registry", () => {
    fc.assert(
      fc.property(registry, (doc) => {
        const plan = planImport({ text: fleetCsv(doc), current: EMPTY });
        expect(plan.errors).toEqual([]);
        expect(plan.rows.every((r) => r.action === "created")).toBe(true);
        expect(fleetCsv(plan.document as FleetDocument)).toBe(fleetCsv(doc));
      }),
      { numRuns: RUNS },
    );
  });

  it("writes one record per object, whatever the names hold", () => {
    fc.assert(
      fc.property(registry, (doc) => {
        const objects = doc.sites.reduce(
          (n, s) =>
            n +
            1 +
            s.devices.length +
            s.zones.reduce((m, z) => m + 1 + z.assets.length + z.checkpoints.length, 0),
          0,
        );
        expect(readCsv(fleetCsv(doc)).records).toHaveLength(objects + 1);
      }),
      { numRuns: RUNS },
    );
  });
});
