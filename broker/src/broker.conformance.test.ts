import { Writable } from "node:stream";
import { generate } from "mqtt-packet";
import { pino } from "pino";
import { afterEach, expect, test } from "vitest";
import type { BrokerOptions } from "./broker.ts";
import { startTestBroker, type TestBroker, type TestIdentity } from "./testing/fixtures.ts";
import {
  frame,
  mqttString,
  RawClient,
  type RawConnect,
  rawConnect,
  rawPublish,
  rawSubscribe,
  rawUnsubscribe,
  uint16,
} from "./testing/raw-mqtt.ts";

/**
 * What MQTT 3.1.1 says a server must refuse, sent as raw frames on both listeners: each is
 * refused the way the spec says, counted under its reason, and logged with it.
 */

let t: TestBroker | undefined;
const raws: RawClient[] = [];
let logs: { reason?: string; msg: string }[] = [];

afterEach(async () => {
  await Promise.all(raws.splice(0).map((r) => r.destroy()));
  await t?.close();
  t = undefined;
  logs = [];
});

/** A test broker whose log lines are kept in `logs`. */
async function broker(options: Partial<BrokerOptions> = {}): Promise<TestBroker> {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      for (const line of chunk.toString().split("\n").filter(Boolean)) logs.push(JSON.parse(line));
      callback();
    },
  });
  t = await startTestBroker({ logger: pino({ level: "info" }, sink), ...options });
  return t;
}

async function open(transport: "tcp" | "ws"): Promise<RawClient> {
  if (!t) throw new Error("no broker");
  const raw =
    transport === "tcp"
      ? await RawClient.tcp(t.broker.addresses.tcp.port)
      : await RawClient.ws(t.wsUrl);
  raws.push(raw);
  return raw;
}

function login(identity: TestIdentity, more: Partial<RawConnect> = {}): Buffer {
  return rawConnect({
    clientId: identity.id,
    username: identity.id,
    password: identity.secret,
    keepalive: 60,
    ...more,
  });
}

/** Sends `packets` and resolves with what the broker answered before it closed the connection. */
async function refusedWith(raw: RawClient, ...packets: Buffer[]): Promise<string[]> {
  raw.send(...packets);
  expect(await raw.closedWithin(), "the broker closes the connection").toBe(true);
  return raw.received.map((p) => p.cmd);
}

function logged(reason: string): boolean {
  return logs.some((line) => line.reason === reason);
}

const STATUS = "bulbcheck/v1/hotel-oslo/lamp-1/status";

test("a CONNECT with will QoS 3 is closed without CONNACK on TCP and WebSocket (MQTT-3.1.2-14)", async () => {
  const b = await broker();
  const lamp = await b.device("lamp-1", "hotel-oslo");
  for (const transport of ["tcp", "ws"] as const) {
    const raw = await open(transport);
    const will = { topic: STATUS, payload: Buffer.from("offline"), qos: 3, retain: true };
    expect(await refusedWith(raw, login(lamp, { will })), transport).toEqual([]);
  }
  expect(b.broker.stats().connects).toMatchObject({ accepted: 0, refused: { will_qos: 2 } });
  expect(logged("will_qos")).toBe(true);
});

test("a CONNECT whose will flag disagrees with its will fields is closed without CONNACK", async () => {
  const b = await broker();
  const lamp = await b.device("lamp-1", "hotel-oslo");
  const bridge = await b.service("bridge", { publish: ["#"] });
  const cases: [Buffer, string][] = [
    // [MQTT-3.1.2-13] no will flag, yet a will QoS; [MQTT-3.1.2-15] no will flag, yet will retain
    [login(lamp, { extraFlags: 0x08 }), "will_flags"],
    [login(lamp, { extraFlags: 0x20 }), "will_flags"],
    // [MQTT-3.1.3-10] the will topic is a topic name: no wildcard in it
    [
      login(bridge, { will: { topic: "a/#", payload: Buffer.from("x"), qos: 0, retain: false } }),
      "will_topic",
    ],
    // [MQTT-3.1.2-22] a password without a user name
    [login(lamp, { username: undefined }), "password_without_username"],
  ];
  for (const [connect, reason] of cases) {
    const raw = await open("tcp");
    expect(await refusedWith(raw, connect), reason).toEqual([]);
    expect(logged(reason), reason).toBe(true);
  }
  expect(b.broker.stats().connects.refused).toEqual({
    will_flags: 2,
    will_topic: 1,
    password_without_username: 1,
  });
});

test("an MQTT 5 CONNECT is answered CONNACK 1 (unacceptable protocol level), counted and logged", async () => {
  const b = await broker();
  const lamp = await b.device("lamp-1", "hotel-oslo");
  const raw = await open("tcp");
  const v5 = generate({
    cmd: "connect",
    protocolId: "MQTT",
    protocolVersion: 5,
    clientId: lamp.id,
    username: lamp.id,
    password: Buffer.from(lamp.secret),
    keepalive: 60,
    clean: true,
  });
  expect(await refusedWith(raw, v5)).toEqual(["connack"]);
  expect(raw.received[0]).toMatchObject({ cmd: "connack", returnCode: 1 });
  expect(b.broker.stats().connects.refused).toEqual({ unsupported_protocol: 1 });
  expect(logged("unsupported_protocol")).toBe(true);
});

