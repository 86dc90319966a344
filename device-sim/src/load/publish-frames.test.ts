import { type IPublishPacket, type Packet, parser } from "mqtt-packet";
import { describe, expect, it } from "vitest";
import { FrameReader, type PacketSink } from "./frame-reader.ts";
import { PublishEncoder } from "./publish-frames.ts";

function parseAll(bytes: Buffer): Packet[] {
  const packets: Packet[] = [];
  const p = parser({ protocolVersion: 4 });
  p.on("packet", (packet: Packet) => packets.push(packet));
  p.on("error", (error: Error) => {
    throw error;
  });
  p.parse(bytes);
  return packets;
}

describe("PublishEncoder", () => {
  it.each([0, 100, 200, 20_000])(
    "writes frames mqtt-packet parses (payload of %i bytes)",
    (size) => {
      const encoder = new PublishEncoder("bulbcheck/v1/site/dev/health", 1);
      const payload = Buffer.alloc(size, "x");
      const out = Buffer.alloc(encoder.frameLength(size) * 2);
      let offset = encoder.write(out, 0, 1, payload);
      offset = encoder.write(out, offset, 65_535, payload);
      expect(offset).toBe(out.length);
      const packets = parseAll(out) as IPublishPacket[];
      expect(packets.map((p) => [p.topic, p.qos, p.messageId, p.payload.length])).toEqual([
        ["bulbcheck/v1/site/dev/health", 1, 1, size],
        ["bulbcheck/v1/site/dev/health", 1, 65_535, size],
      ]);
    },
  );

  it("leaves the message id out at QoS 0", () => {
    const encoder = new PublishEncoder("t", 0);
    const out = Buffer.alloc(encoder.frameLength(2));
    encoder.write(out, 0, 7, Buffer.from("hi"));
    expect(parseAll(out)).toMatchObject([
      { cmd: "publish", qos: 0, topic: "t", payload: Buffer.from("hi") },
    ]);
  });
});

class Recorder implements PacketSink {
  readonly events: string[] = [];
  connack(code: number) {
    this.events.push(`connack ${code}`);
  }
  puback(id: number) {
    this.events.push(`puback ${id}`);
  }
  unexpected(detail: string) {
    this.events.push(`unexpected ${detail}`);
  }
}

describe("FrameReader", () => {
  const stream = Buffer.from([0x20, 2, 0, 0, 0x40, 2, 0, 1, 0xd0, 0, 0x40, 2, 0xff, 0xff]);

  it("reads CONNACK, PUBACK and PINGRESP", () => {
    const sink = new Recorder();
    new FrameReader().feed(stream, sink);
    expect(sink.events).toEqual(["connack 0", "puback 1", "puback 65535"]);
  });

  it("reads packets split at any byte", () => {
    for (let cut = 1; cut < stream.length; cut++) {
      const sink = new Recorder();
      const reader = new FrameReader();
      reader.feed(stream.subarray(0, cut), sink);
      reader.feed(stream.subarray(cut), sink);
      expect(sink.events, `cut at ${cut}`).toEqual(["connack 0", "puback 1", "puback 65535"]);
    }
  });

  it("reports a packet a load client never asked for", () => {
    const sink = new Recorder();
    new FrameReader().feed(Buffer.from([0x30, 3, 0, 1, 0x74]), sink);
    expect(sink.events).toEqual(["unexpected packet type 0x30 of 3 bytes"]);
  });

  it("reports a remaining length longer than 4 bytes", () => {
    const sink = new Recorder();
    new FrameReader().feed(Buffer.from([0x30, 0xff, 0xff, 0xff, 0xff, 0x01]), sink);
    expect(sink.events).toEqual(["unexpected remaining length over 4 bytes"]);
  });
});
