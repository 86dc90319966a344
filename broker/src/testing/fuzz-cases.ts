import type { Random } from "@bulbcheck/shared";
import { generate } from "mqtt-packet";
import type { TestIdentity } from "./fixtures.ts";
import {
  type Ending,
  frame,
  mqttString,
  type RawConnect,
  rawConnect,
  rawPublish,
  rawSubscribe,
  remainingLength,
  uint16,
} from "./raw-mqtt.ts";

/**
 * Hostile MQTT connections for the broker fuzzer: random bytes, and valid traffic broken in the
 * ways MQTT 3.1.1 §2-3 says a server must survive (wrong lengths, reserved types and flags, bad
 * UTF-8, packets out of order). Every case is a pure function of the random source, so a seed
 * replays a run exactly.
 */

export interface FuzzIdentities {
  /** A device provisioned to `site`: its CONNECTs succeed, so garbage reaches the session. */
  device: TestIdentity & { site: string };
  /** A service with a small ACL of its own, so that its CONNECTs succeed too. */
  service: TestIdentity;
  /** The well-behaved device's topic, which the fuzzer tries to write to and must not. */
  victimTopic: string;
}

export interface FuzzCase {
  name: string;
  /** MQTT over WebSocket rather than over TCP. */
  webSocket: boolean;
  chunks: Buffer[];
  pausesMs: number[];
  /** For WebSocket: which chunks go as text frames. */
  textFrames: number[];
  ending: Ending;
}

type Build = (rng: Random, ids: FuzzIdentities) => Buffer[];

const INVALID_UTF8: readonly number[][] = [
  [0xff],
  [0xc3, 0x28],
  [0xed, 0xa0, 0x80], // a UTF-16 surrogate, forbidden by MQTT-1.5.3-1
  [0xc0, 0xaf], // overlong "/"
  [0xf4, 0x90, 0x80, 0x80], // above U+10FFFF
  [0x00], // U+0000, forbidden by MQTT-1.5.3-2
  [0xe2, 0x82],
];

function connectPacket(
  rng: Random,
  who: TestIdentity,
  overrides: Partial<RawConnect> = {},
): Buffer {
  return rawConnect({
    clean: rng.chance(0.8),
    clientId: who.id,
    username: who.id,
    password: who.secret,
    keepalive: rng.intBetween(1, 2),
    ...overrides,
  });
}

/** A CONNECT the broker accepts, as the fuzz device or the fuzz service. */
function goodConnect(rng: Random, ids: FuzzIdentities): Buffer {
  if (rng.chance(0.7)) {
    const will = rng.chance(0.3)
      ? {
          will: {
            topic: `bulbcheck/v1/${ids.device.site}/${ids.device.id}/status`,
            payload: Buffer.from("offline"),
            qos: 1,
            retain: true,
          },
        }
      : {};
    return connectPacket(rng, ids.device, will);
  }
  return connectPacket(rng, ids.service);
}

function randomTopic(rng: Random, ids: FuzzIdentities): string | Buffer {
  const own = `bulbcheck/v1/${ids.device.site}/${ids.device.id}`;
  return rng.weighted<() => string | Buffer>([
    [() => `${own}/${rng.pick(["health", "report", "checkin", "resolve", "status", "cmd"])}`, 3],
    [() => ids.victimTopic, 2],
    [() => `fuzz/${rng.intBetween(0, 3)}`, 2],
    [() => Array.from({ length: rng.intBetween(17, 800) }, (_, i) => `l${i}`).join("/"), 2],
    [() => "/".repeat(rng.intBetween(1, 600)), 1],
    [() => rng.pick(["#", "+", "bulbcheck/v1/+/#", "$SYS/x", "", "\u0000", "a\u0000b"]), 2],
    [() => Buffer.concat([Buffer.from(`${own}/`), Buffer.from(rng.pick(INVALID_UTF8))]), 3],
    [() => rng.bytes(rng.intBetween(0, 40)), 2],
  ])();
}

function randomPayload(rng: Random): Buffer {
  return rng.weighted<() => Buffer>([
    [
      () =>
        Buffer.from(JSON.stringify({ id: `f-${rng.intBetween(0, 1e6)}`, asset: "x", state: "ok" })),
      3,
    ],
    [() => rng.bytes(rng.intBetween(0, 300)), 3],
    [() => Buffer.alloc(rng.intBetween(4000, 60_000), rng.intBetween(0, 255)), 1],
    [() => Buffer.from(rng.pick(["online", "offline", "", "{", "null", "[]"])), 2],
  ])();
}

