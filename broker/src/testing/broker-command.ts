import { type ChildProcess, execFile, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { promisify } from "node:util";

const run = promisify(execFile);
const CLI = [join(import.meta.dirname, "..", "..", "bin", "bulbcheck-broker.js")];

/** A started `bulbcheck-broker serve`: its port, its JSON log lines, its process. */
export interface ServingBroker {
  port: number;
  url: string;
  logs: string[];
  child: ChildProcess;
  exited: Promise<number | null>;
}

/**
 * The broker command (`bin/bulbcheck-broker.js`) on a data folder of its own, as an admin runs
 * it: provisioning commands, and `serve` as a child process on a free port.
 */
export class BrokerCommand {
  readonly dataDir: string;
  readonly #children = new Set<ChildProcess>();

  private constructor(dataDir: string) {
    this.dataDir = dataDir;
  }

  static async create(): Promise<BrokerCommand> {
    return new BrokerCommand(await mkdtemp(join(tmpdir(), "bulbcheck-broker-")));
  }

  env(more: Record<string, string> = {}): NodeJS.ProcessEnv {
    return {
      ...process.env,
      BULBCHECK_DATA_DIR: this.dataDir,
      BULBCHECK_MQTT_PORT: "0",
      BULBCHECK_WS_PORT: "off",
      ...more,
    };
  }

  /** Runs one command (`add-device`, `remove`, ...) to its end. */
  run(args: string[], env: Record<string, string> = {}) {
    return run("node", [...CLI, ...args], { env: this.env(env) });
  }

  /** Provisions a device; resolves with the secret the command printed. */
  async addDevice(site: string, id: string): Promise<string> {
    const { stdout } = await this.run(["add-device", "--site", site, "--id", id]);
    return secretIn(stdout);
  }

  /** Adds a service account; resolves with its secret. */
  async addService(id: string, acl: { publish?: string[]; subscribe?: string[] }): Promise<string> {
    const args = ["add-service", "--id", id];
    for (const f of acl.publish ?? []) args.push("--publish", f);
    for (const f of acl.subscribe ?? []) args.push("--subscribe", f);
    const { stdout } = await this.run(args);
    return secretIn(stdout);
  }

  /** Starts `serve` and resolves once it listens, with its TCP port read from its JSON log. */
  serve(env: Record<string, string> = {}): Promise<ServingBroker> {
    const child = spawn("node", [...CLI, "serve"], {
      env: this.env(env),
      stdio: ["ignore", "pipe", "inherit"],
    });
    this.#children.add(child);
    const exited = new Promise<number | null>((resolve) =>
      child.once("exit", (code) => {
        this.#children.delete(child);
        resolve(code);
      }),
    );
    const logs: string[] = [];
    return new Promise((resolve, reject) => {
      void exited.then((code) =>
        reject(new Error(`broker exited with ${code}: ${logs.join("\n")}`)),
      );
      createInterface({ input: child.stdout as NodeJS.ReadableStream }).on("line", (line) => {
        logs.push(line);
        const entry = JSON.parse(line) as { msg: string; tcp?: { port: number } };
        if (entry.msg === "broker listening" && entry.tcp) {
          const port = entry.tcp.port;
          resolve({ port, url: `mqtt://127.0.0.1:${port}`, logs, child, exited });
        }
      });
    });
  }

  /** Kills what is still running and removes the data folder. */
  async dispose(): Promise<void> {
    for (const child of this.#children) child.kill("SIGKILL");
    await rm(this.dataDir, { recursive: true, force: true });
  }
}

function secretIn(stdout: string): string {
  const secret = /secret \(shown once[^:]*\): (\S+)/.exec(stdout)?.[1];
  if (!secret) throw new Error(`no secret in: ${stdout}`);
  return secret;
}
