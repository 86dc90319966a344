import { connect, type Socket } from "node:net";
import { FrameReader, type PacketSink } from "./frame-reader.ts";
import { healthTopic } from "./health-payload.ts";
import type { LoadDevice, PayloadBuilder } from "./load-options.ts";
import type { PacedSender } from "./pacer.ts";
import { connectFrame, DISCONNECT_FRAME, PINGREQ_FRAME, PublishEncoder } from "./publish-frames.ts";
import type { RunState } from "./run-state.ts";

/** A device keepalive of 60 s; a PINGREQ goes out after half of it without a write (§3.1.2.10). */
const KEEPALIVE_SECONDS = 60;
const PING_AFTER_MS = (KEEPALIVE_SECONDS * 1000) / 2;
/** After DISCONNECT, time the broker gets to close its side before the socket is destroyed. */
const CLOSE_GRACE_MS = 2000;
const MAX_MESSAGE_ID = 65_535;

enum Phase {
  Idle,
  Connecting,
  Ready,
  /** We asked for the end (refusal, DISCONNECT, abandon): the close that follows is expected. */
  Closing,
  Closed,
}

export interface DeviceConnectionOptions {
  device: LoadDevice;
  state: RunState;
  qos: 0 | 1;
  window: number;
  messages: number;
  payload: PayloadBuilder;
}

/**
 * One device's MQTT connection: CONNECT, then a window of QoS 1 publishes refilled as PUBACKs
 * come back (or QoS 0 batches paced by the socket's backpressure), then DISCONNECT.
 */
export class DeviceConnection implements PacketSink, PacedSender {
  readonly device: LoadDevice;
  readonly #state: RunState;
  readonly #qos: 0 | 1;
  readonly #window: number;
  readonly #payload: PayloadBuilder;
  readonly #encoder: PublishEncoder;
  readonly #reader = new FrameReader();
  #socket: Socket | undefined;
  #phase = Phase.Idle;
  #onConnack: ((accepted: boolean) => void) | undefined;
  readonly #closed: Promise<void>;
  #markClosed: () => void = () => {};
  #graceTimer: NodeJS.Timeout | undefined;

  // The QoS 1 window: the message id in flight in each slot (0 = free) and when it was written.
  // Ids advance 1..65535 and wrap, skipping an id whose slot is still taken, so an id is never
  // reused while in flight even if PUBACKs come back out of order.
  readonly #slotIds: Uint16Array;
  readonly #sentAt: Float64Array;
  readonly #slotMask: number;
  #lastId = 0;
  #inflight = 0;
  #seq = 0;
  #remaining: number;
  /** Counted among the run's active connections since `start()`. */
  #publishing = false;
  #done = false;
  /** QoS 0: a send is scheduled or the socket asked us to wait for 'drain'. */
  #qos0Waiting = false;
  /** QoS 0: batches handed to the socket and not yet flushed to the kernel. */
  #unflushed = 0;
  #readAt = 0;
  #lastWriteAt = 0;
  readonly #batch: Buffer[] = [];