/** One packet a connected client might send, valid in framing but not always in sense. */
function sessionPacket(rng: Random, ids: FuzzIdentities): Buffer {
  const id = rng.intBetween(0, 0xffff);
  return rng.weighted<() => Buffer>([
    [
      () =>
        rawPublish({
          topic: randomTopic(rng, ids),
          payload: randomPayload(rng),
          qos: rng.weighted([
            [0, 3],
            [1, 3],
            [2, 1],
            [3, 1],
          ]),
          messageId: id,
          flags: rng.intBetween(0, 1) | (rng.chance(0.1) ? 0x08 : 0),
        }),
      6,
    ],
    [() => rawSubscribe([randomTopic(rng, ids)], id, rng.intBetween(0, 3)), 3],
    [() => frame(0xa2, Buffer.concat([uint16(id), mqttString("#")])), 1], // UNSUBSCRIBE
    [() => frame(rng.pick([0x40, 0x50, 0x62, 0x70]), uint16(id)), 2], // PUBACK, PUBREC, PUBREL, PUBCOMP
    [() => generate({ cmd: "pingreq" }), 2],
    [() => goodConnect(rng, ids), 1], // a second CONNECT: MQTT-3.1.0-2 says disconnect
    [() => generate({ cmd: "disconnect" }), 1],
  ])();
}

/** Byte-level damage: flips, overwrites, insertions, deletions, duplications. */
export function mutate(rng: Random, input: Buffer, edits: number): Buffer {
  let bytes = Buffer.from(input);
  for (let e = 0; e < edits && bytes.length > 0; e++) {
    const at = rng.intBetween(0, bytes.length - 1);
    const kind = rng.intBetween(0, 4);
    if (kind === 0) bytes[at] = (bytes[at] as number) ^ (1 << rng.intBetween(0, 7));
    else if (kind === 1) bytes[at] = rng.intBetween(0, 255);
    else if (kind === 2)
      bytes = Buffer.concat([
        bytes.subarray(0, at),
        rng.bytes(rng.intBetween(1, 8)),
        bytes.subarray(at),
      ]);
    else if (kind === 3) bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + 1)]);
    else bytes = Buffer.concat([bytes.subarray(0, at + 1), bytes.subarray(at)]);
  }
  return bytes;
}

/** A packet whose remaining length says something other than what follows. */
function wrongLength(rng: Random, packet: Buffer): Buffer {
  const lengthBytes = 1 + [...packet.subarray(1, 5)].findIndex((b) => (b & 0x80) === 0);
  const body = packet.subarray(1 + lengthBytes);
  const claimed = rng.pick([0, 1, body.length - 1, body.length + 1, rng.intBetween(0, 70_000)]);
  return Buffer.concat([packet.subarray(0, 1), remainingLength(Math.max(0, claimed)), body]);
}

