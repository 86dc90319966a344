import { watch } from "node:fs";
import { readFile, rename, writeFile } from "node:fs/promises";
import { basename, dirname } from "node:path";
import { makeDataFolder } from "../data-folder.ts";
import {
  type CredentialsFile,
  credentialsFileSchema,
  MemoryCredentials,
  type MemoryCredentialsOptions,
} from "./memory-credentials.ts";
import { generateSecretKey } from "./secret-hash.ts";

/**
 * The server key of a credentials file lives beside it, in a file of its own (`.key` for
 * `.json`, mode 0600): the hashes alone, say in a backup of the credentials, are worth nothing.
 */
export function keyFileOf(credentialsFile: string): string {
  return `${credentialsFile.replace(/\.json$/, "")}.key`;
}

/**
 * The key of `credentialsFile`, made on first use. Two processes starting at once (the broker
 * command and the API) agree on one: the file is created exclusively, and the loser reads it.
 */
async function loadKey(credentialsFile: string): Promise<Buffer> {
  const path = keyFileOf(credentialsFile);
  const read = async () => {
    const key = Buffer.from((await readFile(path, "utf8")).trim(), "base64url");
    if (key.length < 32) throw new Error(`${path}: not a key of 32 bytes (base64url)`);
    return key;
  };
  try {
    return await read();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  makeDataFolder(dirname(path));
  try {
    await writeFile(path, `${generateSecretKey().toString("base64url")}\n`, {
      flag: "wx",
      mode: 0o600,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  return read();
}

async function readFileContent(path: string): Promise<CredentialsFile | undefined> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  const parsed = credentialsFileSchema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${path}: ${issue?.path.join(".") || "file"}: ${issue?.message ?? "invalid"}`);
  }
  return parsed.data;
}

/** Reads and validates a credentials file and its key; a missing file is an empty one. */
export async function loadCredentialsFile(
  path: string,
  options: Pick<MemoryCredentialsOptions, "onRehash"> = {},
): Promise<MemoryCredentials> {
  const key = await loadKey(path);
  const file = await readFileContent(path);
  return file
    ? MemoryCredentials.fromFile(file, { ...options, key })
    : new MemoryCredentials({ ...options, key });
}

/** Writes `content` to `path` atomically (write, then rename), so a crash never leaves half a file. */
async function writeAtomically(path: string, content: string): Promise<void> {
  makeDataFolder(dirname(path));
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, content, { mode: 0o600 });
  await rename(tmp, path);
}

/** Writes the file and, when it is not there with the same key already, the key file. */
export async function saveCredentialsFile(
  path: string,
  credentials: MemoryCredentials,
): Promise<void> {
  const keyFile = keyFileOf(path);
  const stored = await readFile(keyFile, "utf8").catch(() => undefined);
  const key = credentials.key.toString("base64url");
  if (stored?.trim() !== key) await writeAtomically(keyFile, `${key}\n`);
  await writeAtomically(path, `${JSON.stringify(credentials.toFile(), null, 2)}\n`);
}

/**
 * Stores the keyed hashes that replaced legacy ones at login. A reconnecting fleet rehashes
 * thousands at once, so they are gathered and written together, at most once a second: the
 * file is read again, each entry changed only if it still has the hash that was replaced (an
 * admin's edit meanwhile wins), and written back atomically.
 */
export class RehashWriter {
  readonly #path: string;
  readonly #pending = new Map<string, { from: string; to: string }>();
  #timer: NodeJS.Timeout | undefined;
  #writing: Promise<void> = Promise.resolve();

  constructor(path: string) {
    this.#path = path;
  }

  /** The handler for {@link MemoryCredentialsOptions.onRehash}. */
  readonly note = (id: string, from: string, to: string): void => {
    this.#pending.set(id, { from, to });
    this.#timer ??= setTimeout(() => void this.flush(), 1000).unref();
  };

  /** Writes what is pending now; resolves once it is on disk. */
  flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const batch = new Map(this.#pending);
    this.#pending.clear();
    this.#writing = this.#writing.then(() => (batch.size > 0 ? this.#write(batch) : undefined));
    return this.#writing;
  }

  async #write(batch: Map<string, { from: string; to: string }>): Promise<void> {
    const file = await readFileContent(this.#path);
    if (!file) return;
    let changed = 0;
    for (const entry of [...file.devices, ...file.services]) {
      const rehash = batch.get(entry.id);
      if (rehash && entry.secretHash === rehash.from) {
        entry.secretHash = rehash.to;
        changed++;
      }
    }
    if (changed > 0) await writeAtomically(this.#path, `${JSON.stringify(file, null, 2)}\n`);
  }
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
