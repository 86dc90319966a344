import type { Readable } from "node:stream";
import {
  checkConnect,
  checkPublish,
  checkSubscribe,
  checkUnsubscribe,
  publishTopicBytes,
  type StringViolation,
} from "./wire-strings.ts";

/**
 * Checks MQTT packets on the bytes, before anybody buffers or decodes them.
 *
 * Size: aedes hands every byte to mqtt-packet's parser, which keeps appending to a buffer list
 * until the whole packet announced in the fixed header has arrived, so a client announcing a
 * 256 MB packet makes the broker hold 256 MB (aedes issue 831). The scanner reads the fixed
 * headers (MQTT 3.1.1 §2.2: one type byte, then a 1-4 byte remaining-length varint) and refuses an
 * oversize packet from its header.
 *
 * Strings: mqtt-packet decodes strings without checking them, so ill-formed UTF-8 and U+0000 in a
 * topic went through (MQTT-1.5.3-1 and -2 require closing the connection), and an UNSUBSCRIBE with
 * no filter was answered instead of refused (MQTT-3.10.3-2). The scanner keeps the few body bytes
 * that hold strings (a PUBLISH's topic; all of a CONNECT, SUBSCRIBE or UNSUBSCRIBE, which are
 * small and already bounded by the size limit), checks them (`wire-strings.ts`) and skips the
 * rest, payloads included. A body that arrives in one chunk is checked in place, without a copy.
 */
export type PacketViolation =
  | { kind: "too_large"; size: number }
  | { kind: "malformed"; detail: string }
  | StringViolation;

enum State {
  Type,
  Length,
  Body,
}

const CONNECT = 1;
const PUBLISH = 3;
const SUBSCRIBE = 8;
const UNSUBSCRIBE = 10;

export class WireScanner {
  readonly #maxPacketSize: number;
  #state = State.Type;
  #type = 0;
  #length = 0;
  #multiplier = 1;
  #lengthBytes = 0;
  #remaining = 0;
  /** Body bytes to keep and check before skipping the rest; 0 when nothing is to be checked. */
  #need = 0;
  #kept: Buffer | undefined;
  #keptBytes = 0;
  /** What the last check of kept bytes found. */
  #found: PacketViolation | undefined;

  constructor(maxPacketSize: number) {
    this.#maxPacketSize = maxPacketSize;
  }

  /** Scans the next chunk of the stream; returns the first violation, if any. */
  feed(chunk: Uint8Array): PacketViolation | undefined {
    let i = 0;
    const n = chunk.length;
    while (i < n) {
      if (this.#state === State.Body) {
        if (this.#need > 0) {
          const from = i;
          i = this.#keep(chunk, i);
          this.#remaining -= i - from;
          const violation = this.#found;
          if (violation) return violation;
        }
        if (this.#need === 0) {
          const skip = Math.min(this.#remaining, n - i);
          i += skip;
          this.#remaining -= skip;
        }
        if (this.#remaining === 0) this.#state = State.Type;
        continue;
      }
      const byte = chunk[i++] as number;
      if (this.#state === State.Type) {
        this.#state = State.Length;
        this.#type = byte >> 4;
        this.#length = 0;
        this.#multiplier = 1;
        this.#lengthBytes = 0;
        continue;
      }
      this.#length += (byte & 0x7f) * this.#multiplier;
      this.#multiplier *= 128;
      this.#lengthBytes++;
      if (byte & 0x80) {
        if (this.#lengthBytes === 4)
          return { kind: "malformed", detail: "remaining length over 4 bytes" };
        continue;
      }
      const size = 1 + this.#lengthBytes + this.#length;
      if (size > this.#maxPacketSize) return { kind: "too_large", size };
      this.#remaining = this.#length;
      this.#startBody();
    }
    return undefined;
  }

  #startBody(): void {
    const type = this.#type;
    const checked =
      type === CONNECT || type === PUBLISH || type === SUBSCRIBE || type === UNSUBSCRIBE;
    // A PUBLISH's topic length is in its first two bytes; the others are kept whole.
    this.#need = !checked ? 0 : type === PUBLISH ? Math.min(2, this.#length) : this.#length;
    this.#kept = undefined;
    this.#keptBytes = 0;
    this.#state = this.#length === 0 ? State.Type : State.Body;
  }

  /**
   * Keeps body bytes from `chunk` at `at` until `#need` are there, then checks them into
   * `#found`; returns where in `chunk` it stopped. For a PUBLISH, the first two bytes say how many
   * more the topic takes.
   */
  #keep(chunk: Uint8Array, at: number): number {
    let i = at;
    for (;;) {
      const want = this.#need - this.#keptBytes;
      const available = Math.min(chunk.length - i, this.#remaining - (i - at));
      let body: Uint8Array;
      if (this.#keptBytes === 0 && available >= want) {
        // All of it is in this chunk: check it where it lies.
        body = chunk.subarray(i, i + want);
        i += want;
      } else {
        const grab = Math.min(want, available);
        this.#kept ??= Buffer.allocUnsafe(this.#need);
        this.#kept.set(chunk.subarray(i, i + grab), this.#keptBytes);
        this.#keptBytes += grab;
        i += grab;
        if (this.#keptBytes < this.#need) return i;
        body = this.#kept.subarray(0, this.#need);
      }
      if (this.#type === PUBLISH) {
        const topicBytes = Math.min(publishTopicBytes(body), this.#length);
        if (topicBytes > body.length) {
          // The topic's length is known now: keep on until all of the topic is there.
          const kept = Buffer.allocUnsafe(topicBytes);
          kept.set(body);
          this.#kept = kept;
          this.#keptBytes = body.length;
          this.#need = topicBytes;
          continue;
        }
      }
      this.#need = 0;
      this.#kept = undefined;
      this.#found = this.#check(body);
      return i;
    }
  }

  #check(body: Uint8Array): PacketViolation | undefined {
    switch (this.#type) {
      case PUBLISH:
        return checkPublish(body);
      case SUBSCRIBE:
        return checkSubscribe(body);
      case UNSUBSCRIBE:
        return checkUnsubscribe(body);
      default:
        return checkConnect(body);
    }
  }
}

/**
 * Puts a scanner in front of a connection's reads. aedes pulls bytes with `conn.read()` on
 * 'readable', so wrapping `read` on this one stream sees every chunk before the parser does,
 * without an extra stream hop on the hot path. On a violation the stream is destroyed and the
 * parser never sees the chunk.
 */
export function guardWire(
  stream: Readable,
  maxPacketSize: number,
  onViolation: (violation: PacketViolation) => void,
): void {
  const scanner = new WireScanner(maxPacketSize);
  const read = stream.read.bind(stream);
  stream.read = (size?: number) => {
    const chunk: unknown = read(size);
    if (chunk instanceof Uint8Array) {
      const violation = scanner.feed(chunk);
      if (violation) {
        onViolation(violation);
        stream.destroy();
        return null;
      }
    }
    return chunk;
  };
}
