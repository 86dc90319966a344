import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createConnection, createServer } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ADMIN_TOKEN } from "@bulbcheck/api/testing";
import {
  generateSecret,
  MemoryCredentials,
  readConfig as readBrokerConfig,
  saveCredentialsFile,
} from "@bulbcheck/broker";

/**
 * The system (`server/src/main.ts`) and the broker command as child processes on fixed ports, for
 * tests that kill them (SIGKILL) and start them again on the same data, as a crash would.
 */

const PACKAGE_DIR = fileURLToPath(new URL("../../", import.meta.url));
const MAIN = fileURLToPath(new URL("../main.ts", import.meta.url));
const BROKER_BIN = createRequire(import.meta.url).resolve(
  "@bulbcheck/broker/bin/bulbcheck-broker.js",
);
const ROOT_DIR = fileURLToPath(new URL("../../../", import.meta.url));

/**
 * The command `pnpm start` runs after building the dashboard: the last command of the root
 * package's `start` script, e.g. `exec node --import tsx server/src/main.ts`, as program and
 * arguments (and whether the shell execs it, so that it gets pnpm's signals itself).
 */
export function startScriptCommand(): { command: string; args: string[]; exec: boolean } {
  const pkg = JSON.parse(readFileSync(join(ROOT_DIR, "package.json"), "utf8")) as {
    scripts: { start: string };
  };
  const last = pkg.scripts.start.split("&&").at(-1)?.trim() ?? "";
  const words = last.split(/\s+/);
  const exec = words[0] === "exec";
  const [program, ...args] = exec ? words.slice(1) : words;
  if (!program) throw new Error("the root package.json has no start script");
  // pnpm runs a script with node_modules/.bin on the PATH.
  const command =
    program === "node" ? process.execPath : join(ROOT_DIR, "node_modules/.bin", program);
  return { command, args, exec };
}

/**
 * `pnpm start` itself, as a user types it: pnpm (the one running this test run when there is
 * one, else the one on the PATH) with the root package's start script.
 */
export function pnpmStartCommand(): { command: string; args: string[] } {
  const execPath = process.env.npm_execpath;
  if (execPath && /pnpm/.test(execPath))
    return { command: process.execPath, args: [execPath, "start"] };
  return { command: "pnpm", args: ["start"] };
}

/**
 * How long a child (the system, a broker) has to come up before its start counts as failed. A
 * minute and a half: the system loads its TypeScript through tsx, opens and migrates its
 * database and starts its broker, which on a busy two-core machine beside the rest of the suite
 * has taken longer than the 15 s once allowed. A child that dies fails at once, with
 * its output; only one that hangs waits this long.
 */
export const START_WITHIN_MS = 90_000;

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

export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** Lines kept of a child's output, shown only when something about it fails. */
const KEPT_LINES = 200;

/** A running child process, with its output kept for error messages. */
export class Child {
  readonly name: string;
  readonly exited: Promise<ExitStatus>;
  readonly #process: ChildProcess;
  readonly #group: boolean;
  readonly #lines: string[] = [];
  #status: ExitStatus | undefined;

