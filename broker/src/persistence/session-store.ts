import { Readable } from "node:stream";
import { topicMatches } from "../auth/topic-filter.ts";
import { decode, Packet, SessionDb, type StoredPacket } from "./session-db.ts";
import { TopicTrie } from "./topic-trie.ts";

/**
 * The broker's persistence (aedes' persistence interface, as aedes-persistence's in-memory one
 * behaves): retained messages, the subscriptions of persistent sessions, their QoS 1 and 2
 * queues, inbound QoS 2 messages awaiting PUBREL, and wills. Everything is served from memory.
 *
 * With a file, every change is also written to SQLite, and the promise aedes waits on resolves
 * only once that write has committed: aedes acknowledges a QoS 1 publish after its queues are
 * written (patches/aedes), so a message the broker acknowledged survives its crash and restart.
 * At start the file is read back. Without a file (the embedded broker) nothing is written.
 *
 * Beyond aedes-persistence: inbound QoS 2 messages are bounded per session, not per connection,
 * so a persistent session cannot add a window's worth each time it reconnects.
 */

interface Client {
  id: string;
}

interface SubscriptionOptions {
  qos: number;
  rh?: number;
  rap?: boolean;
  nl?: boolean;
  subscriptionIdentifier?: number;
}

interface TrieEntry extends SubscriptionOptions {
  clientId: string;
  topic: string;
}

interface Queued {
  row: number;
  packet: StoredPacket;
}

export interface SessionStoreOptions {
  /** The SQLite file; none keeps everything in memory only. */
  file?: { path: string; synchronous: "normal" | "full" };
  /** Inbound QoS 2 messages one session may hold awaiting PUBREL; 0 for no bound. */
  maxInflightQos2?: number;
}

export class SessionStore {
  readonly #options: SessionStoreOptions;
  #db: SessionDb | undefined;
  #broker: { id: string } | undefined;
  readonly #retained = new Map<string, StoredPacket>();
  readonly #subscriptions = new Map<string, Map<string, SubscriptionOptions>>();
  readonly #trie = new TopicTrie<TrieEntry>();
  readonly #outgoing = new Map<string, Queued[]>();
  readonly #incoming = new Map<string, Map<number, StoredPacket>>();
  readonly #wills = new Map<string, StoredPacket>();
  #nextRow = 1;

  constructor(options: SessionStoreOptions = {}) {
    this.#options = options;
  }

  /** The broker `setup` was given (aedes-persistence's conformance suite reads it). */
  get broker(): { id: string } | undefined {
    return this.#broker;
  }

