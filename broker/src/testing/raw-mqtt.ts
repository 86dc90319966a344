import { connect, type Socket } from "node:net";
import type { Duplex } from "node:stream";
import v8 from "node:v8";
import vm from "node:vm";
import { type Packet, parser as parser_ } from "mqtt-packet";
import { createWebSocketStream, WebSocket } from "ws";
import { WAIT_MS } from "./fixtures.ts";

/**
 * Raw MQTT for tests that must send what no client library would: a seeded random source, MQTT
 * 3.1.1 framing by hand, and a socket driver that writes chunks and reports how the broker
 * ended the connection.
 */

/** The remaining-length varint of MQTT 3.1.1 §2.2.3 (1-4 bytes, 7 bits each, low first). */
export function remainingLength(length: number): Buffer {
  const out: number[] = [];
  let n = length;
  do {
    let byte = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) byte |= 0x80;
    out.push(byte);
  } while (n > 0);
  return Buffer.from(out);
}

/** A packet: the type-and-flags byte, the remaining length, the body. */
export function frame(typeAndFlags: number, body: Uint8Array): Buffer {
  return Buffer.concat([Buffer.from([typeAndFlags]), remainingLength(body.length), body]);
}

/** A UTF-8 string field as MQTT 3.1.1 §1.5.3 frames it: a 16-bit length, then the bytes. */
export function mqttString(value: string | Uint8Array): Buffer {
  const bytes = typeof value === "string" ? Buffer.from(value, "utf8") : Buffer.from(value);
  const length = Buffer.alloc(2);
  length.writeUInt16BE(bytes.length & 0xffff);
  return Buffer.concat([length, bytes]);
}

export function uint16(value: number): Buffer {
  const out = Buffer.alloc(2);
  out.writeUInt16BE(value & 0xffff);
  return out;
}

export interface RawConnect {
  clientId: string | Uint8Array;
  username?: string | Uint8Array | undefined;
  password?: string | Uint8Array | undefined;
  will?: { topic: string | Uint8Array; payload: Uint8Array; qos: number; retain: boolean };
  keepalive: number;
  clean?: boolean;
  protocolName?: string;
  level?: number;
  /** Bits OR-ed into the connect flags: 0x01 is reserved (MQTT-3.1.2-3). */
  extraFlags?: number;
}

/** A CONNECT (MQTT 3.1.1 §3.1) built field by field, so any field may be wrong. */
export function rawConnect(c: RawConnect): Buffer {
  let flags = c.extraFlags ?? 0;
  if (c.clean ?? true) flags |= 0x02;
  const payload = [mqttString(c.clientId)];
  if (c.will) {
    flags |= 0x04 | ((c.will.qos & 3) << 3) | (c.will.retain ? 0x20 : 0);
    payload.push(mqttString(c.will.topic), mqttString(c.will.payload));
  }
  if (c.username !== undefined) {
    flags |= 0x80;
    payload.push(mqttString(c.username));
  }
  if (c.password !== undefined) {
    flags |= 0x40;
    payload.push(mqttString(c.password));
  }
  const header = Buffer.concat([
    mqttString(c.protocolName ?? "MQTT"),
    Buffer.from([c.level ?? 4, flags & 0xff]),
    uint16(c.keepalive),
  ]);
  return frame(0x10, Buffer.concat([header, ...payload]));
}

/** A PUBLISH with the topic given as raw bytes, so that it may be invalid UTF-8. */
export function rawPublish({
  topic,
  payload,
  qos = 0,
  messageId = 1,
  flags = 0,
}: {
  topic: string | Uint8Array;
  payload: Uint8Array;
  qos?: number;
  messageId?: number;
  /** Extra fixed-header bits (DUP 0x08, RETAIN 0x01). */
  flags?: number;
}): Buffer {
  const id = qos > 0 ? uint16(messageId) : Buffer.alloc(0);
  return frame(0x30 | ((qos & 3) << 1) | flags, Buffer.concat([mqttString(topic), id, payload]));
}

/** A SUBSCRIBE (fixed flags 0b0010, MQTT-3.8.1-1) of raw filters at QoS `qos`. */
export function rawSubscribe(filters: (string | Uint8Array)[], messageId = 1, qos = 0): Buffer {
  const body = Buffer.concat([
    uint16(messageId),
    ...filters.flatMap((f) => [mqttString(f), Buffer.from([qos])]),
  ]);
  return frame(0x82, body);
}

