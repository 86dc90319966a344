import {
  type FleetDocumentInput,
  type FleetObjectKind,
  type ImportRowError,
  missingWhenNew,
} from "@bulbcheck/shared";
import { columnOf } from "./columns.ts";
import { inSite, type RegistryIndex } from "./registry-index.ts";
import { problemOf, type RowProblem } from "./row-problem.ts";
import type { SheetRow } from "./sheet-rows.ts";

/**
 * Rows of a sheet placed where the fleet document nests them (an asset in its site's zone, a
 * device in its site) and checked against each other and the registry as `PUT /api/fleet`
 * checks a document: what they name exists, a new object says what a new one must. An empty
 * `site` or `zone` of an existing object is where it is now.
 */

export interface PlacedRow extends SheetRow {
  site: string;
  /** Whether the registry has the object now. */
  exists: boolean;
}

export interface Placed {
  rows: PlacedRow[];
  errors: ImportRowError[];
}

const WHAT: Record<SheetRow["kind"], string> = {
  site: "site",
  zone: "zone",
  asset: "asset",
  checkpoint: "checkpoint",
  device: "device",
};

export function placeRows(rows: readonly SheetRow[], index: RegistryIndex): Placed {
  const errors: ImportRowError[] = [];
  const problem = (row: SheetRow, field: string | null, said: RowProblem) =>
    errors.push({ line: row.line, kind: row.kind, id: row.id, field, ...said });
  const requiredNew = (row: SheetRow, field: string) =>
    problem(
      row,
      field,
      problemOf("required_new", `required for a new ${row.kind}`, { kind: row.kind }),
    );

  // What the file itself declares, wherever its rows are: a zone's row may follow its assets'.
  const sites = new Set(rows.filter((r) => r.kind === "site").map((r) => r.id));
  const zones = new Set(
    rows.filter((r) => r.kind === "zone" && r.site).map((r) => inSite(r.site as string, r.id)),
  );
  const assets = new Set<string>();
  const checkpoints = new Set<string>();
  for (const row of rows) {
    if (row.kind !== "asset" && row.kind !== "checkpoint") continue;
    const site = row.site ?? siteNow(row, index);
    if (site) (row.kind === "asset" ? assets : checkpoints).add(inSite(site, row.id));
  }

  // Ids are unique where they live (devices in the whole fleet): a second row is a typo.
  const firstLine = new Map<string, number>();
  const placed: PlacedRow[] = [];
  for (const row of rows) {
    const site = row.site ?? siteNow(row, index);
    if (!site) {
      problem(
        row,
        "site",
        problemOf(
          "site_required",
          row.kind === "device" ? "required for a new device" : `which site is the ${row.kind} in?`,
          { kind: row.kind },
        ),
      );
      continue;
    }
    if (row.kind !== "site" && !sites.has(site) && !index.sites.has(site)) {
      problem(
        row,
        "site",
        problemOf("unknown_site", `unknown site ${site}: add a row for it, or correct the id`, {
          site,
        }),
      );
      continue;
    }
    const key = row.kind === "device" ? `device ${row.id}` : `${row.kind} ${inSite(site, row.id)}`;
    const before = firstLine.get(key);
    if (before !== undefined) {
      problem(
        row,
        "id",
        problemOf(
          "duplicate_id",
          `duplicate ${WHAT[row.kind]} ${row.id} (also on line ${before})`,
          {
            kind: row.kind,
            id: row.id,
            line: before,
          },
        ),
      );
      continue;
    }
    firstLine.set(key, row.line);
    const exists = existsNow(row, site, index);
    let zone = row.zone;
    if (row.kind === "asset" || row.kind === "checkpoint") {
      zone ??= (row.kind === "asset" ? index.assets : index.checkpoints).get(
        inSite(site, row.id),
      )?.zone;
      if (!zone) {
        requiredNew(row, "zone");
        continue;
      }
      if (!zones.has(inSite(site, zone)) && !index.zones.has(inSite(site, zone))) {
        problem(
          row,
          "zone",
          problemOf(
            "unknown_zone",
            `unknown zone ${zone} at ${site}: add a row for it, or correct the id`,
            { zone, site },
          ),
        );
        continue;
      }
    }
    const fields =
      row.kind === "device" && row.deviceKind
        ? { ...row.values, kind: row.deviceKind }
        : row.values;
    if (!exists)
      for (const field of missingWhenNew(row.kind as FleetObjectKind, fields))
        requiredNew(row, columnOf(field));
    const known = (ids: Set<string>, registry: Map<string, unknown>, id: string) =>
      ids.has(inSite(site, id)) || registry.has(inSite(site, id));
    for (const [field, ids, registry, what] of [
      ["assets", assets, index.assets, "asset"],
      ["watches", assets, index.assets, "asset"],
      ["serves", checkpoints, index.checkpoints, "checkpoint"],
    ] as const) {
      const named = row.values[field];
      if (!Array.isArray(named)) continue;
      const unknown = (named as string[]).filter((id) => !known(ids, registry, id));
      if (unknown.length > 0)
        problem(
          row,
          field,
          problemOf(
            "unknown_ids",
            `unknown ${what}${unknown.length > 1 ? "s" : ""} ${unknown.join(", ")} at ${site}`,
            { what, ids: unknown.join(", "), count: unknown.length, site },
          ),
        );
    }
    // The schema refuses a sensor that serves; a row that keeps the kind is judged by the one now.
    if (row.kind === "device" && !row.deviceKind && row.values.serves !== undefined) {
      if (index.devices.get(row.id)?.device.kind === "sensor")
        problem(row, "serves", problemOf("sensor_serves", "only a button serves checkpoints"));
    }
    placed.push({ ...row, site, zone, exists });
  }
  return { rows: placed, errors };
}

