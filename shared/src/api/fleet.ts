import { z } from "zod";
import { ASSET_CATEGORIES } from "../faults.ts";
import { idSchema } from "../ids.ts";

/**
 * The fleet document of `PUT /api/fleet`: the registry, nested as the model is. It is merged into
 * what is provisioned: a field left out keeps its value, an object left out is left as it is
 * (docs/api.md#fleet-merge-rules). What a new object needs (a name, an asset's category, a
 * device's kind and interval) is checked by the server, which knows what exists.
 */

const name = z.string().trim().min(1).max(120);

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const DAY_NAMES = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
const day = `(?:${DAY_NAMES.join("|")})`;
// 24:00 is the end of the day; 24:01 and later are no time at all, and a range ending at 24:30
// would count half an hour past midnight as open where isOpenAt never sees it (checks.property).
const time = "(?:(?:[01]\\d|2[0-3]):[0-5]\\d|24:00)";

/**
 * Opening hours: keys are a day or a day range (`mon-fri`, `sat`), or a date (`2026-12-25`) whose
 * hours replace its weekday's; values `HH:MM-HH:MM` or `closed`. Weekdays not named are closed,
 * unless no weekday is named at all: then every day is open around the clock but the dates named.
 * No hours (`{}`) mean open around the clock.
 */
const DAY_KEY = new RegExp(`^${day}(?:-${day})?$`);
/** A date of the site's calendar (a holiday, a closed day) whose hours replace its weekday's. */
const DATE_KEY = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;

export function isDateKey(key: string): boolean {
  return DATE_KEY.test(key);
}

export const openingHoursSchema = z
  .record(
    z.string(),
    z.union([
      z.literal("closed"),
      z.string().regex(new RegExp(`^${time}-${time}$`), "HH:MM-HH:MM or closed"),
    ]),
  )
  // Checked here rather than as the record's key schema, whose refusal says only "invalid key".
  .superRefine((hours, ctx) => {
    for (const key of Object.keys(hours)) {
      if (!DAY_KEY.test(key) && !DATE_KEY.test(key))
        ctx.addIssue({
          code: "custom",
          path: [key],
          message: "a day, a day range such as mon-fri, or a date such as 2026-12-25",
        });
      else if (DATE_KEY.test(key) && hours[key] !== "closed" && overnight(hours[key] ?? ""))
        ctx.addIssue({
          code: "custom",
          path: [key],
          message: "a date's hours end on that date (no range past midnight)",
        });
    }
  });

function overnight(range: string): boolean {
  const [from = "", to = ""] = range.split("-");
  return to <= from;
}

/**
 * Retired (addition): off the boards, the alerts and the lists, its history and reports kept;
 * `false` brings it back. Retiring a site or a zone retires what is in it with it.
 */
const retired = z.boolean().optional();

/** The languages a site's guests and reports may be in (addition). */
export const SITE_LANGUAGES = ["en", "nb", "da", "sv"] as const;
export type SiteLanguage = (typeof SITE_LANGUAGES)[number];

export const fleetAssetSchema = z.object({
  id: idSchema,
  name: name.optional(),
  category: z.enum(ASSET_CATEGORIES).optional(),
  customerVisible: z.boolean().optional(),
  retired,
});

export const checkpointIntervalSchema = z
  .number()
  .int()
  .min(5)
  .max(7 * 24 * 60);

export const fleetCheckpointSchema = z.object({
  id: idSchema,
  name: name.optional(),
  intervalMinutes: checkpointIntervalSchema.optional(),
  /** The assets it covers, all of them: given, it replaces the list; left out, keeps it. */
  assets: z.array(idSchema).max(500).optional(),
  retired,
});

export const fleetZoneSchema = z.object({
  id: idSchema,
  name: name.optional(),
  /** Assets and checkpoints listed are created or updated here; those not listed stay as they are. */
  assets: z.array(fleetAssetSchema).max(5000).default([]),
  checkpoints: z.array(fleetCheckpointSchema).max(500).default([]),
  retired,
});

export const DEVICE_KINDS = ["sensor", "button"] as const;
export type DeviceKind = (typeof DEVICE_KINDS)[number];

export const deviceIntervalSchema = z
  .number()
  .int()
  .min(5)
  .max(7 * 24 * 3600);