  /** `group`: the child leads a process group of its own, as a terminal's foreground job does. */
  constructor(name: string, process: ChildProcess, group = false) {
    this.name = name;
    this.#process = process;
    this.#group = group;
    for (const stream of [process.stdout, process.stderr]) {
      stream?.setEncoding("utf8");
      stream?.on("data", (chunk: string) => {
        this.#lines.push(...chunk.split("\n").filter((line) => line.length > 0));
        this.#lines.splice(0, Math.max(0, this.#lines.length - KEPT_LINES));
      });
    }
    // "close", not "exit": by then the child's last output has been read too, and no process
    // it started holds its output open (a server left running by a launcher would).
    this.exited = new Promise((resolve) => {
      process.once("close", (code, signal) => {
        this.#status = { code, signal };
        resolve(this.#status);
      });
    });
  }

  get running(): boolean {
    return this.#status === undefined;
  }

  get hasGroup(): boolean {
    return this.#group;
  }

  /** Sends the signal at once (SIGKILL: no handler runs, nothing is flushed). */
  kill(signal: NodeJS.Signals): void {
    if (this.running) this.#process.kill(signal);
  }

  /** Sends the signal to the child's whole process group, as Ctrl-C in a terminal does. */
  killGroup(signal: NodeJS.Signals): void {
    if (!this.#group) throw new Error(`${this.name} has no process group of its own`);
    const pid = this.#process.pid;
    if (pid === undefined) return;
    try {
      process.kill(-pid, signal);
    } catch (error) {
      // ESRCH: the group is gone already.
      if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
    }
  }

  /**
   * Sends `signal` (to the child, or to its whole group) and resolves with the exit, or rejects
   * after `timeoutMs` (then kills).
   */
  async stop(
    signal: NodeJS.Signals,
    timeoutMs: number,
    to: "child" | "group" = "child",
  ): Promise<ExitStatus> {
    if (to === "group") this.killGroup(signal);
    else this.kill(signal);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        if (this.#group) this.killGroup("SIGKILL");
        else this.kill("SIGKILL");
        reject(new Error(`${this.name} did not exit within ${timeoutMs} ms\n${this.output()}`));
      }, timeoutMs);
    });
    try {
      return await Promise.race([this.exited, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  output(): string {
    return this.#lines.map((line) => `  [${this.name}] ${line}`).join("\n");
  }
}

/**
 * The children a test started; `killAll()` in `afterEach` leaves none behind, even when the test
 * failed half-way.
 */
export class Children {
  readonly #all = new Set<Child>();

  /**
   * Starts `command` (Node.js itself unless told otherwise) with `args`, in the server folder;
   * `group`: in a process group of its own, so that the child and whatever it starts can be
   * signalled (and, after the test, killed) together.
   */
  spawn(
    name: string,
    args: string[],
    env: Record<string, string>,
    command: string = process.execPath,
    cwd: string = PACKAGE_DIR,
    group = false,
  ): Child {
    const child = new Child(
      name,
      spawn(command, args, {
        cwd,
        env: { ...inheritedEnv(), ...env },
        stdio: ["ignore", "pipe", "pipe"],
        detached: group,
      }),
      group,
    );
    this.#all.add(child);
    return child;
  }

  async killAll(): Promise<void> {
    const running = [...this.#all].filter((child) => child.running);
    for (const child of running) {
      if (child.hasGroup) child.killGroup("SIGKILL");
      else child.kill("SIGKILL");
    }
    await Promise.all(running.map((child) => child.exited));
    this.#all.clear();
  }
}

/** The test's environment without Bulb Check settings, so that a developer's shell cannot steer a child. */
function inheritedEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith("BULBCHECK_")),
  );
}

/** Polls `check` until it holds; fails early, with the output, when `child` exits first. */
async function until(
  child: Child,
  what: string,
  check: () => Promise<boolean>,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (!child.running) {
      const status = await child.exited;
      throw new Error(`${child.name} exited (${JSON.stringify(status)})\n${child.output()}`);
    }
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${child.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
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

export interface SystemChildOptions {
  dataDir: string;
  apiPort: number;
  mqttPort: number;
  /** More settings, e.g. `BULBCHECK_MQTT_URL` for an external broker. */
  env?: Record<string, string>;
  /**
   * `node`: `node --import tsx server/src/main.ts`, one process, so that SIGKILL hits the server
   * itself. `start-script`: the command of the root `start` script, as `pnpm start` runs it
   * (without building the dashboard), so that a test of signals tests what users run.
   * `pnpm-start`: `pnpm start` itself, in a process group of its own (the dashboard is off, so
   * it builds none): pnpm, the shell it runs the script in, and the server.
   */
  launcher?: "node" | "start-script" | "pnpm-start";
}

export interface SystemChild {
  child: Child;
  apiUrl: string;
}

/** Starts the system (without the demo fleet or the dashboard) and returns at once. */
export function spawnSystemChild(children: Children, options: SystemChildOptions): Child {
  const start =
    options.launcher === "start-script"
      ? startScriptCommand()
      : options.launcher === "pnpm-start"
        ? pnpmStartCommand()
        : undefined;
  const args = start ? start.args : ["--import", "tsx", MAIN];
  const env = {
    BULBCHECK_DATA_DIR: options.dataDir,
    BULBCHECK_API_PORT: String(options.apiPort),
    BULBCHECK_MQTT_PORT: String(options.mqttPort),
    BULBCHECK_WS_PORT: "off",
    BULBCHECK_DASHBOARD_PORT: "off",
    BULBCHECK_ADMIN_TOKEN: ADMIN_TOKEN,
    BULBCHECK_SIM: "0",
    BULBCHECK_LOG_LEVEL: "warn",
    ...options.env,
  };
  if (options.launcher === "pnpm-start" && start)
    return children.spawn("pnpm start", args, env, start.command, ROOT_DIR, true);
  return start
    ? children.spawn("system", args, env, start.command, ROOT_DIR)
    : children.spawn("system", args, env);
}

/** Starts the system and waits until `GET /api/health` answers. */
export async function startSystemChild(
  children: Children,
  options: SystemChildOptions,
): Promise<SystemChild> {
  const child = spawnSystemChild(children, options);
  const apiUrl = `http://127.0.0.1:${options.apiPort}`;
  await waitForHealth(child, apiUrl);
  return { child, apiUrl };
}

/** Waits until `GET /api/health` at `apiUrl` answers 200; fails early if `child` exits. */
export async function waitForHealth(child: Child, apiUrl: string): Promise<void> {
  await until(
    child,
    "GET /api/health",
    async () => {
      try {
        return (await fetch(`${apiUrl}/api/health`)).ok;
      } catch {
        return false;
      }
    },
    START_WITHIN_MS,
  );
}

export interface BrokerLogin {
  id: string;
  secret: string;
}

/**
 * Writes the broker command's credentials file (the format `add-device` and `add-service`
 * manage) with these devices and one service account; returns the plain secrets.
 */
export async function writeBrokerCredentials(options: {
  dataDir: string;
  devices: { id: string; site: string }[];
  service: { id: string; subscribe: string[] };
}): Promise<{ devices: Map<string, string>; service: BrokerLogin }> {
  const credentials = new MemoryCredentials();
  const devices = new Map<string, string>();
  for (const device of options.devices) {
    const secret = generateSecret();
    credentials.set({ kind: "device", ...device, secretHash: credentials.hash(secret) });
    devices.set(device.id, secret);
  }
  const secret = generateSecret();
  credentials.set({
    kind: "service",
    id: options.service.id,
    secretHash: credentials.hash(secret),
    publish: [],
    subscribe: options.service.subscribe,
  });
  const file = readBrokerConfig({ BULBCHECK_DATA_DIR: options.dataDir }).credentialsFile;
  await saveCredentialsFile(file, credentials);
  return { devices, service: { id: options.service.id, secret } };
}

/** Starts the broker command (`bulbcheck-broker serve`) and waits until it accepts connections. */
export async function startBrokerChild(
  children: Children,
  options: { dataDir: string; port: number },
): Promise<Child> {
  const child = children.spawn("broker", [BROKER_BIN, "serve"], {
    BULBCHECK_DATA_DIR: options.dataDir,
    BULBCHECK_MQTT_PORT: String(options.port),
    BULBCHECK_WS_PORT: "off",
    BULBCHECK_LOG_LEVEL: "warn",
  });
  await waitForPort(child, options.port);
  return child;
}

/** Waits until `child` accepts TCP connections on `port`; fails early if it exits. */
export async function waitForPort(child: Child, port: number): Promise<void> {
  await until(child, `port ${port}`, () => acceptsTcp(port), START_WITHIN_MS);
}
