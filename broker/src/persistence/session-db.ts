import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import Database from "better-sqlite3";
import { makePrivateFile } from "../data-folder.ts";

/**
 * The SQLite file behind the stand-alone broker's sessions: numbered migrations keyed on
 * `PRAGMA user_version`, WAL, and writes gathered into one transaction per turn of the event
 * loop (group commit), each caller told once its write is committed.
 */

/** A packet as aedes and its persistences pass them: mqtt-packet fields and aedes' own. */
export interface StoredPacket {
  cmd?: string;
  topic?: string;
  payload?: Buffer | string;
  qos?: number;
  retain?: boolean;
  dup?: boolean;
  messageId?: number | undefined;
  brokerId?: string | null | undefined;
  brokerCounter?: number;
  clientId?: string;
  [field: string]: unknown;
}

const require = createRequire(import.meta.url);
/** aedes-packet: how aedes copies a packet (its types do not describe its export). */
export const Packet = require("aedes-packet") as new (original: StoredPacket) => StoredPacket;

const MIGRATIONS_DIR = join(import.meta.dirname, "migrations");

interface Row {
  packet: string;
  payload: Buffer;
}

/** A packet's JSON without its payload, and the payload as bytes. */
function encode(packet: StoredPacket): [string, Buffer] {
  const { payload, ...fields } = packet;
  const text = typeof payload === "string";
  return [
    JSON.stringify(text ? { ...fields, payloadIsText: true } : fields),
    text ? Buffer.from(payload, "utf8") : Buffer.from(payload ?? Buffer.alloc(0)),
  ];
}

/** The packet as it was stored: plain (retained, wills) or as aedes-packet made it. */
export function decode(row: Row, asPacket: boolean): StoredPacket {
  const { payloadIsText, ...fields } = JSON.parse(row.packet) as StoredPacket & {
    payloadIsText?: boolean;
  };
  const payload = payloadIsText ? row.payload.toString("utf8") : row.payload;
  if (!asPacket) return { ...fields, payload };
  const packet = new Packet({ ...fields, payload });
  if (fields.messageId !== undefined) packet.messageId = fields.messageId;
  return packet;
}

export interface SessionRows {
  retained: (Row & { topic: string })[];
  subscriptions: { client_id: string; topic: string; options: string }[];
  outgoing: (Row & { id: number; client_id: string })[];
  incoming: (Row & { client_id: string; message_id: number })[];
  wills: (Row & { client_id: string })[];
}

export class SessionDb {
  readonly #db: Database.Database;
  readonly #statements = new Map<string, Database.Statement>();
  #queued: (() => void)[] = [];
  /** The batch being gathered: every write of this turn waits on its one commit. */
  #batch:
    | { done: Promise<void>; resolve: () => void; reject: (error: unknown) => void }
    | undefined;

  private constructor(db: Database.Database) {
    this.#db = db;
  }

  /**
   * Opens (or makes, 0600: SQLite gives its WAL and shared-memory files the same mode) the file
   * and brings its schema up to date.
   */
  static open(path: string, synchronous: "normal" | "full"): SessionDb {
    makePrivateFile(path);
    const db = new Database(path);
    try {
      db.pragma("journal_mode = WAL");
      db.pragma(`synchronous = ${synchronous === "full" ? "FULL" : "NORMAL"}`);
      migrate(db);
      return new SessionDb(db);
    } catch (error) {
      db.close();
      throw error;
    }
  }

  load(): SessionRows {
    const all = <T>(sql: string) => this.#db.prepare(sql).all() as T[];
    return {
      retained: all("SELECT topic, packet, payload FROM retained ORDER BY rowid"),
      subscriptions: all("SELECT client_id, topic, options FROM subscriptions"),
      outgoing: all("SELECT id, client_id, packet, payload FROM outgoing ORDER BY id"),
      incoming: all("SELECT client_id, message_id, packet, payload FROM incoming"),
      wills: all("SELECT client_id, packet, payload FROM wills"),
    };
  }

