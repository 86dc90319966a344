import { z } from "zod";
import { formatGoal, formatValue, type PartSummary } from "./summary.ts";

/**
 * The suite's charts as plain SVG written here (no charting dependency): every figure that has a
 * goal as a bar of value / goal, and the growth part's figures over the store sizes.
 */

const FONT = "font-family:system-ui,-apple-system,Segoe UI,Helvetica,Arial,sans-serif";
const MET = "#2e7d32";
const MISSED = "#c62828";
const GREY = "#757575";
const SERIES = [
  "#1565c0",
  "#ef6c00",
  "#6a1b9a",
  "#00838f",
  "#ad1457",
  "#558b2f",
  "#4e342e",
  "#37474f",
];

function escapeXml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

function text(x: number, y: number, body: string, attrs = ""): string {
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" ${attrs}>${escapeXml(body)}</text>`;
}

function svg(width: number, height: number, body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" style="${FONT}" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...body,
    "</svg>",
    "",
  ].join("\n");
}

/**
 * One bar per figure with a goal, its length value / goal on a scale where the goal is 1: a
 * "< goal" figure is met left of the line, a ">= goal" figure right of it; the colour says which.
 */
export function goalsChart(parts: readonly PartSummary[], subtitle: string): string {
  const figures = parts.flatMap((p) => p.figures.filter((f) => f.goal));
  const rowHeight = 22;
  const labelWidth = 370;
  const plotWidth = 360;
  const valueWidth = 250;
  const top = 58;
  const width = labelWidth + plotWidth + valueWidth + 20;
  const height = top + figures.length * rowHeight + 40;
  const max = 2;
  const x = (ratio: number) => labelWidth + (Math.min(ratio, max) / max) * plotWidth;
  const body: string[] = [
    text(
      10,
      22,
      "Bulb Check benchmarks: each figure against its goal",
      'font-size="16" font-weight="600"',
    ),
    text(10, 40, subtitle, `fill="${GREY}"`),
  ];
  figures.forEach((f, i) => {
    const y = top + i * rowHeight;
    const goal = f.goal?.value ?? 1;
    const ratio = f.value === null ? 0 : f.value / goal;
    const colour = f.pass === true ? MET : f.pass === false ? MISSED : GREY;
    body.push(
      text(labelWidth - 8, y + 14, `${f.part}: ${shorten(f.name, 52)}`, 'text-anchor="end"'),
    );
    if (f.value !== null) {
      body.push(
        `<rect x="${labelWidth}" y="${y + 4}" width="${(x(ratio) - labelWidth).toFixed(1)}" height="${rowHeight - 8}" fill="${colour}" opacity="0.85"/>`,
      );
      if (ratio > max) body.push(text(x(max) + 3, y + 14, "»", `fill="${colour}"`));
    }
    const verdict = f.pass === true ? "met" : f.pass === false ? "missed" : "not measured";
    body.push(
      text(
        labelWidth + plotWidth + 14,
        y + 14,
        `${formatValue(f.value, f.unit)} (goal ${formatGoal(f)}) ${verdict}`,
        `fill="${colour}"`,
      ),
    );
  });
  const bottom = top + figures.length * rowHeight;
  body.push(
    `<line x1="${x(1)}" y1="${top - 4}" x2="${x(1)}" y2="${bottom + 4}" stroke="#000" stroke-dasharray="4 3"/>`,
    text(x(1), bottom + 18, "goal", 'text-anchor="middle"'),
    text(labelWidth, bottom + 18, "0", 'text-anchor="middle"'),
    text(x(max), bottom + 18, `${max}× goal`, 'text-anchor="middle"'),
    text(
      10,
      bottom + 34,
      "bar = value / goal; a '<' goal is met left of the line, a '>=' goal right of it",
      `fill="${GREY}"`,
    ),
  );
  return svg(width, height, body);
}

function shorten(name: string, length: number): string {
  return name.length <= length ? name : `${name.slice(0, length - 1)}…`;
}

export const growthResultsSchema = z.object({
  results: z.array(
    z.object({
      events: z.number(),
      ingestRate: z.number(),
      routes: z.array(z.object({ route: z.string(), p95Ms: z.number() })),
    }),
  ),
  goal: z.object({ p95Ms: z.number() }),
});
export type GrowthResults = z.infer<typeof growthResultsSchema>;

