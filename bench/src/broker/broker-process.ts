import { type ChildProcessByStdio, spawn } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import type { LoadDevice } from "@bulbcheck/device-sim";
import { z } from "zod";
import { BENCH_DIR } from "../kit/paths.ts";

const READY_TIMEOUT_MS = 30_000;

const readyLine = z.object({ port: z.number().int().positive() });

/** A broker server script running in its own process, so it has a core and an event loop to itself. */
export class BrokerProcess {
  readonly port: number;
  readonly #child: ChildProcessByStdio<Writable, Readable, null>;

  private constructor(child: ChildProcessByStdio<Writable, Readable, null>, port: number) {
    this.#child = child;
    this.port = port;
  }

  get pid(): number | undefined {
    return this.#child.pid;
  }

  get url(): string {
    return `mqtt://127.0.0.1:${this.port}`;
  }

  /**
   * Starts `script` (a file in this folder) with `node --import tsx` and waits for its port.
   * With `cpuProfileDir`, V8's sampling profiler writes a `.cpuprofile` there when it exits.
   */
  static async start(
    script: string,
    devices: readonly LoadDevice[],
    { cpuProfileDir }: { cpuProfileDir?: string | undefined } = {},
  ): Promise<BrokerProcess> {
    const path = fileURLToPath(new URL(script, import.meta.url));
    const profile = cpuProfileDir ? ["--cpu-prof", `--cpu-prof-dir=${cpuProfileDir}`] : [];
    const child = spawn(process.execPath, [...profile, "--import", "tsx", path], {
      cwd: BENCH_DIR,
      stdio: ["pipe", "pipe", "inherit"],
    });
    child.stdin.end(JSON.stringify(devices));
    const lines = createInterface({ input: child.stdout });
    // One controller ends both waits, whichever wins, so no listener outlives the start.
    const waiting = new AbortController();
    const timer = setTimeout(
      () => waiting.abort(new Error(`${script} printed no port within ${READY_TIMEOUT_MS} ms`)),
      READY_TIMEOUT_MS,
    );
    try {
      const [line] = (await Promise.race([
        once(lines, "line", { signal: waiting.signal }),
        once(child, "exit", { signal: waiting.signal }).then(([code]) => {
          throw new Error(`${script} exited with ${code} before it listened`);
        }),
      ])) as [string];
      return new BrokerProcess(child, readyLine.parse(JSON.parse(line)).port);
    } catch (error) {
      child.kill("SIGKILL");
      throw waiting.signal.aborted ? waiting.signal.reason : error;
    } finally {
      clearTimeout(timer);
      waiting.abort();
      lines.close();
    }
  }

  /** SIGTERM, then wait for the exit (SIGKILL after 5 s). */
  async stop(): Promise<void> {
    if (this.#child.exitCode !== null || this.#child.signalCode !== null) return;
    const exited = once(this.#child, "exit");
    this.#child.kill("SIGTERM");
    const timer = setTimeout(() => this.#child.kill("SIGKILL"), 5000);
    await exited;
    clearTimeout(timer);
  }
}
