import { watch } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { basename, dirname } from "node:path";
import { credentialsFileSchema, MemoryCredentials } from "./memory-credentials.ts";

/** Reads and validates a credentials file; a missing file is an empty one. */
export async function loadCredentialsFile(path: string): Promise<MemoryCredentials> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return new MemoryCredentials();
    throw error;
  }
  const parsed = credentialsFileSchema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${path}: ${issue?.path.join(".") || "file"}: ${issue?.message ?? "invalid"}`);
  }
  return MemoryCredentials.fromFile(parsed.data);
}

/** Writes the file atomically (write, then rename), so a crash never leaves half a file. */
export async function saveCredentialsFile(
  path: string,
  credentials: MemoryCredentials,
): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, `${JSON.stringify(credentials.toFile(), null, 2)}\n`, { mode: 0o600 });
  await rename(tmp, path);
}

/**
 * Reloads the file when it changes (an admin added or removed a device while the broker runs) and
 * reports the ids whose credentials were removed or changed. A broken edit is reported and the
 * previous credentials stay in force.
 */
export function watchCredentialsFile(
  path: string,
  credentials: MemoryCredentials,
  handlers: { changed: (ids: string[]) => void; failed: (error: Error) => void },
): () => void {
  let timer: NodeJS.Timeout | undefined;
  const reload = () => {
    loadCredentialsFile(path).then(
      (next) => handlers.changed(credentials.replaceWith(next)),
      (error: Error) => handlers.failed(error),
    );
  };
  // Watch the folder, not the file: saving renames a new file over the old one.
  const watcher = watch(dirname(path), (_event, name) => {
    if (name !== basename(path)) return;
    clearTimeout(timer);
    timer = setTimeout(reload, 50);
  });
  return () => {
    clearTimeout(timer);
    watcher.close();
  };
}
