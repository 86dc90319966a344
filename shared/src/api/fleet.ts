import { z } from "zod";
import { ASSET_CATEGORIES } from "../faults.ts";
import { idSchema } from "../ids.ts";

/** The fleet document of `PUT /api/fleet`: the registry, nested as the model is. */

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
 * Opening hours: keys are a day or a day range (`mon-fri`, `sat`), values `HH:MM-HH:MM` or
 * `closed`. Days not named are closed. Absent hours mean open around the clock.
 */
const DAY_KEY = new RegExp(`^${day}(?:-${day})?$`);

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
      if (!DAY_KEY.test(key))
        ctx.addIssue({
          code: "custom",
          path: [key],
          message: "a day or a day range such as mon-fri",
        });
    }
  });

export const fleetAssetSchema = z.object({
  id: idSchema,
  name,
  category: z.enum(ASSET_CATEGORIES),
  customerVisible: z.boolean().default(false),
});

export const fleetCheckpointSchema = z.object({
  id: idSchema,
  name,
  intervalMinutes: z
    .number()
    .int()
    .min(5)
    .max(7 * 24 * 60),
  assets: z.array(idSchema).max(500).default([]),
});

export const fleetZoneSchema = z.object({
  id: idSchema,
  name,
  assets: z.array(fleetAssetSchema).max(5000).default([]),
  checkpoints: z.array(fleetCheckpointSchema).max(500).default([]),
});

export const DEVICE_KINDS = ["sensor", "button"] as const;
export type DeviceKind = (typeof DEVICE_KINDS)[number];

export const fleetDeviceSchema = z.object({
  id: idSchema,
  kind: z.enum(DEVICE_KINDS),
  name: name.optional(),
  /** How often the device is expected to be heard; three silent intervals make it offline. */
  intervalSeconds: z
    .number()
    .int()
    .min(5)
    .max(7 * 24 * 3600),
  /**
   * The assets a sensor watches (addition to the contract): when the sensor falls silent, their
   * state is unknown rather than ok.
   */
  watches: z.array(idSchema).max(200).default([]),
  /**
   * The checkpoints a button serves (addition to the contract): where it may check in, and, with
   * the assets those checkpoints cover, what it may resolve. Absent: every checkpoint of its site
   * (see `deviceScope`); `[]`: none, for a button that only reports.
   */
  serves: z.array(idSchema).max(200).optional(),
});

export const fleetSiteSchema = z.object({
  id: idSchema,
  name,
  address: z.string().trim().max(300).optional(),
  timezone: z.string().refine(isTimeZone, "an IANA time zone such as Europe/Oslo").default("UTC"),
  hours: openingHoursSchema.optional(),
  /** A site of the simulated demo chain (addition): `DELETE /api/demo` removes it and its history. */
  demo: z.boolean().optional(),
  zones: z.array(fleetZoneSchema).max(1000).default([]),
  devices: z.array(fleetDeviceSchema).max(10_000).default([]),
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
  /** The secret of each newly created device, shown this once. */
  secrets: z.record(z.string(), z.string()),
});
export type FleetResult = z.infer<typeof fleetResultSchema>;
