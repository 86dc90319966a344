import { spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { benchArgv } from "./bench-util.ts";

/**
 * `pnpm bench` of the api package: the ingest rate, then the query latency, each in a process
 * of its own. Options go to the bench that knows them, so that `pnpm bench -- --runs 3` from
 * the repository root (which hands the same options to every package) reaches the ingest bench
 * without upsetting the query bench.
 */
const BENCHES = [
  {
    script: "./ingest-rate.ts",
    options: ["runs", "messages", "devices", "devices-per-site", "inflight", "cpu-prof"],
  },
  {
    script: "./query-latency.ts",
    options: [
      "requests",
      "warmup",
      "sites",
      "events",
      "open-defects",
      "resolved-defects",
      "cpu-prof",
    ],
  },
] as const;

const known = [...new Set(BENCHES.flatMap((b) => b.options))];
// Strict: a mistyped option fails here rather than being dropped silently. `--out` is left
// out on purpose: each bench writes its own file.
const { values } = parseArgs({
  args: benchArgv(),
  options: Object.fromEntries(known.map((name) => [name, { type: "string" as const }])),
});

for (const bench of BENCHES) {
  const args = bench.options.flatMap((name) => {
    const value = values[name];
    return typeof value === "string" ? [`--${name}`, value] : [];
  });
  const script = fileURLToPath(new URL(bench.script, import.meta.url));
  const child = spawn(process.execPath, ["--import", "tsx", script, ...args], {
    stdio: "inherit",
  });
  const [code, signal] = (await once(child, "exit")) as [number | null, NodeJS.Signals | null];
  if (code !== 0) {
    console.error(`${bench.script} ended with ${signal ?? `exit code ${code}`}`);
    process.exit(code ?? 1);
  }
}
