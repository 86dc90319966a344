import { readFile } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { z } from "zod";
import { benchArgv, positive } from "./bench-stats.ts";
import { REPO_DIR } from "./paths.ts";

/**
 * The functions a V8 CPU profile (`node --cpu-prof`, or a bench's `--cpu-prof DIR`) spent the
 * most time in: self time, and total time (self plus callees), each as a share of the samples
 * in which the process was busy.
 *
 *   pnpm --filter @bulbcheck/bench profile-top /tmp/prof/CPU.*.cpuprofile --top 25
 */
const REPO_ROOT = pathToFileURL(REPO_DIR).href;

const { values: args, positionals } = parseArgs({
  args: benchArgv(),
  allowPositionals: true,
  options: { top: { type: "string", default: "25" } },
});

const profileSchema = z.object({
  nodes: z.array(
    z.object({
      id: z.number(),
      callFrame: z.object({ functionName: z.string(), url: z.string(), lineNumber: z.number() }),
      children: z.array(z.number()).optional(),
    }),
  ),
  samples: z.array(z.number()),
});

for (const file of positionals) {
  const profile = profileSchema.parse(JSON.parse(await readFile(file, "utf8")));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const label = (id: number) => {
    const { functionName, url, lineNumber } = (byId.get(id) as (typeof profile.nodes)[number])
      .callFrame;
    // Packages by their name, our files from the repository root.
    const where = url.replace(/^.*\/node_modules\//, "").replace(REPO_ROOT, "");
    return `${functionName || "(anonymous)"} ${where}${url ? `:${lineNumber + 1}` : ""}`;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  // Shares are of the busy samples: a server waiting for work says nothing about its costs.
  let idle = 0;
  for (const sample of profile.samples) {
    const name = label(sample);
    if (name.startsWith("(idle)")) {
      idle++;
      continue;
    }
    self.set(name, (self.get(name) ?? 0) + 1);
    // A function counted once per sample, however deep it recurses.
    const seen = new Set<string>();
    for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) {
      const n = label(id);
      if (seen.has(n)) continue;
      seen.add(n);
      total.set(n, (total.get(n) ?? 0) + 1);
    }
  }
  const samples = profile.samples.length - idle;
  const top = positive("top", args.top);
  const show = (title: string, map: Map<string, number>) => {
    console.log(`\n${title}, % of ${samples} busy samples (${idle} idle left out) ${file}`);
    for (const [name, n] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top))
      console.log(`${((n / samples) * 100).toFixed(1).padStart(6)} %  ${name}`);
  };
  show("self time", self);
  show("total time", total);
}