/** Two panels over the store sizes (log scale): the ingest rate, and each read route's p95. */
export function growthChart(growth: GrowthResults, subtitle: string): string {
  const sizes = growth.results.map((r) => r.events);
  const panel = { width: 420, height: 260 };
  const left = [70, 600];
  const top = 70;
  const width = 1240;
  const height =
    top + panel.height + 60 + 22 * Math.ceil((growth.results[0]?.routes.length ?? 0) / 2);
  const logMin = Math.log10(Math.min(...sizes));
  const logMax = Math.log10(Math.max(...sizes));
  const xAt = (origin: number, events: number) =>
    origin +
    (logMax === logMin
      ? panel.width / 2
      : ((Math.log10(events) - logMin) / (logMax - logMin)) * panel.width);
  const body: string[] = [
    text(
      10,
      22,
      "Growth: the same chain over a growing event log",
      'font-size="16" font-weight="600"',
    ),
    text(10, 40, subtitle, `fill="${GREY}"`),
  ];
  const axes = (origin: number, yMax: number, unit: string, title: string) => {
    body.push(
      text(origin, top - 10, title, 'font-weight="600"'),
      `<line x1="${origin}" y1="${top + panel.height}" x2="${origin + panel.width}" y2="${top + panel.height}" stroke="#000"/>`,
      `<line x1="${origin}" y1="${top}" x2="${origin}" y2="${top + panel.height}" stroke="#000"/>`,
    );
    for (let k = 0; k <= 4; k++) {
      const y = top + panel.height - (k / 4) * panel.height;
      body.push(
        `<line x1="${origin}" y1="${y}" x2="${origin + panel.width}" y2="${y}" stroke="#e0e0e0"/>`,
        text(
          origin - 6,
          y + 4,
          formatValue(Math.round((yMax * k) / 4), unit).replace(` ${unit}`, ""),
          'text-anchor="end" font-size="11"',
        ),
      );
    }
    for (const events of sizes) {
      body.push(
        text(xAt(origin, events), top + panel.height + 16, label(events), 'text-anchor="middle"'),
      );
    }
    body.push(
      text(
        origin + panel.width / 2,
        top + panel.height + 34,
        "stored events (log scale)",
        `text-anchor="middle" fill="${GREY}"`,
      ),
    );
  };
  // Left: ingest rate.
  const origin0 = left[0] as number;
  const rateMax = niceMax(Math.max(...growth.results.map((r) => r.ingestRate)));
  axes(origin0, rateMax, "events/s", "ingest rate, events/s (median)");
  const rateY = (v: number) => top + panel.height - (v / rateMax) * panel.height;
  body.push(
    polyline(
      growth.results.map((r) => [xAt(origin0, r.events), rateY(r.ingestRate)]),
      SERIES[0] as string,
    ),
  );
  for (const r of growth.results) {
    body.push(
      `<circle cx="${xAt(origin0, r.events)}" cy="${rateY(r.ingestRate)}" r="4" fill="${SERIES[0]}"/>`,
      text(
        xAt(origin0, r.events),
        rateY(r.ingestRate) - 8,
        formatValue(r.ingestRate, ""),
        'text-anchor="middle" font-size="11"',
      ),
    );
  }
  // Right: p95 of each route, with the goal.
  const origin1 = left[1] as number;
  const routes = growth.results[0]?.routes.map((r) => r.route) ?? [];
  const p95Max = niceMax(
    Math.max(
      growth.goal.p95Ms * 1.2,
      ...growth.results.flatMap((r) => r.routes.map((t) => t.p95Ms)),
    ),
  );
  axes(origin1, p95Max, "ms", "read p95, ms (median of runs)");
  const p95Y = (v: number) => top + panel.height - (v / p95Max) * panel.height;
  body.push(
    `<line x1="${origin1}" y1="${p95Y(growth.goal.p95Ms)}" x2="${origin1 + panel.width}" y2="${p95Y(growth.goal.p95Ms)}" stroke="${MISSED}" stroke-dasharray="5 4"/>`,
    text(
      origin1 + panel.width + 4,
      p95Y(growth.goal.p95Ms) + 4,
      `goal ${growth.goal.p95Ms} ms`,
      `fill="${MISSED}" font-size="11"`,
    ),
  );
  routes.forEach((route, i) => {
    const colour = SERIES[i % SERIES.length] as string;
    const points = growth.results.map(
      (r) => [xAt(origin1, r.events), p95Y(r.routes[i]?.p95Ms ?? 0)] as [number, number],
    );
    body.push(polyline(points, colour));
    for (const [px, py] of points)
      body.push(`<circle cx="${px}" cy="${py}" r="3" fill="${colour}"/>`);
    const lx = 70 + (i % 2) * 560;
    const ly = top + panel.height + 60 + Math.floor(i / 2) * 22;
    body.push(
      `<rect x="${lx}" y="${ly - 9}" width="14" height="4" fill="${colour}"/>`,
      text(lx + 20, ly - 4, route),
    );
  });
  return svg(width, height, body);
}

function polyline(points: readonly (readonly [number, number])[], colour: string): string {
  const d = points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(" ");
  return `<polyline points="${d}" fill="none" stroke="${colour}" stroke-width="2"/>`;
}

/** A round axis maximum at or above `value`: 1, 2 or 5 times a power of ten. */
function niceMax(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].find((s) => s * power >= value) ?? 10;
  return step * power;
}

function label(events: number): string {
  if (events >= 1_000_000) return `${events / 1_000_000}M`;
  if (events >= 1000) return `${events / 1000}k`;
  return String(events);
}
