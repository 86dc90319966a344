import { chmodSync, closeSync, mkdirSync, openSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/**
 * The data folder holds everything secret: the system's database (the QR server key, webhook
 * signing secrets, chat webhook URLs, hashes), the generated admin token and password, the
 * broker's credentials and its key, the stand-alone broker's session store (queued messages,
 * retained ones, wills), each database with its WAL and shared-memory files. Only the user Bulb
 * Check runs as may read it: the folder is made 0700 and the files in it 0600, whatever the
 * umask. It lives in the broker, whose command needs it on its own; the API imports it from here.
 */

const PRIVATE_DIR = 0o700;
const PRIVATE_FILE = 0o600;

/** Makes the data folder, 0700, when it does not exist; one that exists is left as it is. */
export function makeDataFolder(dir: string): void {
  if (mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR }) !== undefined)
    chmodSync(dir, PRIVATE_DIR);
}

/**
 * Creates an empty file, 0600, when it does not exist: for the database, before SQLite opens it,
 * since SQLite gives its WAL and shared-memory files the database file's mode.
 */
export function makePrivateFile(path: string): void {
  let fd: number;
  try {
    fd = openSync(path, "wx", PRIVATE_FILE);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return;
    throw error;
  }
  try {
    chmodSync(path, PRIVATE_FILE);
  } finally {
    closeSync(fd);
  }
}

/** A folder or file that others than its owner may read, write or enter. */
export interface WideEntry {
  path: string;
  /** As `ls` would show the permission bits: `0644`. */
  mode: string;
  kind: "folder" | "file";
}

/** The data folder, and the files directly in it, that are wider than 0700 / 0600. */
export function widerThanPrivate(dir: string): WideEntry[] {
  const wide: WideEntry[] = [];
  const check = (path: string, kind: WideEntry["kind"]) => {
    const mode = statSync(path).mode & 0o777;
    if ((mode & 0o077) !== 0) wide.push({ path, mode: `0${mode.toString(8)}`, kind });
  };
  check(dir, "folder");
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile()) check(join(dir, entry.name), "file");
  }
  return wide;
}

/** What to say about entries that are too wide: what to run to fix them. */
export function widerThanPrivateWarning(wide: WideEntry[]): string {
  const files = wide.filter((w) => w.kind === "file").map((w) => w.path);
  const folder = wide.find((w) => w.kind === "folder")?.path;
  const fixes = [
    ...(folder ? [`chmod 700 ${folder}`] : []),
    ...(files.length > 0 ? [`chmod 600 ${files.join(" ")}`] : []),
  ];
  return `the data folder holds the database and secrets, but other users of this machine may read ${wide
    .map((w) => `${w.path} (${w.mode})`)
    .join(", ")}; run: ${fixes.join(" && ")}`;
}