  putRetained(topic: string, packet: StoredPacket): Promise<void> {
    return this.#write(
      "INSERT INTO retained (topic, packet, payload) VALUES (?, ?, ?) ON CONFLICT (topic) DO UPDATE SET packet = excluded.packet, payload = excluded.payload",
      topic,
      ...encode(packet),
    );
  }

  deleteRetained(topic: string): Promise<void> {
    return this.#write("DELETE FROM retained WHERE topic = ?", topic);
  }

  putSubscription(clientId: string, topic: string, options: object): Promise<void> {
    return this.#write(
      "INSERT INTO subscriptions (client_id, topic, options) VALUES (?, ?, ?) ON CONFLICT (client_id, topic) DO UPDATE SET options = excluded.options",
      clientId,
      topic,
      JSON.stringify(options),
    );
  }

  deleteSubscription(clientId: string, topic: string): Promise<void> {
    return this.#write(
      "DELETE FROM subscriptions WHERE client_id = ? AND topic = ?",
      clientId,
      topic,
    );
  }

  deleteSubscriptionsOf(clientId: string): Promise<void> {
    return this.#write("DELETE FROM subscriptions WHERE client_id = ?", clientId);
  }

  insertOutgoing(id: number, clientId: string, packet: StoredPacket): Promise<void> {
    return this.#write(
      "INSERT INTO outgoing (id, client_id, packet, payload) VALUES (?, ?, ?, ?)",
      id,
      clientId,
      ...encode(packet),
    );
  }

  updateOutgoing(id: number, packet: StoredPacket): Promise<void> {
    return this.#write(
      "UPDATE outgoing SET packet = ?, payload = ? WHERE id = ?",
      ...encode(packet),
      id,
    );
  }

  deleteOutgoing(id: number): Promise<void> {
    return this.#write("DELETE FROM outgoing WHERE id = ?", id);
  }

  putIncoming(clientId: string, messageId: number, packet: StoredPacket): Promise<void> {
    return this.#write(
      "INSERT INTO incoming (client_id, message_id, packet, payload) VALUES (?, ?, ?, ?) ON CONFLICT (client_id, message_id) DO UPDATE SET packet = excluded.packet, payload = excluded.payload",
      clientId,
      messageId,
      ...encode(packet),
    );
  }

  deleteIncoming(clientId: string, messageId: number): Promise<void> {
    return this.#write(
      "DELETE FROM incoming WHERE client_id = ? AND message_id = ?",
      clientId,
      messageId,
    );
  }

  deleteIncomingOf(clientId: string): Promise<void> {
    return this.#write("DELETE FROM incoming WHERE client_id = ?", clientId);
  }

  putWill(clientId: string, packet: StoredPacket): Promise<void> {
    return this.#write(
      "INSERT INTO wills (client_id, packet, payload) VALUES (?, ?, ?) ON CONFLICT (client_id) DO UPDATE SET packet = excluded.packet, payload = excluded.payload",
      clientId,
      ...encode(packet),
    );
  }

  deleteWill(clientId: string): Promise<void> {
    return this.#write("DELETE FROM wills WHERE client_id = ?", clientId);
  }

  /** Commits what is queued, then closes the file. */
  close(): void {
    this.#commit();
    this.#db.close();
  }

  /** Queues one statement; resolves once the transaction that runs it has committed. */
  #write(sql: string, ...values: unknown[]): Promise<void> {
    let statement = this.#statements.get(sql);
    if (!statement) {
      statement = this.#db.prepare(sql);
      this.#statements.set(sql, statement);
    }
    const prepared = statement;
    this.#queued.push(() => prepared.run(...values));
    if (!this.#batch) {
      let resolve = () => {};
      let reject: (error: unknown) => void = () => {};
      const done = new Promise<void>((ok, fail) => {
        resolve = ok;
        reject = fail;
      });
      // Whoever waits on the batch hears of a failure; nobody waiting is no unhandled rejection.
      done.catch(() => {});
      this.#batch = { done, resolve, reject };
      setImmediate(() => this.#commit());
    }
    return this.#batch.done;
  }

  #commit(): void {
    const batch = this.#batch;
    const queued = this.#queued;
    this.#batch = undefined;
    this.#queued = [];
    if (!batch) return;
    try {
      this.#db.transaction(() => {
        for (const run of queued) run();
      })();
    } catch (error) {
      batch.reject(error);
      return;
    }
    batch.resolve();
  }
}

/** Applies the numbered migrations not applied yet; refuses a file from a newer broker. */
function migrate(db: Database.Database): void {
  const files = readdirSync(MIGRATIONS_DIR)
    .filter((f) => /^\d{3}-[\w-]+\.sql$/.test(f))
    .sort();
  const current = db.pragma("user_version", { simple: true }) as number;
  if (current > files.length)
    throw new Error(
      `the broker's session store is at schema version ${current}, newer than this broker knows (${files.length})`,
    );
  files.forEach((name, index) => {
    const version = index + 1;
    if (Number(name.slice(0, 3)) !== version)
      throw new Error(`migration ${name} is out of sequence`);
    if (version <= current) return;
    db.transaction(() => {
      db.exec(readFileSync(join(MIGRATIONS_DIR, name), "utf8"));
      db.pragma(`user_version = ${version}`);
    })();
  });
}