/** An UNSUBSCRIBE (fixed flags 0b0010, MQTT-3.10.1-1); no filter at all is a protocol violation. */
export function rawUnsubscribe(filters: (string | Uint8Array)[], messageId = 1): Buffer {
  return frame(0xa2, Buffer.concat([uint16(messageId), ...filters.map((f) => mqttString(f))]));
}

const ACK_TYPES = { puback: 0x40, pubrec: 0x50, pubrel: 0x62, pubcomp: 0x70 } as const;

/** A PUBACK, PUBREC, PUBREL or PUBCOMP for `messageId` (MQTT 3.1.1 §3.4-3.7). */
export function rawAck(kind: keyof typeof ACK_TYPES, messageId: number): Buffer {
  return frame(ACK_TYPES[kind], uint16(messageId));
}

export type Ending = "destroy" | "end" | "abandon";

/** Opens a socket to the broker, or fails after `timeoutMs`. */
export function openSocket(
  port: number,
  timeoutMs = WAIT_MS,
  localAddress?: string,
): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({
      port,
      host: "127.0.0.1",
      noDelay: true,
      ...(localAddress ? { localAddress } : {}),
    });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error("connect to the broker timed out"));
    }, timeoutMs);
    socket.once("connect", () => {
      clearTimeout(timer);
      socket.off("error", reject);
      // Resets and broken pipes are what a fuzzer provokes; they are not failures.
      socket.on("error", () => {});
      resolve(socket);
    });
    socket.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/**
 * Writes `chunks` with the given pauses between them, then ends the connection as told:
 * `destroy` and `end` hang up at once (abruptly or politely); `abandon` goes silent and waits for
 * the broker to hang up, which its CONNECT and keepalive timeouts must do within `abandonMs`.
 */
export async function playRaw(
  port: number,
  chunks: readonly Uint8Array[],
  { pausesMs, ending, abandonMs }: { pausesMs: number[]; ending: Ending; abandonMs: number },
): Promise<void> {
  const socket = await openSocket(port);
  // Whatever the broker answers is read and dropped, so that it never waits on us to read.
  socket.resume();
  const closed = new Promise<void>((resolve) => socket.once("close", () => resolve()));
  for (const [i, chunk] of chunks.entries()) {
    if (socket.destroyed) break;
    socket.write(chunk);
    const pause = pausesMs[i] ?? 0;
    if (pause > 0) await sleep(pause);
  }
  if (ending === "abandon") {
    if (!(await within(closed, abandonMs))) {
      socket.destroy();
      await closed;
      throw new Error(`the broker kept a silent connection open for ${abandonMs} ms`);
    }
    return;
  }
  if (ending === "end") socket.end();
  else socket.destroy();
  // A polite end waits for the broker's FIN; a reset socket closes at once.
  await within(closed, 2000);
  socket.destroy();
  await closed;
}

/**
 * {@link playRaw} over MQTT-over-WebSocket: each chunk is one binary frame (a text frame now and
 * then, which MQTT over WebSocket does not allow), and the endings are a TCP reset, a close
 * handshake, or silence.
 */
export async function playWebSocket(
  url: string,
  chunks: readonly Uint8Array[],
  {
    pausesMs,
    ending,
    abandonMs,
    textFrames = [],
  }: { pausesMs: number[]; ending: Ending; abandonMs: number; textFrames?: number[] },
): Promise<void> {
  const ws = new WebSocket(url, "mqtt");
  ws.on("error", () => {});
  const closed = new Promise<void>((resolve) => ws.once("close", () => resolve()));
  const opened = new Promise<boolean>((resolve) => {
    ws.once("open", () => resolve(true));
    ws.once("close", () => resolve(false));
  });
  if (
    !(await within(
      opened.then(() => {}),
      WAIT_MS,
    )) ||
    !(await opened)
  ) {
    ws.terminate();
    throw new Error("the broker did not take a WebSocket connection");
  }
  for (const [i, chunk] of chunks.entries()) {
    if (ws.readyState !== WebSocket.OPEN) break;
    ws.send(chunk, { binary: !textFrames.includes(i) });
    const pause = pausesMs[i] ?? 0;
    if (pause > 0) await sleep(pause);
  }
  if (ending === "abandon") {
    if (!(await within(closed, abandonMs))) {
      ws.terminate();
      await closed;
      throw new Error(`the broker kept a silent WebSocket open for ${abandonMs} ms`);
    }
    return;
  }
  if (ending === "end") ws.close();
  else ws.terminate();
  if (!(await within(closed, 2000))) ws.terminate();
  await closed;
}

/**
 * Whether `promise` settles within `ms`. The timer is cleared either way: a pending timer would
 * keep this connection's socket reachable, which the memory check would count as a leak.
 */