  constructor({ device, state, qos, window, messages, payload }: DeviceConnectionOptions) {
    this.device = device;
    this.#state = state;
    this.#qos = qos;
    this.#window = window;
    this.#remaining = messages;
    this.#payload = payload;
    this.#encoder = new PublishEncoder(healthTopic(device), qos);
    const slots = Math.min(2 ** Math.ceil(Math.log2(window * 2)), MAX_MESSAGE_ID + 1);
    this.#slotIds = new Uint16Array(slots);
    this.#sentAt = new Float64Array(slots);
    this.#slotMask = slots - 1;
    this.#closed = new Promise((resolve) => {
      this.#markClosed = resolve;
    });
  }

  get connecting(): boolean {
    return this.#phase === Phase.Connecting;
  }

  /** Opens the connection; resolves true on CONNACK 0, false otherwise (the cause is counted). */
  connect(host: string, port: number, timeoutMs: number): Promise<boolean> {
    return new Promise((resolve) => {
      this.#phase = Phase.Connecting;
      const socket = connect({ host, port, noDelay: true });
      this.#socket = socket;
      const timer = setTimeout(() => {
        this.#state.error("connect_timeout");
        this.#end(true);
      }, timeoutMs);
      this.#onConnack = (accepted) => {
        clearTimeout(timer);
        this.#onConnack = undefined;
        resolve(accepted);
      };
      const { id, secret } = this.device;
      socket.on("connect", () => {
        socket.write(
          connectFrame({
            clientId: id,
            username: id,
            password: secret,
            keepaliveSeconds: KEEPALIVE_SECONDS,
          }),
        );
      });
      socket.on("data", (chunk: Buffer) => this.#read(chunk));
      socket.on("error", (error) => this.#state.error("socket_error", 1, error.message));
      socket.on("close", (hadError) => this.#onClose(hadError));
    });
  }

  /** Starts publishing; called once every connection of the run is up. */
  start(): void {
    this.#publishing = true;
    this.resume();
  }

  /** Sends as much as the window, the quotas and the pacer allow; the pacer calls it too. */
  resume(): void {
    if (this.#phase !== Phase.Ready || !this.#publishing || this.#done) return;
    const room =
      this.#qos === 1 ? this.#window - this.#inflight : this.#qos0Waiting ? 0 : this.#window;
    const wanted = Math.min(room, this.#remaining);
    if (wanted > 0) {
      const granted = this.#state.take(wanted, this);
      if (granted > 0) this.#send(granted);
    }
    this.#checkDone();
  }

  /** Sends a PINGREQ when nothing was written for half the keepalive, so the broker keeps us. */
  keepAlive(now: number): void {
    if (this.#phase === Phase.Ready && now - this.#lastWriteAt > PING_AFTER_MS) {
      this.#socket?.write(PINGREQ_FRAME);
      this.#lastWriteAt = now;
    }
  }

  /** Gives up on the messages in flight (the broker stopped acknowledging): counts them lost. */
  abandon(reason: string): void {
    if (this.#inflight > 0) {
      this.#state.error(reason);
      this.#loseInflight();
    }
    this.#checkDone();
  }

  /** DISCONNECT (or destroy, if not connected yet) and wait for the socket to close. */
  finish(): Promise<void> {
    if (this.#phase === Phase.Idle) {
      this.#phase = Phase.Closed;
      this.#markClosed();
    } else if (this.#phase === Phase.Ready) {
      this.#socket?.write(DISCONNECT_FRAME);
      this.#end(false);
    } else if (this.#phase === Phase.Connecting) {
      this.#end(true);
    }
    return this.#closed;
  }

  connack(returnCode: number): void {
    if (this.#phase !== Phase.Connecting) {
      this.unexpected("CONNACK after connecting");
      return;
    }
    if (returnCode === 0) {
      this.#phase = Phase.Ready;
      this.#onConnack?.(true);
      return;
    }
    // §3.2.2.3: the server closes the connection after a refusing CONNACK.
    this.#state.error(`connect_refused:${returnCode}`);
    this.#end(false);
  }

  puback(messageId: number): void {
    const slot = messageId & this.#slotMask;
    if (this.#slotIds[slot] !== messageId) {
      this.unexpected(`PUBACK for unknown id ${messageId}`);
      return;
    }
    this.#slotIds[slot] = 0;
    this.#inflight--;
    const state = this.#state;
    state.inflight--;
    state.acked++;
    state.latency.recordMs(this.#readAt - (this.#sentAt[slot] as number));
  }

  unexpected(detail: string): void {
    this.#state.error("protocol_error", 1, `${this.device.id}: ${detail}`);
    this.#end(true);
  }

  #read(chunk: Buffer): void {
    // One clock read per chunk: every PUBACK in it arrived at the same time.
    const acked = this.#state.acked;
    this.#readAt = performance.now();
    this.#reader.feed(chunk, this);
    if (this.#state.acked !== acked) this.#state.lastAckAt = this.#readAt;
    this.resume();
  }

  #send(count: number): void {
    const encoder = this.#encoder;
    const batch = this.#batch;
    let size = 0;
    for (let k = 0; k < count; k++) {
      const payload = this.#payload(this.device, ++this.#seq);
      batch[k] = payload;
      size += encoder.frameLength(payload.length);
    }
    // One buffer and one write per batch: a syscall per message would cost more than the MQTT work.
    const out = Buffer.allocUnsafe(size);
    const now = performance.now();
    let offset = 0;
    for (let k = 0; k < count; k++) {
      const payload = batch[k] as Buffer;
      if (this.#qos === 1) {
        const id = this.#nextId();
        const slot = id & this.#slotMask;
        this.#slotIds[slot] = id;
        this.#sentAt[slot] = now;
        offset = encoder.write(out, offset, id, payload);
      } else {
        offset = encoder.write(out, offset, 0, payload);
      }
    }
    batch.length = 0;
    this.#remaining -= count;
    this.#lastWriteAt = now;
    const state = this.#state;
    state.sent += count;
    const socket = this.#socket as Socket;
    if (this.#qos === 1) {
      this.#inflight += count;
      state.inflight += count;
      socket.write(out);
      return;
    }
    state.acked += count;
    this.#unflushed++;
    this.#qos0Waiting = true;
    const flowing = socket.write(out, () => {
      this.#unflushed--;
      this.#checkDone();
    });
    // QoS 0 has no window, so the socket's backpressure paces it instead.
    if (flowing) setImmediate(() => this.#continueQos0());
    else socket.once("drain", () => this.#continueQos0());
  }

  #continueQos0(): void {
    this.#qos0Waiting = false;
    this.resume();
  }

  #nextId(): number {
    let id = this.#lastId;
    do id = id === MAX_MESSAGE_ID ? 1 : id + 1;
    while (this.#slotIds[id & this.#slotMask] !== 0);
    this.#lastId = id;
    return id;
  }

  #checkDone(): void {
    if (!this.#publishing || this.#done || this.#inflight > 0 || this.#unflushed > 0) return;
    if (this.#phase === Phase.Ready && this.#remaining > 0 && !this.#state.exhausted) return;
    this.#done = true;
    this.#state.connectionDone();
  }

  #loseInflight(): void {
    this.#state.error("unacked", this.#inflight);
    this.#state.inflight -= this.#inflight;
    this.#inflight = 0;
    this.#slotIds.fill(0);
  }

  /** Ends our side; `destroy` skips the orderly FIN when there is nothing left to say. */
  #end(destroy: boolean): void {
    const socket = this.#socket;
    const wasConnecting = this.#phase === Phase.Connecting;
    this.#phase = Phase.Closing;
    if (wasConnecting) this.#onConnack?.(false);
    if (!socket) return;
    if (destroy) {
      socket.destroy();
      return;
    }
    socket.end();
    this.#graceTimer = setTimeout(() => socket.destroy(), CLOSE_GRACE_MS);
  }

  #onClose(hadError: boolean): void {
    const unexpected = this.#phase === Phase.Connecting || this.#phase === Phase.Ready;
    if (unexpected && !hadError)
      this.#state.error("closed_early", 1, `${this.device.id}: closed by the broker`);
    this.#phase = Phase.Closed;
    clearTimeout(this.#graceTimer);
    this.#onConnack?.(false);
    if (this.#inflight > 0) this.#loseInflight();
    this.#unflushed = 0;
    this.#checkDone();
    this.#markClosed();
  }
}
