import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { connect, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { WAIT_MS } from "./fixtures.ts";

/**
 * HAProxy (Debian's `haproxy` package; `.ci/run` installs it) run by a test with a configuration
 * of its own, in the foreground, as the child of the test.
 */
export interface RunningHaproxy {
  config: string;
  stop(): Promise<void>;
}

/** Debian installs it in /usr/sbin, which a user's PATH may not have. */
const HAPROXY = existsSync("/usr/sbin/haproxy") ? "/usr/sbin/haproxy" : "haproxy";

/** A port free on 127.0.0.1 now: taken and given back, for a process that cannot take port 0. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts `haproxy -db` on `config` (a `global` section is put before it) and resolves once each
 * of `ports` takes connections. Fails with a message saying how to install HAProxy when it is not
 * there: a test that needs it must not pass without it.
 */
export async function startHaproxy(config: string, ports: number[]): Promise<RunningHaproxy> {
  const dir = await mkdtemp(join(tmpdir(), "bulbcheck-haproxy-"));
  const file = join(dir, "haproxy.cfg");
  const full = `global\n    maxconn 1024\n\n${config}`;
  await writeFile(file, full);
  const child = spawn(HAPROXY, ["-db", "-f", file], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => {
    child.once("exit", (code) => resolve(code));
    child.once("error", (error: NodeJS.ErrnoException) => {
      output +=
        error.code === "ENOENT"
          ? "haproxy is not installed: this test needs it (Debian: apt-get install haproxy; .ci/run installs it)"
          : error.message;
      resolve(null);
    });
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
    await rm(dir, { recursive: true, force: true });
  };
  const ready = Promise.all(ports.map((port) => accepting(port)));
  const outcome = await Promise.race([
    ready.then(
      () => "ready" as const,
      (error: Error) => error.message,
    ),
    exited,
  ]);
  if (outcome !== "ready") {
    await stop();
    const why = typeof outcome === "string" ? outcome : `exit code ${outcome}`;
    throw new Error(`haproxy did not start (${why}): ${output.trim()}`);
  }
  return { config: full, stop };
}

/** Resolves once `port` takes a connection (which is closed at once); fails after WAIT_MS. */
async function accepting(port: number): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = connect(port, "127.0.0.1", () => {
        socket.destroy();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`nothing listens on ${port}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
