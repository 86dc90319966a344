import type { Insights } from "@bulbcheck/shared";
import { categoryWords, type Locale, m, weekdayNames } from "@bulbcheck/shared/i18n";

/**
 * The tables behind the insights page's charts: one definition for the page (where screen
 * readers read them) and for the CSV download, so both say the same. Values stay raw here; the
 * page formats them in the reader's language, the CSV writes plain numbers.
 */
export const INSIGHT_TABLES = [
  "perDay",
  "checks",
  "finders",
  "categories",
  "sites",
  "spread",
  "whenOpened",
  "repeats",
] as const;
export type InsightTableName = (typeof INSIGHT_TABLES)[number];
export const isInsightTable = (v: string | null): v is InsightTableName =>
  INSIGHT_TABLES.includes(v as InsightTableName);

/** How a number reads: a count, minutes (a duration), or a share of one (a percentage). */
export type Kind = "text" | "count" | "minutes" | "share";
/** A cell; a number may carry its own kind where a column mixes them (the spread's measures). */
export type Cell = string | number | null | { value: number | null; kind: Kind };

export interface Column {
  header: string;
  kind: Kind;
}

export interface InsightTable {
  name: InsightTableName;
  columns: Column[];
  rows: Cell[][];
}

type Measure = Insights["spread"][number]["measure"];
export const MEASURE_KIND: Record<Measure, Kind> = {
  minutesToAcknowledge: "minutes",
  minutesToResolve: "minutes",
  openedPerSite: "count",
  caughtBeforeCustomers: "share",
  repeatFailures: "count",
};
export function measureWords(measure: Measure, locale: Locale): string {
  const o = { locale };
  switch (measure) {
    case "minutesToAcknowledge":
      return m.insights_measure_minutesToAcknowledge({}, o);
    case "minutesToResolve":
      return m.insights_measure_minutesToResolve({}, o);
    case "openedPerSite":
      return m.insights_measure_openedPerSite({}, o);
    case "caughtBeforeCustomers":
      return m.insights_measure_caughtBeforeCustomers({}, o);
    case "repeatFailures":
      return m.insights_measure_repeatFailures({}, o);
  }
}

/** Site ids to names, in the order given. */
export const siteNames = (i: Insights, ids: readonly string[]) =>
  ids.map((id) => i.sites.find((s) => s.site === id)?.name ?? id);

const hourLabel = (h: number) => `${String(h).padStart(2, "0")}`;

