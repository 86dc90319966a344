import type { Readable } from "node:stream";

/**
 * Refuses an MQTT packet by its announced size before anybody buffers it.
 *
 * aedes hands every byte to mqtt-packet's parser, which keeps appending to a buffer list until the
 * whole packet announced in the fixed header has arrived, so a client announcing a 256 MB packet
 * makes the broker hold 256 MB (aedes issue 831). This scanner reads only the fixed headers
 * (MQTT 3.1.1 §2.2: one type byte, then a 1-4 byte remaining-length varint) and skips bodies,
 * so it costs a few operations per packet and holds no data.
 */
export type PacketViolation =
  | { kind: "too_large"; size: number }
  | { kind: "malformed"; detail: string };

enum State {
  Type,
  Length,
  Body,
}

export class PacketScanner {
  readonly #maxPacketSize: number;
  #state = State.Type;
  #length = 0;
  #multiplier = 1;
  #lengthBytes = 0;
  #remaining = 0;

  constructor(maxPacketSize: number) {
    this.#maxPacketSize = maxPacketSize;
  }

  /** Scans the next chunk of the stream; returns the first violation, if any. */
  feed(chunk: Uint8Array): PacketViolation | undefined {
    let i = 0;
    const n = chunk.length;
    while (i < n) {
      if (this.#state === State.Body) {
        const take = Math.min(this.#remaining, n - i);
        i += take;
        this.#remaining -= take;
        if (this.#remaining === 0) this.#state = State.Type;
        continue;
      }
      const byte = chunk[i++] as number;
      if (this.#state === State.Type) {
        this.#state = State.Length;
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
      this.#state = this.#remaining === 0 ? State.Type : State.Body;
    }
    return undefined;
  }
}

/**
 * Puts a scanner in front of a connection's reads. aedes pulls bytes with `conn.read()` on
 * 'readable', so wrapping `read` on this one stream sees every chunk before the parser does,
 * without an extra stream hop on the hot path. On a violation the stream is destroyed and the
 * parser never sees the chunk.
 */
export function guardPacketSize(
  stream: Readable,
  maxPacketSize: number,
  onViolation: (violation: PacketViolation) => void,
): void {
  const scanner = new PacketScanner(maxPacketSize);
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
