import { PassThrough } from "node:stream";
import { generate } from "mqtt-packet";
import { describe, expect, test } from "vitest";
import { guardPacketSize, PacketScanner, type PacketViolation } from "./packet-size-guard.ts";

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

describe("PacketScanner", () => {
  test("passes packets up to the limit, in any chunking", () => {
    const stream = Buffer.concat([
      publish(Buffer.alloc(10)),
      publish(Buffer.alloc(200)),
      generate({ cmd: "pingreq" }),
    ]);
    for (const step of [1, 2, 3, 7, 64, stream.length]) {
      const scanner = new PacketScanner(stream.length);
      for (let i = 0; i < stream.length; i += step) {
        expect(scanner.feed(stream.subarray(i, i + step))).toBeUndefined();
      }
    }
  });

  test("refuses a packet larger than the limit from its header alone", () => {
    const big = publish(Buffer.alloc(70_000));
    const scanner = new PacketScanner(64 * 1024);
    expect(scanner.feed(big.subarray(0, 4))).toEqual({ kind: "too_large", size: big.length });
  });

  test("refuses a header announcing 256 MB", () => {
    // 0x30 PUBLISH, remaining length 268,435,455 (the largest MQTT allows): ff ff ff 7f
    const scanner = new PacketScanner(64 * 1024);
    expect(scanner.feed(Buffer.from([0x30, 0xff, 0xff, 0xff, 0x7f]))).toEqual({
      kind: "too_large",
      size: 268_435_460,
    });
  });

  test("refuses a remaining length longer than four bytes", () => {
    const scanner = new PacketScanner(64 * 1024);
    expect(scanner.feed(Buffer.from([0x30, 0x80, 0x80, 0x80, 0x80, 0x01]))?.kind).toBe("malformed");
  });

  test("finds a too-large packet after valid ones in the same chunk", () => {
    const scanner = new PacketScanner(1000);
    const chunk = Buffer.concat([
      publish(Buffer.alloc(100)),
      publish(Buffer.alloc(2000)).subarray(0, 5),
    ]);
    expect(scanner.feed(chunk)?.kind).toBe("too_large");
  });
});

test("guardPacketSize destroys the stream before the reader sees the chunk", () => {
  const stream = new PassThrough();
  const violations: PacketViolation[] = [];
  guardPacketSize(stream, 1024, (v) => violations.push(v));
  stream.write(publish(Buffer.alloc(10)));
  expect(stream.read()).not.toBeNull();
  stream.write(Buffer.from([0x30, 0xff, 0xff, 0xff, 0x7f]));
  expect(stream.read()).toBeNull();
  expect(stream.destroyed).toBe(true);
  expect(violations).toEqual([{ kind: "too_large", size: 268_435_460 }]);
});
