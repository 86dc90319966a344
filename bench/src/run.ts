import { spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { goalsChart, growthChart, growthResultsSchema } from "./charts.ts";
import { updatePerformanceDoc } from "./docs.ts";
import { benchArgv, positive, round2 } from "./kit/bench-stats.ts";
import { BENCH_DIR, RESULTS_DIR } from "./kit/paths.ts";
import { type BenchPart, PARTS } from "./parts.ts";
import {
  formatParts,
  formatTable,
  type LoadFigures,
  type PartSummary,
  partResultsSchema,
  type SuiteSummary,
  suiteSummarySchema,
} from "./summary.ts";

/**
 * `pnpm bench [part ...]`: runs the parts of the suite (all of them, or those named), each in a
 * process of its own and one after the other (they would skew each other), then prints one table
 * of every part's latest figures against the goals and writes bench/results/summary.json and the
 * charts summary.svg and growth.svg. Parts not run keep the figures of their last run, dated.
 *
 *   pnpm bench                      every part (about 15 minutes on a 2-core machine)
 *   pnpm bench latency connections  two parts
 *   pnpm bench --quick              a smoke run: small sizes, one run each; figures not to quote
 *   pnpm bench growth --large       growth with the 10 million event store too
 *   pnpm bench --runs 5             runs per part (each figure is the median of its runs)
 *   pnpm bench --report             no part run: the table and charts from the latest results
 */
const { values: args, positionals } = parseArgs({
  args: benchArgv(),
  allowPositionals: true,
  options: {
    quick: { type: "boolean", default: false },
    large: { type: "boolean", default: false },
    runs: { type: "string" },
    report: { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});

if (args.help) {
  console.log(
    `pnpm bench [part ...] [--quick] [--large] [--runs N] [--report]\n\nparts:\n${PARTS.map((p) => `  ${p.name.padEnd(12)}${p.title}`).join("\n")}`,
  );
  process.exit(0);
}
const unknown = positionals.filter((name) => !PARTS.some((p) => p.name === name));
if (unknown.length > 0) {
  console.error(
    `unknown part ${unknown.join(", ")}; the parts: ${PARTS.map((p) => p.name).join(", ")}`,
  );
  process.exit(2);
}
const selected = args.report
  ? []
  : PARTS.filter((p) => positionals.length === 0 || positionals.includes(p.name));
const runs = args.runs === undefined ? undefined : positive("runs", args.runs);

const SUMMARY_FILE = join(RESULTS_DIR, "summary.json");
/** A smoke run's figures are not results: they go to a temp folder, never to bench/results. */
const partResultsDir = args.quick ? join(tmpdir(), "bulbcheck-bench-quick") : RESULTS_DIR;
const started = performance.now();
const loadBefore = loadavg().map(round2);
const previous = readPrevious();
const ranNow = new Map<string, PartSummary>();

for (const part of selected) {
  console.log(`\n=== ${part.name}: ${part.title} ===`);
  const partArgs = [
    ...(args.quick ? part.quick : []),
    ...(args.large && part.large ? part.large : []),
    ...(runs === undefined ? [] : ["--runs", String(runs)]),
    "--out",
    join(partResultsDir, part.results),
  ];
  ranNow.set(part.name, await runPart(part, partArgs));
}

const parts = PARTS.flatMap((part) => {
  const summary = ranNow.get(part.name) ?? (args.quick ? undefined : fromEarlier(part));
  return summary ? [summary] : [];
});
const machine = {
  cpu: cpus()[0]?.model ?? "unknown",
  cores: cpus().length,
  memoryGb: round2(totalmem() / 2 ** 30),
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
  loadAverageBefore: loadBefore,
  loadAverageAfter: loadavg().map(round2),
};
const summary: SuiteSummary = {
  benchmark: "suite",
  date: new Date().toISOString(),
  machine,
  command: `pnpm bench ${benchArgv().join(" ")}`.trim(),
  seconds: Math.round((performance.now() - started) / 1000),
  parts,
};

console.log(`\n${formatTable(parts)}\n`);
console.log(formatParts(parts));
console.log(
  `\nmachine: ${machine.cores} × ${machine.cpu}, ${machine.memoryGb} GB, Node ${machine.node}; ` +
    `load average before ${loadBefore.join(" ")}, after ${machine.loadAverageAfter.join(" ")}`,
);
const missed = parts.flatMap((p) => p.figures.filter((f) => f.pass === false));
console.log(
  missed.length === 0
    ? "every goal measured is met"
    : `goals missed: ${missed.map((f) => `${f.part}: ${f.name}`).join("; ")}`,
);
if (args.quick)
  console.log("a --quick run: small sizes and one run each; do not quote its figures");

if (!args.quick) {
  mkdirSync(RESULTS_DIR, { recursive: true });
  if (selected.length > 0) writeFileSync(SUMMARY_FILE, `${JSON.stringify(summary, null, 2)}\n`);
  const subtitle = `${machine.cores} × ${machine.cpu}, Node ${machine.node}; ${summary.date.slice(0, 10)}; medians of several runs`;
  writeFileSync(join(RESULTS_DIR, "summary.svg"), goalsChart(parts, subtitle));
  const growth = readJson(join(RESULTS_DIR, "growth.json"));
  const parsed = growthResultsSchema.safeParse(growth);
  if (parsed.success && parsed.data.results.length > 0)
    writeFileSync(join(RESULTS_DIR, "growth.svg"), growthChart(parsed.data, subtitle));
  console.log(`results: ${SUMMARY_FILE}, summary.svg, growth.svg (in ${RESULTS_DIR})`);
  // `--report` runs nothing: the page keeps the last run's machine and command.
  const reported = selected.length > 0 || !previous ? summary : { ...previous, parts };
  if (updatePerformanceDoc(reported)) console.log("docs/performance.md: the latest table");
} else {
  console.log("(a --quick run writes no summary or charts; each part wrote its own file)");
}
console.log(`suite: ${summary.seconds} s`);
if ([...ranNow.values()].some((p) => p.exitCode !== 0)) process.exitCode = 1;

/** Runs one part with `node --import tsx` from the bench package, sampling the load average meanwhile. */
async function runPart(part: BenchPart, partArgs: readonly string[]): Promise<PartSummary> {
  const began = performance.now();
  const startedAt = Date.now();
  const samples: number[] = [loadavg()[0] ?? 0];
  const sampler = setInterval(() => samples.push(loadavg()[0] ?? 0), 5000);
  const child = spawn(process.execPath, ["--import", "tsx", part.script, ...partArgs], {
    cwd: BENCH_DIR,
    stdio: "inherit",
  });
  const [code, signal] = (await once(child, "exit")) as [number | null, NodeJS.Signals | null];
  clearInterval(sampler);
  const seconds = round2((performance.now() - began) / 1000);
  const exitCode = code ?? 128;
  if (exitCode !== 0)
    console.log(`${part.name} ended with ${signal ?? `exit code ${code}`} after ${seconds} s`);
  const file = join(partResultsDir, part.results);
  // Only a file written by this run counts: an older one would pass stale figures off as new.
  const fresh = existsSync(file) && statSync(file).mtimeMs >= startedAt;
  const results = fresh ? partResultsSchema.safeParse(readJson(file)) : undefined;
  const load: LoadFigures = {
    min: round2(Math.min(...samples)),
    mean: round2(samples.reduce((a, b) => a + b, 0) / samples.length),
    max: round2(Math.max(...samples)),
  };
  return {
    part: part.name,
    date: results?.success ? results.data.date : new Date().toISOString(),
    ranNow: true,
    seconds,
    exitCode,
    load,
    resultsFile: part.results,
    figures: results?.success
      ? (results.data.figures ?? [])
      : [
          {
            part: part.name,
            name: "no results",
            value: null,
            unit: "",
            note: `${part.name} wrote no results file (exit code ${exitCode})`,
          },
        ],
  };
}

/** A part not run now: its entry in the last summary, or else its own latest results file. */
function fromEarlier(part: BenchPart): PartSummary | undefined {
  const file = join(RESULTS_DIR, part.results);
  const results = existsSync(file) ? partResultsSchema.safeParse(readJson(file)) : undefined;
  const kept = previous?.parts.find((p) => p.part === part.name);
  if (kept && (!results?.success || results.data.date === kept.date))
    return { ...kept, ranNow: false };
  if (!results?.success || !results.data.figures) return undefined;
  return {
    part: part.name,
    date: results.data.date,
    ranNow: false,
    seconds: null,
    exitCode: null,
    load: null,
    resultsFile: part.results,
    figures: results.data.figures,
  };
}

function readPrevious(): SuiteSummary | undefined {
  if (!existsSync(SUMMARY_FILE)) return undefined;
  const parsed = suiteSummarySchema.safeParse(readJson(SUMMARY_FILE));
  return parsed.success ? parsed.data : undefined;
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}
