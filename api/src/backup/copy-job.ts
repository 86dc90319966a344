import { statSync } from "node:fs";
import { extname } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

export interface CopyJob {
  /** The file checked (and written first, with `snapshotOf`). */
  file: string;
  /** Copy this live database into `file` first, in one step (VACUUM INTO). */
  snapshotOf?: string;
  /** Switch the checked copy to rollback-journal mode: one file, no -wal beside it. */
  selfContained: boolean;
}

export interface CopyCheck {
  /** null: `PRAGMA integrity_check` said ok; else what it (or opening the file) said. */
  problems: string | null;
  /** The Bulb Check schema version; null when not a Bulb Check database (or not sound). */
  schemaVersion: number | null;
}

// This folder's .ts under tsx and vitest (their execArgv, or Node's type stripping, load it),
// its .js in a build.
const WORKER = new URL(`./copy-worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url);

/**
 * Runs a copy job in a worker thread. `progress.onProgress` hears the copy's size on disk every
 * `progress.every` ms while the worker runs (a one-step copy tells nothing itself); `signal`
 * ends the worker (a stop does not wait for a long integrity check).
 */
export function runCopyJob(
  job: CopyJob,
  options: {
    progress?: { every: number; onProgress: (bytes: number) => void };
    signal?: AbortSignal;
  } = {},
): Promise<CopyCheck> {
  const { progress, signal } = options;
  return new Promise((resolve, reject) => {
    signal?.throwIfAborted();
    const worker = new Worker(WORKER, { workerData: job });
    // Settled on the exit, so that nothing writes the copy's files once it has.
    const abandon = () => void worker.terminate();
    signal?.addEventListener("abort", abandon, { once: true });
    const timer = progress
      ? setInterval(() => progress.onProgress(sizeOf(job.file)), progress.every)
      : undefined;
    let answer: CopyCheck | undefined;
    worker.once("message", (check: CopyCheck) => {
      answer = check;
    });
    let failure: Error | undefined;
    worker.once("error", (error) => {
      failure = error;
    });
    worker.once("exit", (code) => {
      clearInterval(timer);
      signal?.removeEventListener("abort", abandon);
      if (answer) resolve(answer);
      else if (signal?.aborted) reject(signal.reason);
      else if (failure) reject(failure);
      else reject(new Error(`the copy's worker exited (${code}) without an answer`));
    });
  });
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}
