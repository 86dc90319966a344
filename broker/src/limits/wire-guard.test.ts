import { PassThrough } from "node:stream";
import { generate } from "mqtt-packet";
import { describe, expect, test } from "vitest";
import { guardWire, type PacketViolation, WireScanner } from "./wire-guard.ts";

const publish = (payload: Buffer) =>
  generate({
    cmd: "publish",
    topic: "bulbcheck/v1/s/d/health",
    payload,
    qos: 1,
    messageId: 7,
    retain: false,
    dup: false,
  });

describe("WireScanner", () => {
  test("passes packets up to the limit, in any chunking", () => {
    const stream = Buffer.concat([
      publish(Buffer.alloc(10)),
      publish(Buffer.alloc(200)),
      generate({ cmd: "pingreq" }),
    ]);
    for (const step of [1, 2, 3, 7, 64, stream.length]) {
      const scanner = new WireScanner(stream.length);
      for (let i = 0; i < stream.length; i += step) {
        expect(scanner.feed(stream.subarray(i, i + step))).toBeUndefined();
      }
    }
  });

  test("refuses a packet larger than the limit from its header alone", () => {
    const big = publish(Buffer.alloc(70_000));
    const scanner = new WireScanner(64 * 1024);
    expect(scanner.feed(big.subarray(0, 4))).toEqual({ kind: "too_large", size: big.length });
  });

  test("refuses a header announcing 256 MB", () => {
    // 0x30 PUBLISH, remaining length 268,435,455 (the largest MQTT allows): ff ff ff 7f
    const scanner = new WireScanner(64 * 1024);
    expect(scanner.feed(Buffer.from([0x30, 0xff, 0xff, 0xff, 0x7f]))).toEqual({
      kind: "too_large",
      size: 268_435_460,
    });
  });

  test("refuses a remaining length longer than four bytes", () => {
    const scanner = new WireScanner(64 * 1024);
    expect(scanner.feed(Buffer.from([0x30, 0x80, 0x80, 0x80, 0x80, 0x01]))?.kind).toBe("malformed");
  });

  test("finds a too-large packet after valid ones in the same chunk", () => {
    const scanner = new WireScanner(1000);
    const chunk = Buffer.concat([
      publish(Buffer.alloc(100)),
      publish(Buffer.alloc(2000)).subarray(0, 5),
    ]);
    expect(scanner.feed(chunk)?.kind).toBe("too_large");
  });
});

test("guardWire destroys the stream before the reader sees the chunk", () => {
  const stream = new PassThrough();
  const violations: PacketViolation[] = [];
  guardWire(stream, 1024, (v) => violations.push(v));
  stream.write(publish(Buffer.alloc(10)));
  expect(stream.read()).not.toBeNull();
  stream.write(Buffer.from([0x30, 0xff, 0xff, 0xff, 0x7f]));
  expect(stream.read()).toBeNull();
  expect(stream.destroyed).toBe(true);
  expect(violations).toEqual([{ kind: "too_large", size: 268_435_460 }]);
});

const frame = (type: number, body: Buffer) =>
  Buffer.concat([Buffer.from([type, body.length]), body]);
const str = (bytes: Buffer | string) => {
  const b = Buffer.from(bytes);
  return Buffer.concat([Buffer.from([b.length >> 8, b.length & 0xff]), b]);
};
const publishTopic = (topic: Buffer) => frame(0x30, Buffer.concat([str(topic), Buffer.from("x")]));

/** Feeds `stream` in chunks of `step` bytes; the first violation, if any. */
function scan(stream: Buffer, step: number): PacketViolation | undefined {
  const scanner = new WireScanner(64 * 1024);
  for (let i = 0; i < stream.length; i += step) {
    const violation = scanner.feed(stream.subarray(i, i + step));
    if (violation) return violation;
  }
  return undefined;
}

describe("WireScanner: strings", () => {
  const steps = [1, 2, 3, 5, 1000];

  test("passes valid topics and filters in any chunking, and checks every packet", () => {
    const stream = Buffer.concat([
      publishTopic(Buffer.from("bulbcheck/v1/s/d/health")),
      publishTopic(Buffer.from("caf\u00e9/\u{1f4a1}")),
      frame(0x82, Buffer.concat([Buffer.from([0, 1]), str("a/#"), Buffer.from([1])])),
      frame(0xa2, Buffer.concat([Buffer.from([0, 2]), str("a/#"), str("b")])),
    ]);
    for (const step of steps) expect(scan(stream, step), `step ${step}`).toBeUndefined();
    // The same stream followed by one bad topic: found, however it is cut.
    const bad = Buffer.concat([stream, publishTopic(Buffer.from([0x61, 0xff]))]);
    for (const step of steps) expect(scan(bad, step)?.kind, `step ${step}`).toBe("bad_utf8");
  });

  test("refuses ill-formed UTF-8 (MQTT-1.5.3-1) and U+0000 (MQTT-1.5.3-2) in a topic", () => {
    for (const bytes of [[0xff], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf0, 0x90, 0x80], [0x80]])
      expect(scan(publishTopic(Buffer.from([0x61, ...bytes])), 1)?.kind).toBe("bad_utf8");
    expect(scan(publishTopic(Buffer.from("a\u0000b")), 1)?.kind).toBe("null_character");
  });

  test("refuses a SUBSCRIBE or UNSUBSCRIBE with no filter, or a bad one", () => {
    expect(scan(frame(0x82, Buffer.from([0, 1])), 1)?.kind).toBe("empty_subscribe");
    expect(scan(frame(0xa2, Buffer.from([0, 1])), 1)?.kind).toBe("empty_unsubscribe");
    const bad = Buffer.concat([Buffer.from([0, 1]), str("ok"), str(Buffer.from([0xfe]))]);
    expect(scan(frame(0xa2, bad), 2)?.kind).toBe("bad_utf8");
  });

  test("leaves a payload alone: only the topic is read", () => {
    const body = Buffer.concat([str("t"), Buffer.from([0xff, 0x00, 0xfe])]);
    expect(scan(frame(0x30, body), 1)).toBeUndefined();
  });
});
