import { z } from "zod";
import type { BenchFigure } from "./kit/bench-stats.ts";

/** What the suite keeps of each part: when it ran, how busy the machine was, its figures. */

const figureSchema = z.object({
  part: z.string(),
  name: z.string(),
  value: z.number().nullable(),
  unit: z.string(),
  goal: z.object({ op: z.enum(["<", "<=", ">="]), value: z.number() }).optional(),
  pass: z.boolean().nullable().optional(),
  note: z.string().optional(),
}) satisfies z.ZodType<BenchFigure>;

const loadSchema = z.object({ min: z.number(), mean: z.number(), max: z.number() });
export type LoadFigures = z.infer<typeof loadSchema>;

export const partSummarySchema = z.object({
  part: z.string(),
  /** ISO time the part's results file was written. */
  date: z.string(),
  /** In this run of the suite, or taken from an earlier run's results. */
  ranNow: z.boolean(),
  seconds: z.number().nullable(),
  exitCode: z.number().nullable(),
  /** The 1-minute load average while the part ran, sampled every few seconds. */
  load: loadSchema.nullable(),
  resultsFile: z.string(),
  figures: z.array(figureSchema),
});
export type PartSummary = z.infer<typeof partSummarySchema>;

export const suiteSummarySchema = z.object({
  benchmark: z.literal("suite"),
  date: z.string(),
  machine: z.object({
    cpu: z.string(),
    cores: z.number(),
    memoryGb: z.number(),
    node: z.string(),
    platform: z.string(),
    loadAverageBefore: z.array(z.number()),
    loadAverageAfter: z.array(z.number()),
  }),
  command: z.string(),
  seconds: z.number(),
  parts: z.array(partSummarySchema),
});
export type SuiteSummary = z.infer<typeof suiteSummarySchema>;

/** A part's own results file: only its date and figures matter here. */
export const partResultsSchema = z.object({
  date: z.string(),
  figures: z.array(figureSchema).optional(),
});

const number = new Intl.NumberFormat("en-US", { maximumFractionDigits: 3 });

export function formatValue(value: number | null, unit: string): string {
  if (value === null) return "-";
  if (unit === "ratio") return value.toFixed(3);
  return `${number.format(value)} ${unit}`;
}

export function formatGoal(figure: BenchFigure): string {
  if (!figure.goal) return "";
  return `${figure.goal.op} ${formatValue(figure.goal.value, figure.unit)}`;
}

export function formatVerdict(figure: BenchFigure): string {
  if (!figure.goal) return "";
  if (figure.pass === null || figure.pass === undefined) return "not checked";
  return figure.pass ? "met" : "MISSED";
}

/** The table the suite prints: one row per figure, the goal and whether it is met. */
export function formatTable(parts: readonly PartSummary[]): string {
  const rows = parts.flatMap((p) =>
    p.figures.map((f) => [
      p.part,
      f.name,
      formatValue(f.value, f.unit),
      formatGoal(f),
      formatVerdict(f),
    ]),
  );
  const head = ["part", "figure", "value", "goal", "result"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === 2 || i === 3 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  const out = [line(head), line(widths.map((w) => "-".repeat(w)))];
  let last = "";
  for (const row of rows) {
    out.push(line(row[0] === last ? ["", ...row.slice(1)] : row));
    last = row[0] ?? "";
  }
  return out.join("\n");
}

/** A line per part: when, how long, how busy the machine was, and why a figure is missing. */
export function formatParts(parts: readonly PartSummary[]): string {
  return parts
    .map((p) => {
      const when = p.ranNow ? "ran now" : `from ${p.date.slice(0, 16).replace("T", " ")} UTC`;
      const time = p.seconds === null ? "" : `, ${Math.round(p.seconds)} s`;
      const load = p.load ? `, load average ${p.load.mean} (${p.load.min}-${p.load.max})` : "";
      const exit = p.exitCode ? `, EXIT CODE ${p.exitCode}` : "";
      const notes = p.figures
        .filter((f) => f.note && f.value === null)
        .map((f) => `\n    ${f.name}: ${f.note}`)
        .join("");
      return `  ${p.part.padEnd(12)}${when}${time}${load}${exit}${notes}`;
    })
    .join("\n");
}

/** Markdown of the same table, for docs/performance.md. */
export function markdownTable(parts: readonly PartSummary[]): string {
  const rows = parts.flatMap((p) =>
    p.figures.map((f) => {
      const verdict = formatVerdict(f);
      return [
        p.part,
        f.name.replaceAll("|", "\\|"),
        formatValue(f.value, f.unit),
        formatGoal(f),
        verdict === "MISSED" ? "**missed**" : verdict,
      ];
    }),
  );
  return alignedMarkdown(["part", "figure", "value", "goal", "result"], rows, [2, 3]);
}

/**
 * A Markdown table with its columns padded as the formatter (Biome) pads them, so that the
 * generated page passes `pnpm lint` as written.
 */
export function alignedMarkdown(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  rightAligned: readonly number[],
): string {
  const widths = head.map((h, i) => Math.max(3, h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const right = (i: number) => rightAligned.includes(i);
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => (right(i) ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join(" | ")} |`;
  const rule = widths.map((w, i) => (right(i) ? `${"-".repeat(w - 1)}:` : "-".repeat(w)));
  return [line(head), `| ${rule.join(" | ")} |`, ...rows.map(line)].join("\n");
}
