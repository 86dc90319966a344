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
  "#00897b",
  "#d81b60",
  "#7cb342",
  "#8d6e63",
  "#212121",
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
  const labelWidth = 400;
  const plotWidth = 360;
  const valueWidth = 340;
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
      text(labelWidth - 8, y + 14, `${f.part}: ${shorten(f.name, 56)}`, 'text-anchor="end"'),
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

/**
 * Two panels over the store sizes (log scale): the ingest rate, and each read route's p95 on a
 * log scale too, so that the fast routes are not flattened by the slow ones.
 */
export function growthChart(growth: GrowthResults, subtitle: string): string {
  const sizes = growth.results.map((r) => r.events);
  const panel = { width: 420, height: 260 };
  const top = 70;
  const width = 1240;
  const routes = growth.results[0]?.routes.map((r) => r.route) ?? [];
  const height = top + panel.height + 60 + 22 * Math.ceil(routes.length / 2);
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
  const axes = (
    origin: number,
    title: string,
    ticks: readonly number[],
    y: (value: number) => number,
    unit: string,
  ) => {
    const bottom = top + panel.height;
    body.push(
      text(origin, top - 10, title, 'font-weight="600"'),
      `<line x1="${origin}" y1="${bottom}" x2="${origin + panel.width}" y2="${bottom}" stroke="#000"/>`,
      `<line x1="${origin}" y1="${top}" x2="${origin}" y2="${bottom}" stroke="#000"/>`,
    );
    for (const tick of ticks) {
      body.push(
        `<line x1="${origin}" y1="${y(tick)}" x2="${origin + panel.width}" y2="${y(tick)}" stroke="#e0e0e0"/>`,
        text(
          origin - 6,
          y(tick) + 4,
          formatValue(tick, unit).replace(` ${unit}`, ""),
          'text-anchor="end" font-size="11"',
        ),
      );
    }
    for (const events of sizes)
      body.push(text(xAt(origin, events), bottom + 16, label(events), 'text-anchor="middle"'));
    body.push(
      text(
        origin + panel.width / 2,
        bottom + 34,
        "stored events (log scale)",
        `text-anchor="middle" fill="${GREY}"`,
      ),
    );
  };

  // Left: the ingest rate, linear from 0.
  const rateOrigin = 70;
  const rateMax = niceMax(Math.max(...growth.results.map((r) => r.ingestRate)));
  const rateY = (v: number) => top + panel.height - (v / rateMax) * panel.height;
  axes(
    rateOrigin,
    "ingest rate, events/s (median of runs)",
    [0, 0.25, 0.5, 0.75, 1].map((k) => k * rateMax),
    rateY,
    "events/s",
  );
  body.push(
    polyline(
      growth.results.map((r) => [xAt(rateOrigin, r.events), rateY(r.ingestRate)]),
      SERIES[0] as string,
    ),
  );
  for (const r of growth.results) {
    const [cx, cy] = [xAt(rateOrigin, r.events), rateY(r.ingestRate)];
    body.push(
      `<circle cx="${cx}" cy="${cy}" r="4" fill="${SERIES[0]}"/>`,
      text(cx, cy - 8, formatValue(r.ingestRate, ""), 'text-anchor="middle" font-size="11"'),
    );
  }

  // Right: each route's p95 on a log scale, with the goal.
  const p95Origin = 600;
  const all = growth.results.flatMap((r) => r.routes.map((t) => t.p95Ms));
  const ticks = [0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000];
  const low = Math.max(
    ...ticks.filter((t) => t <= Math.min(...all, growth.goal.p95Ms)),
    ticks[0] as number,
  );
  const high = Math.min(...ticks.filter((t) => t >= Math.max(...all, growth.goal.p95Ms)), 5000);
  const p95Y = (v: number) =>
    top +
    panel.height -
    ((Math.log10(Math.max(v, low)) - Math.log10(low)) / (Math.log10(high) - Math.log10(low))) *
      panel.height;
  axes(
    p95Origin,
    "read p95, ms (median of runs; log scale)",
    ticks.filter((t) => t >= low && t <= high),
    p95Y,
    "ms",
  );
  const goalY = p95Y(growth.goal.p95Ms);
  body.push(
    `<line x1="${p95Origin}" y1="${goalY}" x2="${p95Origin + panel.width}" y2="${goalY}" stroke="${MISSED}" stroke-dasharray="5 4"/>`,
    text(
      p95Origin + panel.width + 4,
      goalY + 4,
      `goal ${growth.goal.p95Ms} ms`,
      `fill="${MISSED}" font-size="11"`,
    ),
  );
  routes.forEach((route, i) => {
    const colour = SERIES[i % SERIES.length] as string;
    const points = growth.results.map(
      (r) => [xAt(p95Origin, r.events), p95Y(r.routes[i]?.p95Ms ?? low)] as [number, number],
    );
    body.push(polyline(points, colour));
    for (const [px, py] of points)
      body.push(`<circle cx="${px}" cy="${py}" r="3" fill="${colour}"/>`);
    const lx = 70 + (i % 2) * 530;
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