  /** Called by aedes' listen(): opens the file and reads back what it holds. */
  async setup(broker: { id: string }): Promise<void> {
    this.#broker = broker;
    const { file } = this.#options;
    if (!file) return;
    this.#db = SessionDb.open(file.path, file.synchronous);
    const rows = this.#db.load();
    for (const row of rows.retained) this.#retained.set(row.topic, decode(row, false));
    for (const row of rows.subscriptions) {
      const options = JSON.parse(row.options) as SubscriptionOptions;
      this.#subscriptionsOf(row.client_id).set(row.topic, options);
      if (options.qos > 0)
        this.#trie.set(row.topic, row.client_id, {
          clientId: row.client_id,
          topic: row.topic,
          ...options,
        });
    }
    for (const row of rows.outgoing) {
      this.#queueOf(row.client_id).push({ row: row.id, packet: decode(row, true) });
      this.#nextRow = Math.max(this.#nextRow, row.id + 1);
    }
    for (const row of rows.incoming)
      this.#incomingOf(row.client_id).set(row.message_id, decode(row, true));
    for (const row of rows.wills) this.#wills.set(row.client_id, decode(row, false));
  }

  // Retained messages

  async storeRetained(packet: StoredPacket): Promise<void> {
    const copy = { ...packet };
    const topic = copy.topic as string;
    if (!copy.payload || copy.payload.length === 0) {
      this.#retained.delete(topic);
      await this.#db?.deleteRetained(topic);
    } else {
      this.#retained.set(topic, copy);
      await this.#db?.putRetained(topic, copy);
    }
  }

  /** Drops the retained messages whose topic matches `pattern`, but for `keep`. */
  async dropRetained(pattern: string, keep: string): Promise<void> {
    const topics = [...this.#retained.keys()].filter((t) => t !== keep && topicMatches(pattern, t));
    await Promise.all(
      topics.map((topic) => this.storeRetained({ topic, payload: Buffer.alloc(0) })),
    );
  }

  createRetainedStreamCombi(patterns: string[]): Readable {
    const retained = this.#retained;
    return Readable.from(
      (function* () {
        for (const pattern of patterns)
          for (const [topic, packet] of retained) if (topicMatches(pattern, topic)) yield packet;
      })(),
    );
  }

  createRetainedStream(pattern: string): Readable {
    return this.createRetainedStreamCombi([pattern]);
  }

  // Subscriptions of persistent sessions

  async addSubscriptions(client: Client, subs: (SubscriptionOptions & { topic: string })[]) {
    const stored = this.#subscriptionsOf(client.id);
    const writes: Promise<void>[] = [];
    for (const { topic, ...sub } of subs) {
      const options: SubscriptionOptions = { qos: sub.qos, rh: sub.rh, rap: sub.rap, nl: sub.nl };
      if (sub.subscriptionIdentifier !== undefined)
        options.subscriptionIdentifier = sub.subscriptionIdentifier;
      if (sub.qos > 0) this.#trie.set(topic, client.id, { clientId: client.id, topic, ...options });
      else if ((stored.get(topic)?.qos ?? 0) > 0) this.#trie.delete(topic, client.id);
      stored.set(topic, options);
      if (this.#db) writes.push(this.#db.putSubscription(client.id, topic, options));
    }
    await Promise.all(writes);
  }

  async removeSubscriptions(client: Client, topics: string[]): Promise<void> {
    const stored = this.#subscriptions.get(client.id);
    if (!stored) return;
    const writes: Promise<void>[] = [];
    for (const topic of topics) {
      const sub = stored.get(topic);
      if (sub === undefined) continue;
      if (sub.qos > 0) this.#trie.delete(topic, client.id);
      stored.delete(topic);
      if (this.#db) writes.push(this.#db.deleteSubscription(client.id, topic));
    }
    if (stored.size === 0) this.#subscriptions.delete(client.id);
    await Promise.all(writes);
  }

  async subscriptionsByClient(client: Client) {
    const stored = this.#subscriptions.get(client.id);
    return stored ? [...stored].map(([topic, options]) => ({ topic, ...options })) : [];
  }

  async countOffline() {
    return { subsCount: this.#trie.size, clientsCount: this.#subscriptions.size };
  }

  async subscriptionsByTopic(topic: string): Promise<TrieEntry[]> {
    return this.#trie.match(topic);
  }

  async cleanSubscriptions(client: Client): Promise<void> {
    const stored = this.#subscriptions.get(client.id);
    if (!stored) return;
    for (const [topic, sub] of stored) if (sub.qos > 0) this.#trie.delete(topic, client.id);
    this.#subscriptions.delete(client.id);
    await this.#db?.deleteSubscriptionsOf(client.id);
  }

  getClientList(topic: string): Readable {
    const ids = [...this.#subscriptions].filter(([, subs]) => subs.has(topic)).map(([id]) => id);
    return Readable.from(ids);
  }

  // Queues of persistent sessions

  async outgoingEnqueue(sub: { clientId: string }, packet: StoredPacket): Promise<void> {
    await this.#enqueue(sub.clientId, packet);
  }

  async outgoingEnqueueCombi(subs: { clientId: string }[], packet: StoredPacket): Promise<void> {
    await Promise.all(subs.map((sub) => this.#enqueue(sub.clientId, packet)));
  }

  #enqueue(clientId: string, packet: StoredPacket): Promise<void> | undefined {
    const queued = { row: this.#nextRow++, packet: new Packet(packet) };
    this.#queueOf(clientId).push(queued);
    return this.#db?.insertOutgoing(queued.row, clientId, queued.packet);
  }

  /**
   * A sent message gets its packet id, and a PUBREL takes the place of the PUBLISH it answers;
   * found as aedes-persistence finds it (by broker and counter, else by packet id).
   */
  async outgoingUpdate(client: Client, packet: StoredPacket): Promise<void> {
    const queue = this.#queueOf(client.id);
    for (const queued of queue) {
      const stored = queued.packet;
      if (stored.brokerId === packet.brokerId) {
        if (stored.brokerCounter !== packet.brokerCounter) continue;
        stored.messageId = packet.messageId;
      } else if (stored.messageId === packet.messageId) {
        queued.packet = packet;
      } else continue;
      await this.#db?.updateOutgoing(queued.row, queued.packet);
      return;
    }
    throw new Error("no such packet");
  }

  async outgoingClearMessageId(
    client: Client,
    packet: StoredPacket,
  ): Promise<StoredPacket | undefined> {
    const queue = this.#queueOf(client.id);
    const index = queue.findIndex((queued) => queued.packet.messageId === packet.messageId);
    if (index === -1) return undefined;
    const [queued] = queue.splice(index, 1) as [Queued];
    await this.#db?.deleteOutgoing(queued.row);
    return queued.packet;
  }

  outgoingStream(client: Client): Readable {
    return Readable.from((this.#outgoing.get(client.id) ?? []).map((queued) => queued.packet));
  }

  // Inbound QoS 2

  async incomingStorePacket(client: Client, packet: StoredPacket): Promise<void> {
    const store = this.#incomingOf(client.id);
    const id = packet.messageId as number;
    const limit = this.#options.maxInflightQos2 ?? 0;
    // The message aedes' own (per connection) window check classifies (limits/close-reasons.ts).
    if (limit > 0 && !store.has(id) && store.size >= limit)
      throw new Error(
        `maxInflightInbound exceeded: ${limit} inbound QoS 2 messages of this session`,
      );
    const copy = new Packet(packet);
    copy.messageId = id;
    store.set(id, copy);
    await this.#db?.putIncoming(client.id, id, copy);
  }

  async incomingGetPacket(client: Client, packet: StoredPacket): Promise<StoredPacket> {
    const stored = this.#incoming.get(client.id)?.get(packet.messageId as number);
    if (!stored) throw new Error("no such packet");
    return stored;
  }

  async incomingDelPacket(client: Client, packet: StoredPacket): Promise<void> {
    const id = packet.messageId as number;
    if (!this.#incoming.get(client.id)?.delete(id)) throw new Error("no such packet");
    await this.#db?.deleteIncoming(client.id, id);
  }

  async cleanIncoming(client: Client): Promise<void> {
    if (!this.#incoming.delete(client.id)) return;
    await this.#db?.deleteIncomingOf(client.id);
  }

  // Wills

  async putWill(client: Client, packet: StoredPacket): Promise<void> {
    packet.brokerId = this.#broker?.id;
    packet.clientId = client.id;
    this.#wills.set(client.id, packet);
    await this.#db?.putWill(client.id, packet);
  }

  async getWill(client: Client): Promise<StoredPacket | undefined> {
    return this.#wills.get(client.id);
  }

  async delWill(client: Client): Promise<StoredPacket | undefined> {
    const will = this.#wills.get(client.id);
    if (!this.#wills.delete(client.id)) return undefined;
    await this.#db?.deleteWill(client.id);
    return will;
  }

  /** The wills of brokers not among `brokers` (gone, as this one before a restart). */
  streamWill(brokers: Record<string, unknown> = {}): Readable {
    const wills = [...this.#wills.values()].filter((will) => !brokers[will.brokerId as string]);
    return Readable.from(wills);
  }

  /** Commits what is pending and closes the file (aedes does not call it: the broker does). */
  async destroy(): Promise<void> {
    this.#db?.close();
    this.#db = undefined;
  }

  #subscriptionsOf(clientId: string): Map<string, SubscriptionOptions> {
    let subs = this.#subscriptions.get(clientId);
    if (!subs) {
      subs = new Map();
      this.#subscriptions.set(clientId, subs);
    }
    return subs;
  }

  #queueOf(clientId: string): Queued[] {
    let queue = this.#outgoing.get(clientId);
    if (!queue) {
      queue = [];
      this.#outgoing.set(clientId, queue);
    }
    return queue;
  }

  #incomingOf(clientId: string): Map<number, StoredPacket> {
    let store = this.#incoming.get(clientId);
    if (!store) {
      store = new Map();
      this.#incoming.set(clientId, store);
    }
    return store;
  }
}
