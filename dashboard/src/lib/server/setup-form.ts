import {
  ASSET_CATEGORIES,
  type AssetCategory,
  DAY_NAMES,
  DEVICE_KINDS,
  type DeviceKind,
  datedHoursOf,
  isValidId,
  type OpeningHours,
  openingHoursOf,
  SITE_LANGUAGES,
  type SiteLanguage,
  type WeekHours,
  weekHoursOf,
} from "@bulbcheck/shared";
import { m } from "@bulbcheck/shared/i18n";
import type { SiteFormValues } from "../site-form-values.ts";
import { ApiCallError } from "./api.ts";

/**
 * The setup screens' forms: what a form says as the API's fields, and the fields back as the
 * form shows them. A form that fails comes back with what was entered (`values`), so that
 * nothing typed is lost; each error names its field.
 */

export type FieldErrors = Record<string, string>;

export type Read<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

const text = (form: FormData, key: string) => String(form.get(key) ?? "").trim();

/** Every field of a form as entered, for the form to show again after a refusal. */
export function entered(form: FormData): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const key of new Set(form.keys())) {
    const all = form.getAll(key).map(String);
    values[key] = all.length > 1 || key.endsWith("[]") ? all : (all[0] ?? "");
  }
  return values;
}

/**
 * An id from a name, for a form whose id was left empty: `Heis A, 2. etasje` is `heis-a-2-etasje`.
 * Letters the id alphabet lacks become their nearest (`ø` is `o`), anything else a hyphen.
 */
export function idFromName(name: string): string {
  return name
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "o")
    .replace(/ß/g, "ss")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 63)
    .replace(/-+$/, "");
}