const CASES: readonly (readonly [string, number, Build])[] = [
  ["random bytes", 3, (rng) => [rng.bytes(rng.intBetween(1, 4096))]],
  [
    "random packet types and flags",
    3,
    (rng) =>
      Array.from({ length: rng.intBetween(1, 5) }, () =>
        frame(rng.intBetween(0, 255), rng.bytes(rng.intBetween(0, 300))),
      ),
  ],
  [
    "huge remaining length",
    2,
    (rng) => [
      Buffer.from([
        rng.pick([0x10, 0x30, 0x82, 0xc0, rng.intBetween(0, 255)]),
        0xff,
        0xff,
        0xff,
        0x7f,
      ]),
      ...Array.from({ length: rng.intBetween(0, 4) }, () => Buffer.alloc(64 * 1024, 0x61)),
    ],
  ],
  [
    "huge remaining length after CONNECT",
    2,
    (rng, ids) => [
      goodConnect(rng, ids),
      Buffer.from([0x30, 0xff, 0xff, 0xff, 0x7f]),
      Buffer.alloc(rng.intBetween(1, 128) * 1024, 0x62),
    ],
  ],
  [
    "remaining length over four bytes",
    1,
    (rng) => [Buffer.from([rng.pick([0x10, 0x30]), 0xff, 0xff, 0xff, 0xff, 0x01, 0x00])],
  ],
  [
    "truncated CONNECT",
    2,
    (rng, ids) => {
      const connect = goodConnect(rng, ids);
      return [connect.subarray(0, rng.intBetween(1, connect.length - 1))];
    },
  ],
  [
    "wrong remaining length",
    3,
    (rng, ids) => {
      const connect = goodConnect(rng, ids);
      return rng.chance(0.5)
        ? [wrongLength(rng, connect), sessionPacket(rng, ids)]
        : [connect, wrongLength(rng, sessionPacket(rng, ids)), sessionPacket(rng, ids)];
    },
  ],
  [
    "PUBLISH before CONNECT",
    2,
    (rng, ids) => [
      rawPublish({
        topic: ids.victimTopic,
        payload: randomPayload(rng),
        qos: rng.intBetween(0, 2),
      }),
      goodConnect(rng, ids),
    ],
  ],
  ["packets before CONNECT", 2, (rng, ids) => [sessionPacket(rng, ids), sessionPacket(rng, ids)]],
  [
    "valid CONNECT, then valid-looking packets",
    6,
    (rng, ids) => [
      goodConnect(rng, ids),
      ...Array.from({ length: rng.intBetween(1, 8) }, () => sessionPacket(rng, ids)),
    ],
  ],
  [
    "large packets, whole or cut short",
    4,
    (rng, ids) => {
      const big = rawPublish({
        topic: randomTopic(rng, ids),
        payload: Buffer.alloc(rng.intBetween(16, 63) * 1024, rng.intBetween(0, 255)),
        qos: rng.intBetween(0, 1),
      });
      const sent = rng.chance(0.5) ? big : big.subarray(0, rng.intBetween(1, big.length - 1));
      return rng.chance(0.7) ? [goodConnect(rng, ids), sent] : [sent];
    },
  ],
  [
    "valid CONNECT, then garbage",
    3,
    (rng, ids) => [goodConnect(rng, ids), rng.bytes(rng.intBetween(1, 2000))],
  ],
  [
    "valid session with byte damage",
    6,
    (rng, ids) => {
      const session = Buffer.concat([
        goodConnect(rng, ids),
        ...Array.from({ length: rng.intBetween(1, 6) }, () => sessionPacket(rng, ids)),
      ]);
      return [mutate(rng, session, rng.intBetween(1, 6))];
    },
  ],
  [
    "odd CONNECTs",
    4,
    (rng, ids) => {
      const who = rng.chance(0.5) ? ids.device : ids.service;
      const odd = rng.pick<() => Buffer>([
        () => connectPacket(rng, who, { protocolName: rng.pick(["MQTS", "MQIsdp", "", "MQTTT"]) }),
        () => connectPacket(rng, who, { level: rng.pick([0, 2, 3, 5, 255]) }),
        () => connectPacket(rng, who, { keepalive: rng.pick([0, 6, 0xffff]) }),
        () => connectPacket(rng, who, { clientId: "", clean: false }),
        () => connectPacket(rng, who, { clientId: "x".repeat(rng.intBetween(65, 3000)) }),
        () => connectPacket(rng, who, { password: Buffer.from("wrong") }),
        () => connectPacket(rng, who, { username: ids.victimTopic.split("/")[3] }),
        () => connectPacket(rng, who, { username: undefined, password: undefined }),
        () =>
          connectPacket(rng, who, {
            will: { topic: ids.victimTopic, payload: Buffer.from("offline"), qos: 1, retain: true },
          }),
        () =>
          connectPacket(rng, who, {
            will: {
              topic: Array.from({ length: 300 }, () => "w").join("/"),
              payload: Buffer.alloc(0),
              qos: 0,
              retain: false,
            },
          }),
        // The reserved flag (MQTT-3.1.2-3), a will QoS of 3 (MQTT-3.1.2-14), a password
        // flag without a username (MQTT-3.1.2-22): each makes the rest unreadable or invalid.
        () => connectPacket(rng, who, { extraFlags: rng.pick([0x01, 0x18, 0x40, 0x20]) }),
      ]);
      return [odd(), sessionPacket(rng, ids)];
    },
  ],
  [
    "invalid UTF-8 in CONNECT strings",
    2,
    (rng) => {
      const bad = Buffer.from(rng.pick(INVALID_UTF8));
      const body = Buffer.concat([
        mqttString("MQTT"),
        Buffer.from([4, 0xc2]),
        uint16(2),
        mqttString(Buffer.concat([Buffer.from("c"), bad])),
        mqttString(Buffer.concat([Buffer.from("u"), bad])),
        mqttString(bad),
      ]);
      return [frame(0x10, body)];
    },
  ],
  ["nothing at all", 1, () => []],
];

const TOTAL_WEIGHT = CASES.reduce((sum, [, w]) => sum + w, 0);

/** The next hostile connection: what it sends, in which pieces, and how it ends. */
export function nextFuzzCase(rng: Random, ids: FuzzIdentities): FuzzCase {
  let r = rng.next() * TOTAL_WEIGHT;
  let chosen = CASES[0] as (typeof CASES)[number];
  for (const entry of CASES) {
    r -= entry[1];
    if (r < 0) {
      chosen = entry;
      break;
    }
  }
  const [name, , build] = chosen;
  const chunks = rechunk(rng, build(rng, ids));
  const webSocket = rng.chance(0.15);
  return {
    name,
    webSocket,
    chunks,
    pausesMs: chunks.map(() => (rng.chance(0.2) ? rng.intBetween(1, 5) : 0)),
    textFrames: webSocket && rng.chance(0.1) ? [rng.intBetween(0, chunks.length)] : [],
    ending: rng.weighted<Ending>([
      ["destroy", 4],
      ["end", 3],
      ["abandon", 3],
    ]),
  };
}

/** Splits the bytes at random places: as sent, byte at a time, or packets cut mid-header. */
function rechunk(rng: Random, packets: Buffer[]): Buffer[] {
  if (packets.length === 0 || rng.chance(0.5)) return packets;
  const all = Buffer.concat(packets);
  if (all.length <= 64 && rng.chance(0.3)) return [...all].map((b) => Buffer.from([b]));
  const cuts = Array.from({ length: rng.intBetween(1, 6) }, () => rng.intBetween(1, all.length))
    .sort((a, b) => a - b)
    .filter((cut, i, list) => cut !== list[i - 1]);
  const out: Buffer[] = [];
  let from = 0;
  for (const cut of [...cuts, all.length]) {
    if (cut > from) out.push(all.subarray(from, cut));
    from = cut;
  }
  return out;
}
