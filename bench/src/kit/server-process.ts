import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { createConnection, createServer } from "node:net";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { BENCH_DIR } from "./paths.ts";

const READY_TIMEOUT_MS = 30_000;

export const systemAddresses = z.object({
  apiUrl: z.string(),
  mqttUrl: z.string(),
  databaseFile: z.string(),
});
export type SystemAddresses = z.infer<typeof systemAddresses>;

/** A server in a process of its own, so that it has a core and an event loop to itself. */
export class ServerProcess {
  readonly name: string;
  readonly #child: ChildProcess;

  private constructor(name: string, child: ChildProcess) {
    this.name = name;
    this.#child = child;
  }

  get pid(): number | undefined {
    return this.#child.pid;
  }

  signal(signal: NodeJS.Signals): void {
    this.#child.kill(signal);
  }

  /**
   * Starts `system-server.ts` with `node --import tsx` (plus `nodeArgs`, e.g. `--cpu-prof`),
   * hands it `settings` on stdin and waits for the line with its addresses.
   */
  static async startSystem(
    settings: {
      adminToken: string;
      dataDir?: string;
      statsEveryMs?: number;
      databaseSync?: "normal" | "full";
      maxConnectionsPerAddress?: number;
      backupDir?: string;
    },
    nodeArgs: readonly string[] = [],
    /** Every later line the server prints (its stats, when asked for). */
    onLine?: (line: string) => void,
  ): Promise<{ server: ServerProcess; addresses: SystemAddresses }> {
    const script = fileURLToPath(new URL("./system-server.ts", import.meta.url));
    const child = spawn(process.execPath, [...nodeArgs, "--import", "tsx", script], {
      cwd: BENCH_DIR,
      stdio: ["pipe", "pipe", "inherit"],
    });
    child.stdin.end(JSON.stringify(settings));
    const server = new ServerProcess("bulbcheck", child);
    const lines = createInterface({ input: child.stdout });
    try {
      const line = await server.#ready(once(lines, "line") as Promise<[string]>);
      return { server, addresses: systemAddresses.parse(JSON.parse(line[0])) };
    } catch (error) {
      child.kill("SIGKILL");
      throw error;
    } finally {
      if (onLine) lines.on("line", onLine);
      else lines.close();
    }
  }

  /** Starts `command args` and waits until `port` on 127.0.0.1 accepts connections. */
  static async startListening(
    name: string,
    command: string,
    args: readonly string[],
    port: number,
  ): Promise<ServerProcess> {
    const child = spawn(command, args, { stdio: ["ignore", "inherit", "inherit"] });
    const server = new ServerProcess(name, child);
    const accepting = (async () => {
      const deadline = Date.now() + READY_TIMEOUT_MS;
      while (!(await acceptsTcp(port))) {
        if (Date.now() > deadline) throw new Error(`${name} did not listen on ${port}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    })();
    try {
      await server.#ready(accepting);
      return server;
    } catch (error) {
      child.kill("SIGKILL");
      throw error;
    }
  }

  /** Waits for `ready`, failing early when the child exits or after the timeout. */
  async #ready<T>(ready: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const exited = once(this.#child, "exit").then(([code]) => {
      throw new Error(`${this.name} exited with ${code} before it was ready`);
    });
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`${this.name} not ready within ${READY_TIMEOUT_MS} ms`)),
        READY_TIMEOUT_MS,
      );
    });
    try {
      return await Promise.race([ready, exited, late]);
    } finally {
      clearTimeout(timer);
      exited.catch(() => {});
    }
  }

  /** SIGTERM, then wait for the exit (SIGKILL after 10 s). */
  async stop(): Promise<void> {
    if (this.#child.exitCode !== null || this.#child.signalCode !== null) return;
    const exited = once(this.#child, "exit");
    this.#child.kill("SIGTERM");
    const timer = setTimeout(() => this.#child.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  }
}

function acceptsTcp(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/** A free loopback port: bound to port 0, read, released. */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  server.close();
  await once(server, "close");
  if (!address || typeof address === "string") throw new Error("no port");
  return address.port;
}