/** The id a form gives, or one made from its name that is not taken yet. */
export function chosenId(
  form: FormData,
  taken: ReadonlySet<string>,
  errors: FieldErrors,
): string | undefined {
  const given = text(form, "id").toLowerCase();
  if (given !== "") {
    if (!isValidId(given)) errors.id = m.setup_err_id_format();
    else if (taken.has(given)) errors.id = m.setup_err_id_taken({ id: given });
    return given;
  }
  const base = idFromName(text(form, "name"));
  if (base === "") {
    errors.id = m.setup_err_id_none();
    return undefined;
  }
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base.slice(0, 60)}-${n}`;
  return id;
}

function name(form: FormData, errors: FieldErrors): string | undefined {
  const value = text(form, "name");
  if (value === "") errors.name = m.setup_err_name_empty();
  else if (value.length > 120) errors.name = m.setup_err_name_long();
  else return value;
  return undefined;
}

function whole(
  form: FormData,
  key: string,
  range: { min: number; max: number; unit: "minutes" | "seconds" },
  errors: FieldErrors,
): number | undefined {
  const raw = text(form, key);
  const value = Number(raw);
  if (raw === "" || !Number.isInteger(value) || value < range.min || value > range.max) {
    const words = range.unit === "minutes" ? m.setup_err_minutes : m.setup_err_seconds;
    errors[key] = words({ min: range.min, max: range.max });
    return undefined;
  }
  return value;
}

function oneOf<T extends string>(
  form: FormData,
  key: string,
  options: readonly T[],
  what: () => string,
  errors: FieldErrors,
): T | undefined {
  const value = text(form, key) as T;
  if (options.includes(value)) return value;
  errors[key] = what();
  return undefined;
}

const ids = (form: FormData, key: string) =>
  [...new Set(form.getAll(key).map(String))].filter((id) => id !== "");

const done = <T>(errors: FieldErrors, value: () => T): Read<T> =>
  Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value: value() };

// Sites

export interface SiteFields {
  name: string;
  address: string | null;
  timezone: string;
  language: SiteLanguage;
  hours: OpeningHours;
}

// 24:00 is the end of a day in the hours, and no value a time field can hold.
const shown = (time: string) => (time === "24:00" ? "00:00" : time);

export function siteFormValues(site: {
  id: string;
  name: string;
  address: string | null;
  timezone: string;
  language: string;
  hours: OpeningHours | null;
}): SiteFormValues {
  const hours = site.hours ?? {};
  const week = weekHoursOf(hours);
  return {
    id: site.id,
    name: site.name,
    address: site.address ?? "",
    timezone: site.timezone,
    language: site.language,
    schedule: week ? "weekly" : "always",
    week: Object.fromEntries(
      DAY_NAMES.map((day) => {
        const value = week?.[day] ?? "08:00-22:00";
        const [from = "08:00", to = "22:00"] = value === "closed" ? [] : value.split("-");
        return [day, { open: value !== "closed", from: shown(from), to: shown(to) }];
      }),
    ),
    dates: datedHoursOf(hours)
      .map(([date, value]) => `${date} ${value}`)
      .join("\n"),
  };
}

/** The defaults of a new site's form: Oslo's zone and a shop's week. */
export function newSiteFormValues(): SiteFormValues {
  return {
    ...siteFormValues({
      id: "",
      name: "",
      address: null,
      timezone: "Europe/Oslo",
      language: "nb",
      hours: { "mon-fri": "07:00-22:00", sat: "09:00-20:00", sun: "closed" },
    }),
  };
}

/** The form's fields back, as entered (after a refusal). */
export function siteValuesOf(form: FormData): SiteFormValues {
  return {
    id: text(form, "id"),
    name: text(form, "name"),
    address: text(form, "address"),
    timezone: text(form, "timezone"),
    language: text(form, "language"),
    schedule: text(form, "schedule"),
    week: Object.fromEntries(
      DAY_NAMES.map((day) => [
        day,
        {
          open: form.get(`open-${day}`) !== null,
          from: text(form, `from-${day}`),
          to: text(form, `to-${day}`),
        },
      ]),
    ),
    dates: String(form.get("dates") ?? ""),
  };
}

const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;

export function readSiteForm(form: FormData, timeZones: ReadonlySet<string>): Read<SiteFields> {
  const errors: FieldErrors = {};
  const siteName = name(form, errors);
  const address = text(form, "address");
  if (address.length > 300) errors.address = m.setup_err_address_long();
  const timezone = text(form, "timezone");
  if (!timeZones.has(timezone)) errors.timezone = m.setup_err_timezone();
  const language = oneOf(form, "language", SITE_LANGUAGES, m.setup_err_choose_language, errors);
  let week: WeekHours | null = null;
  if (text(form, "schedule") !== "always") {
    week = {} as WeekHours;
    for (const day of DAY_NAMES) {
      if (form.get(`open-${day}`) === null) {
        week[day] = "closed";
        continue;
      }
      const from = text(form, `from-${day}`);
      const to = text(form, `to-${day}`);
      if (!TIME.test(from) || !TIME.test(to)) {
        errors[`hours-${day}`] = m.setup_err_day_hours();
        continue;
      }
      // Closing at midnight is 00:00 in a time field: the end of the day.
      week[day] = `${from}-${to === "00:00" ? "24:00" : to}`;
    }
  }
  const dates: [string, string][] = [];
  String(form.get("dates") ?? "")
    .split(/\r?\n/)
    .forEach((line, i) => {
      const entry = line.trim();
      if (entry === "") return;
      const match = /^(\S+)\s+(closed|(\d\d:\d\d)\s*-\s*(\d\d:\d\d))$/i.exec(entry);
      const [, date = "", , from = "", to = ""] = match ?? [];
      const range = from ? `${from}-${to === "00:00" ? "24:00" : to}` : "closed";
      if (!match || !DATE.test(date) || (from && (!TIME.test(from) || !TIME.test(to))))
        errors.dates = m.setup_err_date_line({ line: i + 1, entry });
      else if (from && to !== "00:00" && to <= from)
        errors.dates = m.setup_err_date_overnight({ line: i + 1, entry });
      else if (dates.some(([d]) => d === date)) errors.dates = m.setup_err_date_twice({ date });
      else dates.push([date, range]);
    });
  return done(errors, () => ({
    name: siteName as string,
    address: address === "" ? null : address,
    timezone,
    language: language as SiteLanguage,
    hours: openingHoursOf(week, dates),
  }));
}

// Zones, assets, checkpoints, devices

export function readZoneForm(form: FormData, taken: ReadonlySet<string>) {
  const errors: FieldErrors = {};
  const zoneName = name(form, errors);
  const id = chosenId(form, taken, errors);
  return done(errors, () => ({ id: id as string, name: zoneName as string }));
}

export function readAssetForm(form: FormData, taken: ReadonlySet<string> | null) {
  const errors: FieldErrors = {};
  const assetName = name(form, errors);
  const id = taken ? chosenId(form, taken, errors) : undefined;
  const category = oneOf(form, "category", ASSET_CATEGORIES, m.setup_err_choose_category, errors);
  return done(errors, () => ({
    ...(id ? { id } : {}),
    name: assetName as string,
    category: category as AssetCategory,
    customerVisible: form.get("customerVisible") !== null,
  }));
}

export function readCheckpointForm(form: FormData, taken: ReadonlySet<string> | null) {
  const errors: FieldErrors = {};
  const checkpointName = name(form, errors);
  const id = taken ? chosenId(form, taken, errors) : undefined;
  const intervalMinutes = whole(
    form,
    "intervalMinutes",
    { min: 5, max: 7 * 24 * 60, unit: "minutes" },
    errors,
  );
  return done(errors, () => ({
    ...(id ? { id } : {}),
    name: checkpointName as string,
    intervalMinutes: intervalMinutes as number,
    assets: ids(form, "assets"),
  }));
}

export function readDeviceForm(form: FormData, taken: ReadonlySet<string> | null) {
  const errors: FieldErrors = {};
  const deviceName = text(form, "name");
  if (deviceName.length > 120) errors.name = m.setup_err_name_long();
  const id = taken ? chosenId(form, taken, errors) : undefined;
  const kind = taken
    ? oneOf(form, "kind", DEVICE_KINDS, m.setup_err_choose_kind, errors)
    : undefined;
  const intervalSeconds = whole(
    form,
    "intervalSeconds",
    { min: 5, max: 7 * 24 * 3600, unit: "seconds" },
    errors,
  );
  // Only a button serves checkpoints: a sensor's form sends no choice, or one to leave out.
  const scope = kind === "sensor" ? "" : text(form, "servesScope");
  const serves =
    scope === "" ? undefined : scope === "all" ? null : scope === "none" ? [] : ids(form, "serves");
  if (scope === "some" && serves?.length === 0) errors.serves = m.setup_err_serves();
  return done(errors, () => ({
    ...(id ? { id } : {}),
    ...(kind ? { kind: kind as DeviceKind } : {}),
    name: deviceName === "" ? null : deviceName,
    intervalSeconds: intervalSeconds as number,
    watches: ids(form, "watches"),
    ...(serves === undefined ? {} : { serves }),
  }));
}

// What a refused field needs, said for people (the API's own words are for programmers).
const REFUSED: Record<string, () => string> = {
  id: m.setup_err_id_format,
  name: m.setup_err_name_long,
  address: m.setup_err_address_long,
  timezone: m.setup_err_timezone,
  language: m.setup_err_choose_language,
  category: m.setup_err_choose_category,
  kind: m.setup_err_choose_kind,
  hours: m.setup_err_day_hours,
  intervalMinutes: () => m.setup_err_minutes({ min: 5, max: 7 * 24 * 60 }),
  intervalSeconds: () => m.setup_err_seconds({ min: 5, max: 7 * 24 * 3600 }),
  serves: m.setup_err_serves,
};

/**
 * An API refusal of a form: what to do, and the fields it names (`sites[0].timezone` is the
 * form's `timezone`), each in the reader's language.
 */
export function refusalOf(e: ApiCallError): { message: string; errors: FieldErrors } {
  const errors: FieldErrors = {};
  for (const issue of e.issues) {
    const field = issue.path
      .split(".")
      .at(-1)
      ?.replace(/\[\d+\]$/, "");
    if (field) errors[field] ??= (REFUSED[field] ?? m.setup_err_field_refused)();
  }
  const message = e.issues.length > 0 ? m.setup_err_refused() : e.message;
  return { message, errors };
}

export { ApiCallError };
