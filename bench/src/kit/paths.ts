import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root, where docs/ is. */
export const REPO_DIR = fileURLToPath(new URL("../../../", import.meta.url));
/** The bench package, where each part's script runs (`--import tsx` resolves from here). */
export const BENCH_DIR = fileURLToPath(new URL("../../", import.meta.url));
/** The latest results, committed: bench/results/. */
export const RESULTS_DIR = join(BENCH_DIR, "results");

/** A part's default results file, in bench/results/. */
export function resultsFile(name: string): string {
  return join(RESULTS_DIR, name);
}