function within(promise: Promise<void>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  return Promise.race([promise.then(() => true), timeout]).finally(() => clearTimeout(timer));
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}

/**
 * A full garbage collection, so that retained memory can be measured rather than guessed.
 * `--expose-gc` can be switched on at run time; a fresh context then has `gc`. Returns undefined
 * where that does not work, and the caller must use a looser bound.
 */
export function forcedGc(): (() => void) | undefined {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  try {
    v8.setFlagsFromString("--expose-gc");
    const gc: unknown = vm.runInNewContext("gc");
    return typeof gc === "function" ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
}

/** A packet the broker sent, as mqtt-packet parses it. */
export type ReceivedPacket = Packet;

/**
 * One raw connection that also reads: what the broker sends is parsed (mqtt-packet, MQTT 3.1.1)
 * and kept in order, so that a test can wait for a CONNACK, a PUBLISH of some QoS, or the close,
 * and answer by hand (or not at all).
 */
export class RawClient {
  readonly received: ReceivedPacket[] = [];
  readonly closed: Promise<void>;
  #stream: Duplex;
  #isClosed = false;
  #taken = 0;
  #wake: (() => void) | undefined;

  /** `stream` carries the bytes; `onClose` registers for the end of the connection under it. */
  private constructor(stream: Duplex, onClose: (closed: () => void) => void) {
    this.#stream = stream;
    const parser = parser_({ protocolVersion: 4 });
    parser.on("packet", (packet) => {
      this.received.push(packet);
      this.#wake?.();
    });
    // What the broker sends is what is under test; a parse error is a packet it should not send.
    parser.on("error", (error) => {
      this.received.push({ cmd: "error", message: error.message } as unknown as Packet);
      this.#wake?.();
    });
    stream.on("data", (chunk: Buffer) => parser.parse(chunk));
    stream.on("error", () => {});
    this.closed = new Promise((resolve) =>
      onClose(() => {
        this.#isClosed = true;
        this.#wake?.();
        resolve();
      }),
    );
  }

  /** Over TCP to `port`, from `localAddress` if given (any of 127.0.0.0/8 is this machine). */
  static async tcp(port: number, localAddress?: string): Promise<RawClient> {
    const socket = await openSocket(port, WAIT_MS, localAddress);
    return new RawClient(socket, (closed) => socket.once("close", closed));
  }

  /** Over MQTT-over-WebSocket to `url`, one binary frame per write. */
  static async ws(url: string): Promise<RawClient> {
    const ws = new WebSocket(url, "mqtt");
    ws.on("error", () => {});
    await new Promise<void>((resolve, reject) => {
      ws.once("open", () => resolve());
      ws.once("close", () => reject(new Error("the broker did not take a WebSocket connection")));
    });
    // The stream of a WebSocket closes only once both of its sides end: the socket's close is
    // what says the broker hung up.
    const stream = createWebSocketStream(ws);
    stream.on("close", () => ws.terminate());
    return new RawClient(stream, (closed) => ws.once("close", closed));
  }

  get isClosed(): boolean {
    return this.#isClosed;
  }

  send(...packets: Uint8Array[]): void {
    for (const packet of packets) if (!this.#stream.destroyed) this.#stream.write(packet);
  }

  /**
   * The next packet not taken yet that `matches` (by default: any); resolves undefined if the
   * connection closes first, and fails after `timeoutMs`.
   */
  async next(
    matches: (packet: ReceivedPacket) => boolean = () => true,
    timeoutMs = WAIT_MS,
  ): Promise<ReceivedPacket | undefined> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      for (let i = this.#taken; i < this.received.length; i++) {
        const packet = this.received[i] as ReceivedPacket;
        if (matches(packet)) {
          this.#taken = i + 1;
          return packet;
        }
      }
      if (this.#isClosed) return undefined;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error("timed out waiting for a packet from the broker");
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.#wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.#wake = undefined;
    }
  }

  /** The next packet of kind `cmd`. */
  nextOf<C extends ReceivedPacket["cmd"]>(
    cmd: C,
    timeoutMs?: number,
  ): Promise<Extract<ReceivedPacket, { cmd: C }> | undefined> {
    return this.next((p) => p.cmd === cmd, timeoutMs) as Promise<
      Extract<ReceivedPacket, { cmd: C }> | undefined
    >;
  }

  /** Resolves true once the broker has closed the connection, false after `timeoutMs`. */
  closedWithin(timeoutMs = WAIT_MS): Promise<boolean> {
    return within(this.closed, timeoutMs);
  }

  destroy(): Promise<void> {
    this.#stream.destroy();
    return this.closed;
  }
}
