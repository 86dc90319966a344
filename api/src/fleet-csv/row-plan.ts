import type { ImportChange, ImportRow } from "@bulbcheck/shared";
import { columnOf, formatField } from "./columns.ts";
import { inSite, type RegistryIndex } from "./registry-index.ts";
import type { PlacedRow } from "./rows-to-fleet.ts";

/**
 * What an import does with one row, against the registry as it is: `created`, `changed` with
 * each field old -> new (as cells read), or `unchanged`. Only the fields the row gives count: an
 * empty cell keeps the value, so it changes nothing.
 */
export function planRow(row: PlacedRow, index: RegistryIndex): ImportRow {
  const plan = (action: ImportRow["action"], changes: ImportChange[] = []): ImportRow => ({
    line: row.line,
    kind: row.kind,
    site: row.site,
    id: row.id,
    action,
    changes,
  });
  const now = currentOf(row, index);
  if (!now) return plan("created");
  const changes: ImportChange[] = [];
  const given: Record<string, unknown> =
    row.kind === "device" && row.deviceKind ? { ...row.values, kind: row.deviceKind } : row.values;
  if (now.place && now.place.value !== now.place.from)
    changes.push({ field: now.place.field, from: now.place.from, to: now.place.value });
  for (const [field, value] of Object.entries(given)) {
    const before = now.fields[field];
    if (sameValue(field, before, value)) continue;
    changes.push({
      field: columnOf(field),
      from: before === undefined ? "" : formatField(field, before),
      to: formatField(field, value),
    });
  }
  return plan(changes.length > 0 ? "changed" : "unchanged", changes);
}

interface Current {
  fields: Record<string, unknown>;
  /** The zone an asset or checkpoint is in, or the site a device is at, and where the row puts it. */
  place?: { field: "zone" | "site"; from: string; value: string };
}

function currentOf(row: PlacedRow, index: RegistryIndex): Current | undefined {
  const key = inSite(row.site, row.id);
  switch (row.kind) {
    case "site": {
      const site = index.sites.get(row.id);
      return site && { fields: site };
    }
    case "zone": {
      const zone = index.zones.get(key);
      return zone && { fields: zone };
    }
    case "asset":
    case "checkpoint": {
      const found = row.kind === "asset" ? index.assets.get(key) : index.checkpoints.get(key);
      if (!found) return undefined;
      const object = "asset" in found ? found.asset : found.checkpoint;
      return {
        fields: object,
        place: { field: "zone", from: found.zone, value: row.zone ?? found.zone },
      };
    }
    case "device": {
      const found = index.devices.get(row.id);
      return (
        found && {
          fields: found.device,
          place: { field: "site", from: found.site, value: row.site },
        }
      );
    }
  }
}

/** Lists are sets (their order means nothing), hours a record, a missing flag is `false`. */
export function sameValue(field: string, before: unknown, after: unknown): boolean {
  if (field === "retired" || field === "customerVisible") return Boolean(before) === Boolean(after);
  if (Array.isArray(before) || Array.isArray(after)) {
    if (!Array.isArray(before) || !Array.isArray(after)) return false;
    const a = [...new Set(before as string[])].sort();
    const b = [...new Set(after as string[])].sort();
    return a.length === b.length && a.every((id, i) => id === b[i]);
  }
  if (field === "hours") {
    const a = Object.entries((before ?? {}) as Record<string, string>).sort();
    const b = Object.entries((after ?? {}) as Record<string, string>).sort();
    return JSON.stringify(a) === JSON.stringify(b);
  }
  return (before ?? null) === (after ?? null);
}
