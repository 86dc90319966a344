import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

/**
 * The process's limit of open files (the soft RLIMIT_NOFILE), or undefined where it cannot be
 * read. Node has no call for it: Linux says it in /proc/self/limits; elsewhere a shell's
 * `ulimit -n` reports the limit it inherited from this process.
 */
export function openFileLimit(): number | undefined {
  try {
    const line = /^Max open files\s+(\d+|unlimited)/m.exec(
      readFileSync("/proc/self/limits", "utf8"),
    );
    if (line) return line[1] === "unlimited" ? undefined : Number(line[1]);
  } catch {
    // not Linux
  }
  try {
    const out = execFileSync("sh", ["-c", "ulimit -n"], { encoding: "utf8", timeout: 2000 }).trim();
    return /^\d+$/.test(out) ? Number(out) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Connections the broker may hold under an open-file limit: what else the process opens (the
 * database and its WAL, logs, the API's and the dashboard's sockets, the listeners) keeps a
 * reserve of a quarter of the limit, at most 1,024 files.
 */
export function connectionsWithin(openFiles: number): number {
  return Math.max(1, openFiles - Math.min(1024, Math.floor(openFiles / 4)));
}
