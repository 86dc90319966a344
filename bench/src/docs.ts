import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type GrowthResults, growthResultsSchema } from "./charts.ts";
import { REPO_DIR, RESULTS_DIR } from "./kit/paths.ts";
import { alignedMarkdown, markdownTable, type SuiteSummary } from "./summary.ts";

const DOC = join(REPO_DIR, "docs", "performance.md");
const START = "<!-- bench:latest -->";
const END = "<!-- /bench:latest -->";

/**
 * Writes the latest table into docs/performance.md between its two markers, so that the page
 * always shows what bench/results/summary.json holds. Returns false when there are no markers.
 */
export function updatePerformanceDoc(summary: SuiteSummary): boolean {
  if (!existsSync(DOC)) return false;
  const text = readFileSync(DOC, "utf8");
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) return false;
  const { machine } = summary;
  const lines = summary.parts.map((p) => {
    const when = p.date.slice(0, 16).replace("T", " ");
    const took = p.seconds === null ? "" : `, ${Math.round(p.seconds)} s`;
    const load = p.load ? `, 1-min load average ${p.load.mean} (${p.load.min}–${p.load.max})` : "";
    return `- \`${p.part}\`: ${when} UTC${took}${load}${p.exitCode ? `, exit code ${p.exitCode}` : ""}`;
  });
  const block = [
    START,
    `Machine: ${machine.cores} × ${machine.cpu}, ${machine.memoryGb} GB, ${machine.platform}, Node ${machine.node}.`,
    `Last \`${summary.command}\`: ${summary.date.slice(0, 16).replace("T", " ")} UTC, ${Math.round(summary.seconds / 60)} min, load average ${machine.loadAverageBefore.join(" / ")} before and ${machine.loadAverageAfter.join(" / ")} after (1, 5, 15 min).`,
    "",
    "When each part ran, and how busy the machine was meanwhile (2 cores: a load above 2 means other work competed):",
    "",
    ...lines,
    "",
    markdownTable(summary.parts),
    ...growthTable(),
    END,
  ].join("\n");
  writeFileSync(DOC, text.slice(0, start) + block + text.slice(end + END.length));
  return true;
}

/** The growth part's figures at every size, as its own printed table has them. */
function growthTable(): string[] {
  const file = join(RESULTS_DIR, "growth.json");
  if (!existsSync(file)) return [];
  let parsed: ReturnType<typeof growthResultsSchema.safeParse>;
  try {
    parsed = growthResultsSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  } catch {
    return [];
  }
  if (!parsed.success || parsed.data.results.length === 0) return [];
  const { results } = parsed.data as GrowthResults;
  const first = results[0];
  const last = results.at(-1);
  const ratio = (a: number | undefined, b: number | undefined) =>
    results.length > 1 && a !== undefined && b ? (a / b).toFixed(3) : "";
  const label = (events: number) =>
    events >= 1_000_000 ? `${events / 1_000_000}M` : `${events / 1000}k`;
  const number = new Intl.NumberFormat("en-US");
  const sizes = results.map((r) => `${label(r.events)} events`);
  const head = [
    "growth (medians)",
    ...sizes,
    results.length > 1 ? `${label(last?.events ?? 0)} / ${label(first?.events ?? 0)}` : "",
  ];
  const rows = [
    [
      "ingest, events/s",
      ...results.map((r) => number.format(r.ingestRate)),
      ratio(last?.ingestRate, first?.ingestRate),
    ],
    ...(first?.routes ?? []).map((route, i) => [
      `${route.route} p95, ms`,
      ...results.map((r) => r.routes[i]?.p95Ms.toFixed(2) ?? ""),
      ratio(last?.routes[i]?.p95Ms, route.p95Ms),
    ]),
  ];
  const right = head.map((_, i) => i).filter((i) => i > 0);
  return ["", alignedMarkdown(head, rows, right)];
}