test("a keepalive of 0 or above the limit is taken as the limit, never answered CONNACK 6", async () => {
  const b = await broker({ keepaliveLimitSeconds: 1 });
  const lamp = await b.device("lamp-1", "hotel-oslo");
  for (const keepalive of [0, 2, 65_535]) {
    const raw = await open("tcp");
    raw.send(login(lamp, { keepalive }));
    expect(await raw.nextOf("connack"), `keepalive ${keepalive}`).toMatchObject({ returnCode: 0 });
    // Silent from here on: the limit's keepalive (1.5 times 1 s) closes the connection.
    expect(await raw.closedWithin(), `keepalive ${keepalive}`).toBe(true);
  }
  const stats = b.broker.stats();
  expect(stats.connects).toMatchObject({ accepted: 3, keepaliveClamped: 3, refused: {} });
  expect(stats.closed).toEqual({ keepalive_timeout: 3 });
  expect(logged("keepalive_clamped")).toBe(true);
  expect(logged("keepalive_timeout")).toBe(true);
});

test("ill-formed UTF-8 or U+0000 in a topic or filter closes the connection (MQTT-1.5.3-1, -2), counted", async () => {
  const b = await broker();
  const bridge = await b.service("bridge", { publish: ["#"], subscribe: ["#"] });
  const cases: [Buffer, string][] = [
    [rawPublish({ topic: Buffer.from([0x61, 0x2f, 0xff]), payload: Buffer.from("x") }), "bad_utf8"],
    [
      rawPublish({
        topic: Buffer.from([0x61, 0xed, 0xa0, 0x80]),
        payload: Buffer.from("x"),
        qos: 1,
      }),
      "bad_utf8",
    ],
    [rawPublish({ topic: "a/\u0000/b", payload: Buffer.from("x") }), "null_character"],
    [rawSubscribe([Buffer.from([0x23, 0xc0])]), "bad_utf8"],
    [rawUnsubscribe(["a/\u0000"]), "null_character"],
  ];
  for (const [packet, reason] of cases) {
    for (const transport of ["tcp", "ws"] as const) {
      const raw = await open(transport);
      raw.send(login(bridge));
      expect(await raw.nextOf("connack")).toMatchObject({ returnCode: 0 });
      expect(await refusedWith(raw, packet), `${reason} over ${transport}`).toEqual(["connack"]);
    }
  }
  expect(b.broker.stats().closed).toEqual({ bad_utf8: 6, null_character: 4 });
  expect(logged("bad_utf8") && logged("null_character")).toBe(true);
});

test("an UNSUBSCRIBE with no filter closes the connection (MQTT-3.10.3-2), counted", async () => {
  const b = await broker();
  const bridge = await b.service("bridge", { subscribe: ["#"] });
  const raw = await open("tcp");
  raw.send(login(bridge));
  expect(await raw.nextOf("connack")).toMatchObject({ returnCode: 0 });
  // Before, aedes answered it with an UNSUBACK and went on.
  expect(await refusedWith(raw, frame(0xa2, uint16(9)))).toEqual(["connack"]);
  expect(b.broker.stats().closed).toEqual({ empty_unsubscribe: 1 });
  expect(logged("empty_unsubscribe")).toBe(true);
});

test("a topic or filter deeper than the limit closes the connection, counted", async () => {
  const b = await broker({ maxTopicLevels: 16 });
  const bridge = await b.service("bridge", { publish: ["#"], subscribe: ["#"] });
  const deep = Array.from({ length: 17 }, (_, i) => `l${i}`).join("/");
  for (const packet of [
    rawPublish({ topic: deep, payload: Buffer.from("x"), qos: 1 }),
    rawSubscribe([`${deep}/#`]),
  ]) {
    const raw = await open("tcp");
    raw.send(login(bridge));
    expect(await raw.nextOf("connack")).toMatchObject({ returnCode: 0 });
    expect(await refusedWith(raw, packet)).toEqual(["connack"]);
  }
  expect(b.broker.stats().closed).toEqual({ topic_levels: 2 });
  expect(logged("topic_levels")).toBe(true);
});

test("a packet before CONNECT, or a second CONNECT, closes the connection, counted as protocol_error", async () => {
  const b = await broker();
  const lamp = await b.device("lamp-1", "hotel-oslo");
  const early = await open("tcp");
  expect(await refusedWith(early, frame(0xc0, Buffer.alloc(0)))).toEqual([]);
  const twice = await open("tcp");
  expect(await refusedWith(twice, login(lamp), login(lamp))).toEqual(["connack"]);
  expect(b.broker.stats().closed).toEqual({ protocol_error: 2 });
  expect(logged("protocol_error")).toBe(true);
  // The frame helpers say what they build: a SUBSCRIBE of one filter, for the record.
  expect(rawSubscribe(["a"])).toEqual(
    frame(0x82, Buffer.concat([uint16(1), mqttString("a"), Buffer.from([0])])),
  );
});