export function insightTable(name: InsightTableName, i: Insights, locale: Locale): InsightTable {
  const o = { locale };
  const col = (header: string, kind: Kind = "count"): Column => ({ header, kind });
  switch (name) {
    case "perDay":
      return {
        name,
        columns: [
          col(m.insights_day({}, o), "text"),
          col(m.insights_opened({}, o)),
          col(m.insights_resolved({}, o)),
        ],
        rows: i.perDay.map((d) => [d.day, d.opened, d.resolved]),
      };
    case "checks":
      return {
        name,
        columns: [
          col(m.insights_day({}, o), "text"),
          col(m.insights_readings({}, o)),
          col(m.insights_checkins({}, o)),
        ],
        rows: i.perDay.map((d) => [d.day, d.readings, d.checkins]),
      };
    case "finders":
      return {
        name,
        columns: [col(m.insights_finder({}, o), "text"), col(m.insights_defects({}, o))],
        rows: [
          [m.insights_source_sensor({}, o), i.firstFinders.sensor],
          [m.insights_source_staff({}, o), i.firstFinders.staff],
          [m.insights_source_customer({}, o), i.firstFinders.customer],
        ],
      };
    case "categories":
      return {
        name,
        columns: [col(m.insights_category({}, o), "text"), col(m.insights_defects({}, o))],
        rows: i.byCategory.map((c) => [categoryWords(c.category, locale), c.count]),
      };
    case "sites":
      return {
        name,
        columns: [
          col(m.insights_site({}, o), "text"),
          col(m.insights_opened({}, o)),
          col(m.insights_ack_median({}, o), "minutes"),
          col(m.insights_ack_p90({}, o), "minutes"),
          col(m.insights_resolve_median({}, o), "minutes"),
          col(m.insights_resolve_p90({}, o), "minutes"),
          col(m.insights_repeat_failures({}, o)),
          col(m.insights_caught({}, o), "share"),
          col(m.insights_sensor_suspects({}, o)),
          col(m.insights_after_round({}, o)),
        ],
        rows: [
          ...i.sites.map((s) => [
            s.name,
            s.opened,
            s.minutesToAcknowledge?.median ?? null,
            s.minutesToAcknowledge?.p90 ?? null,
            s.minutesToResolve?.median ?? null,
            s.minutesToResolve?.p90 ?? null,
            s.repeatFailures,
            s.caughtBeforeCustomers,
            s.sensorSuspects,
            s.afterPassedRound,
          ]),
          [
            m.insights_chain({}, o),
            i.sites.reduce((n, s) => n + s.opened, 0),
            i.chain.minutesToAcknowledge?.median ?? null,
            i.chain.minutesToAcknowledge?.p90 ?? null,
            i.chain.minutesToResolve?.median ?? null,
            i.chain.minutesToResolve?.p90 ?? null,
            i.sites.reduce((n, s) => n + s.repeatFailures, 0),
            i.caughtBeforeCustomers,
            i.sites.reduce((n, s) => n + s.sensorSuspects, 0),
            i.sites.reduce((n, s) => n + s.afterPassedRound, 0),
          ],
        ],
      };
    case "spread":
      return {
        name,
        columns: [
          col(m.insights_measure({}, o), "text"),
          col(m.insights_q1({}, o)),
          col(m.insights_median({}, o)),
          col(m.insights_q3({}, o)),
          col(m.insights_iqr({}, o)),
          col(m.insights_cv({}, o), "share"),
          col(m.insights_far_above({}, o), "text"),
          col(m.insights_far_below({}, o), "text"),
        ],
        rows: i.spread.map((s) => {
          const kind = MEASURE_KIND[s.measure];
          return [
            measureWords(s.measure, locale),
            { value: s.q1, kind },
            { value: s.median, kind },
            { value: s.q3, kind },
            { value: s.iqr, kind },
            s.cv,
            siteNames(i, s.high).join(", "),
            siteNames(i, s.low).join(", "),
          ];
        }),
      };
    case "whenOpened": {
      const days = weekdayNames(locale);
      return {
        name,
        columns: [
          col(m.insights_weekday({}, o), "text"),
          ...Array.from({ length: 24 }, (_, h) => col(hourLabel(h))),
        ],
        rows: i.whenOpened.map((hours, d) => [days[d] ?? String(d), ...hours]),
      };
    }
    case "repeats":
      return {
        name,
        columns: [
          col(m.insights_site({}, o), "text"),
          col(m.insights_asset({}, o), "text"),
          col(m.insights_repeat_failures({}, o)),
        ],
        rows: i.repeatFailures.map((r) => [
          siteNames(i, [r.site])[0] ?? r.site,
          r.assetName,
          r.repeats,
        ]),
      };
  }
}

/** A cell's number and kind, whether it carries its own kind or takes its column's. */
export function cellOf(cell: Cell, column: Column): { value: string | number | null; kind: Kind } {
  if (cell !== null && typeof cell === "object") return cell;
  return { value: cell, kind: typeof cell === "string" ? "text" : column.kind };
}

/** A CSV field: numbers plain (dot decimals), text quoted when it must be, never a formula. */
function field(cell: Cell, column: Column): string {
  const { value, kind } = cellOf(cell, column);
  if (value === null) return "";
  if (typeof value === "number") {
    const digits = kind === "share" ? 4 : kind === "minutes" ? 1 : 2;
    return String(Math.round(value * 10 ** digits) / 10 ** digits);
  }
  // A spreadsheet would run a cell starting with = + - @ (or a tab or CR before one) as a formula.
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The table as CSV (RFC 4180: CRLF line ends), its header row in the reader's language. */
export function tableCsv(table: InsightTable, locale: Locale): string {
  const header = (c: Column) =>
    c.kind === "minutes"
      ? m.insights_csv_minutes({ label: c.header }, { locale })
      : c.kind === "share"
        ? m.insights_csv_share({ label: c.header }, { locale })
        : c.header;
  const lines = [
    table.columns.map((c) => field(header(c), { header: "", kind: "text" })).join(","),
    ...table.rows.map((row) =>
      row.map((cell, n) => field(cell, table.columns[n] as Column)).join(","),
    ),
  ];
  return `${lines.join("\r\n")}\r\n`;
}