/** Where an object is now, for a row that leaves its site empty. */
function siteNow(row: SheetRow, index: RegistryIndex): string | undefined {
  return row.kind === "device" ? index.devices.get(row.id)?.site : undefined;
}

function existsNow(row: SheetRow, site: string, index: RegistryIndex): boolean {
  const key = inSite(site, row.id);
  switch (row.kind) {
    case "site":
      return index.sites.has(row.id);
    case "zone":
      return index.zones.has(key);
    case "asset":
      return index.assets.has(key);
    case "checkpoint":
      return index.checkpoints.has(key);
    case "device":
      return index.devices.has(row.id);
  }
}

export interface Assembled {
  document: FleetDocumentInput;
  /** The row each object of the document came from, by its path (`sites.0.zones.1`). */
  sources: Map<string, PlacedRow>;
}

type SiteInput = FleetDocumentInput["sites"][number];
type ZoneInput = NonNullable<SiteInput["zones"]>[number];

/** A fleet document of the rows, each object where it nests; sites and zones named only as containers. */
export function assemble(rows: readonly PlacedRow[]): Assembled {
  const sites = new Map<string, { site: SiteInput; zones: Map<string, ZoneInput> }>();
  const sources = new Map<string, PlacedRow>();
  const siteOf = (id: string) => {
    let entry = sites.get(id);
    if (!entry) {
      entry = { site: { id, zones: [], devices: [] }, zones: new Map() };
      sites.set(id, entry);
    }
    return entry;
  };
  const zoneOf = (site: string, id: string) => {
    const entry = siteOf(site);
    let zone = entry.zones.get(id);
    if (!zone) {
      zone = { id, assets: [], checkpoints: [] };
      entry.zones.set(id, zone);
      entry.site.zones?.push(zone);
    }
    return zone;
  };
  const from = new Map<object, PlacedRow>();
  for (const row of rows) {
    const values = row.values;
    if (row.kind === "site") from.set(Object.assign(siteOf(row.id).site, values), row);
    else if (row.kind === "zone") from.set(Object.assign(zoneOf(row.site, row.id), values), row);
    else if (row.kind === "asset" || row.kind === "checkpoint") {
      const object = { id: row.id, ...values };
      const zone = zoneOf(row.site, row.zone as string);
      (row.kind === "asset" ? zone.assets : zone.checkpoints)?.push(object as never);
      from.set(object, row);
    } else {
      const object = { id: row.id, ...values, ...(row.deviceKind ? { kind: row.deviceKind } : {}) };
      siteOf(row.site).site.devices?.push(object as never);
      from.set(object, row);
    }
  }
  const document: FleetDocumentInput = { sites: [...sites.values()].map((e) => e.site) };
  const note = (object: object, path: string) => {
    const row = from.get(object);
    if (row) sources.set(path, row);
  };
  document.sites.forEach((site, s) => {
    note(site, `sites.${s}`);
    site.zones?.forEach((zone, z) => {
      note(zone, `sites.${s}.zones.${z}`);
      zone.assets?.forEach((a, i) => {
        note(a, `sites.${s}.zones.${z}.assets.${i}`);
      });
      zone.checkpoints?.forEach((c, i) => {
        note(c, `sites.${s}.zones.${z}.checkpoints.${i}`);
      });
    });
    site.devices?.forEach((d, i) => {
      note(d, `sites.${s}.devices.${i}`);
    });
  });
  return { document, sources };
}

/**
 * The row and column a document path points into (`sites.0.zones.1.assets.3.category`): the
 * object's row, the field's column. Undefined for a path in no row's object.
 */
export function rowAt(
  sources: ReadonlyMap<string, PlacedRow>,
  path: readonly PropertyKey[],
): { row: PlacedRow; field: string | null; rest: string } | undefined {
  for (let end = path.length; end > 0; end--) {
    const row = sources.get(path.slice(0, end).map(String).join("."));
    if (!row) continue;
    const [field, ...rest] = path.slice(end).map(String);
    return { row, field: field === undefined ? null : columnOf(field), rest: rest.join(".") };
  }
  return undefined;
}
