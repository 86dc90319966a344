import { pbkdf2Sync, randomBytes } from "node:crypto";
import { existsSync, writeFileSync } from "node:fs";
import { userInfo } from "node:os";
import { delimiter, join } from "node:path";
import { type Child, type Children, waitForPort } from "./child-system.ts";

/**
 * Eclipse Mosquitto as the external broker of a test, when it is installed (CI does not install
 * it; tests that need it skip and say so). `BULBCHECK_MOSQUITTO` names the binary; otherwise it is
 * looked for on the PATH and in the sbin folders Debian puts it in.
 */
export function findMosquitto(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.BULBCHECK_MOSQUITTO)
    return existsSync(env.BULBCHECK_MOSQUITTO) ? env.BULBCHECK_MOSQUITTO : undefined;
  const folders = [...(env.PATH ?? "").split(delimiter), "/usr/sbin", "/usr/local/sbin"];
  return folders.map((folder) => join(folder, "mosquitto")).find((file) => existsSync(file));
}

export interface MosquittoLogin {
  id: string;
  secret: string;
}

export interface MosquittoOptions {
  binary: string;
  /** A folder of the test's own: the configuration, the password and ACL files, persistence. */
  dir: string;
  port: number;
  /** The ingester's login: it may read every device topic. */
  ingester: MosquittoLogin;
  /** Device logins: each may publish only under its own id. */
  devices: MosquittoLogin[];
}

/**
 * A line of Mosquitto's password file, in its PBKDF2-SHA512 format (`$7$`, as `mosquitto_passwd`
 * writes it since 2.0), so that no other tool is needed.
 */
function passwordLine({ id, secret }: MosquittoLogin): string {
  const iterations = 101;
  const salt = randomBytes(12);
  const hash = pbkdf2Sync(secret, salt, iterations, 64, "sha512");
  return `${id}:$7$${iterations}$${salt.toString("base64")}$${hash.toString("base64")}`;
}

/**
 * The configuration an operator would write for Bulb Check behind Mosquitto 2.x. Where it differs
 * from Mosquitto's defaults, on purpose:
 * - `max_queued_messages 100000` (default 1000) and `max_queued_bytes 0`: while the ingester is
 *   down (a crash, an upgrade), Mosquitto queues the devices' QoS 1 messages in its persistent
 *   session; past the limit it drops them silently (it logs "Outgoing messages are being
 *   dropped"), and they would be lost although every device had its PUBACK. 100,000 covers
 *   minutes of a large fleet; size it to the longest downtime to survive.
 * - `persistence true`: the sessions and their queues survive a restart of Mosquitto itself.
 * - a password file and an ACL: devices publish under their own id only, the ingester reads all.
 * - `user`: Mosquitto started as root otherwise switches to the `mosquitto` user, which may not
 *   read a test's private folder.
 */
export function mosquittoConfig(options: Omit<MosquittoOptions, "binary">): string {
  return [
    `listener ${options.port} 127.0.0.1`,
    "allow_anonymous false",
    `password_file ${join(options.dir, "passwd")}`,
    `acl_file ${join(options.dir, "acl")}`,
    "persistence true",
    `persistence_location ${options.dir}/`,
    "max_queued_messages 100000",
    "max_queued_bytes 0",
    "max_inflight_messages 20",
    "queue_qos0_messages false",
    `user ${userInfo().username}`,
    "log_dest stderr",
    "log_type error",
    "log_type warning",
    "",
  ].join("\n");
}

/** Writes the configuration and starts Mosquitto; resolves once it accepts connections. */
export async function startMosquittoChild(
  children: Children,
  options: MosquittoOptions,
): Promise<Child> {
  const { dir, ingester, devices } = options;
  writeFileSync(join(dir, "passwd"), `${[ingester, ...devices].map(passwordLine).join("\n")}\n`, {
    mode: 0o600,
  });
  writeFileSync(
    join(dir, "acl"),
    [
      `user ${ingester.id}`,
      "topic read bulbcheck/v1/#",
      "",
      "# every other login: its own device topics (%u is the username)",
      "pattern write bulbcheck/v1/+/%u/+",
      "",
    ].join("\n"),
    { mode: 0o600 },
  );
  const config = join(dir, "mosquitto.conf");
  writeFileSync(config, mosquittoConfig(options));
  const child = children.spawn("mosquitto", ["-c", config], {}, options.binary);
  await waitForPort(child, options.port);
  return child;
}