export const fleetDeviceSchema = z.object({
  id: idSchema,
  kind: z.enum(DEVICE_KINDS).optional(),
  /** `null` clears it. */
  name: name.nullable().optional(),
  /** How often the device is expected to be heard; three silent intervals make it offline. */
  intervalSeconds: deviceIntervalSchema.optional(),
  /**
   * The assets a sensor watches (addition to the contract): when the sensor falls silent, their
   * state is unknown rather than ok. Given, it replaces the list; left out, keeps it.
   */
  watches: z.array(idSchema).max(200).optional(),
  /**
   * The checkpoints a button serves (addition to the contract): where it may check in, and, with
   * the assets those checkpoints cover, what it may resolve. `null` (and a new device that does
   * not say): every checkpoint of its site (see `deviceScope`); `[]`: none, for a button that
   * only reports; left out: as it was.
   */
  serves: z.array(idSchema).max(200).nullable().optional(),
  retired,
});

export const timeZoneSchema = z
  .string()
  .refine(isTimeZone, "an IANA time zone such as Europe/Oslo");

export const fleetSiteSchema = z.object({
  id: idSchema,
  name: name.optional(),
  /** `null` clears it. */
  address: z.string().trim().max(300).nullable().optional(),
  /** UTC for a new site that does not say. */
  timezone: timeZoneSchema.optional(),
  /** Replaces the site's hours as a whole; `{}`: open around the clock. */
  hours: openingHoursSchema.optional(),
  /** The language of its QR page, labels and reports (addition); `en` for a new site. */
  language: z.enum(SITE_LANGUAGES).optional(),
  /** A site of the simulated demo chain (addition): `DELETE /api/demo` removes it and its history. */
  demo: z.boolean().optional(),
  zones: z.array(fleetZoneSchema).max(1000).default([]),
  devices: z.array(fleetDeviceSchema).max(10_000).default([]),
  retired,
});

/** A fleet document of a large chain (thousands of assets) fits well within this. */
export const MAX_FLEET_BYTES = 16 * 1024 * 1024;

export const fleetDocumentSchema = z
  .object({ sites: z.array(fleetSiteSchema).max(5000) })
  .superRefine((doc, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: "custom", path, message });
    // Ids that the model nests must be unique where they live; a duplicate is a typo, not an update.
    const once = (seen: Set<string>, id: string, what: string, path: (string | number)[]) => {
      if (seen.has(id)) issue(path, `duplicate ${what} ${id}`);
      seen.add(id);
    };
    // Which assets checkpoints and sensors name, and which checkpoints buttons serve, is checked
    // by the server, against the document and what was provisioned before: a document may
    // update a site in parts.
    const devices = new Set<string>();
    doc.sites.forEach((site, s) => {
      const zones = new Set<string>();
      const assets = new Set<string>();
      const checkpoints = new Set<string>();
      site.zones.forEach((zone, z) => {
        const at = ["sites", s, "zones", z];
        once(zones, zone.id, "zone", [...at, "id"]);
        zone.assets.forEach((a, i) => {
          once(assets, a.id, "asset", [...at, "assets", i, "id"]);
        });
        zone.checkpoints.forEach((c, i) => {
          once(checkpoints, c.id, "checkpoint", [...at, "checkpoints", i, "id"]);
        });
      });
      site.devices.forEach((device, d) => {
        once(devices, device.id, "device", ["sites", s, "devices", d, "id"]);
        // Check-ins are people's, made on a button; a sensor is scoped by what it watches.
        if (device.kind === "sensor" && device.serves !== undefined)
          issue(["sites", s, "devices", d, "serves"], "only a button serves checkpoints");
      });
    });
  });

export type FleetDocument = z.infer<typeof fleetDocumentSchema>;
/** A fleet document as written, before defaults are applied. */
export type FleetDocumentInput = z.input<typeof fleetDocumentSchema>;
export type FleetSite = z.infer<typeof fleetSiteSchema>;
export type FleetZone = z.infer<typeof fleetZoneSchema>;
export type FleetAsset = z.infer<typeof fleetAssetSchema>;
export type FleetCheckpoint = z.infer<typeof fleetCheckpointSchema>;
export type FleetDevice = z.infer<typeof fleetDeviceSchema>;
export type OpeningHours = z.infer<typeof openingHoursSchema>;

export const fleetResultSchema = z.object({
  created: z.object({
    sites: z.array(z.string()),
    zones: z.number().int(),
    assets: z.number().int(),
    checkpoints: z.number().int(),
    devices: z.array(z.string()),
  }),
  updated: z.object({
    sites: z.number().int(),
    zones: z.number().int(),
    assets: z.number().int(),
    checkpoints: z.number().int(),
    devices: z.number().int(),
  }),
  /** Devices put under another site: their connections were closed (addition). */
  moved: z.array(z.string()),
  /** The secret of each newly created device, shown this once. */
  secrets: z.record(z.string(), z.string()),
});
export type FleetResult = z.infer<typeof fleetResultSchema>;
