import { describe, expect, expectTypeOf, it } from "vitest";
import {
  DEFAULT_MAX_CLOCK_AHEAD_MS,
  type DecodedMessage,
  type DecodeOptions,
  type DecodeResult,
  decodePayload,
  type RejectionReason,
} from "./decode.ts";
import {
  type CheckinPayload,
  type DeviceStatus,
  type HealthPayload,
  MAX_PAYLOAD_BYTES,
  type ReportPayload,
  type ResolvePayload,
} from "./messages.ts";
import type { MessageKind } from "./topics.ts";

const RECEIVED_AT = Date.parse("2025-03-01T12:00:00.000Z");
const MINUTE = 60_000;
const encoder = new TextEncoder();

type JsonKind = Exclude<MessageKind, "status">;
type JsonObject = Record<string, unknown>;

function decodeBytes(
  kind: MessageKind,
  bytes: Uint8Array,
  options: Partial<DecodeOptions> = {},
): DecodeResult {
  return decodePayload(kind, bytes, { receivedAt: RECEIVED_AT, ...options });
}

function decodeText(
  kind: MessageKind,
  text: string,
  options: Partial<DecodeOptions> = {},
): DecodeResult {
  return decodeBytes(kind, encoder.encode(text), options);
}

function decodeJson(
  kind: MessageKind,
  value: unknown,
  options: Partial<DecodeOptions> = {},
): DecodeResult {
  return decodeText(kind, JSON.stringify(value), options);
}

function expectOk(result: DecodeResult): DecodedMessage {
  if (!result.ok) throw new Error(`expected ok, got ${result.reason}: ${result.message}`);
  return result.message;
}

/** Asserts the reason and returns the human message, which must say something. */
function expectRejected(result: DecodeResult, reason: RejectionReason): string {
  if (result.ok) throw new Error(`expected ${reason}, got ok: ${JSON.stringify(result.message)}`);
  expect(result.reason).toBe(reason);
  expect(result.message.trim().length).toBeGreaterThan(5);
  return result.message;
}

function without(value: JsonObject, field: string): JsonObject {
  const copy = { ...value };
  delete copy[field];
  return copy;
}

/** A JSON object text of exactly `bytes` UTF-8 bytes: `value` plus an ignored `pad` field. */
function paddedJson(value: JsonObject, bytes: number, padChar = "x"): string {
  const base = JSON.stringify({ ...value, pad: "" });
  const padBytes = bytes - encoder.encode(base).byteLength;
  const charBytes = encoder.encode(padChar).byteLength;
  if (padBytes < 0 || padBytes % charBytes !== 0) throw new Error("cannot pad to that size");
  const text = JSON.stringify({ ...value, pad: padChar.repeat(padBytes / charBytes) });
  expect(encoder.encode(text).byteLength).toBe(bytes);
  return text;
}

const HEALTH_OK = {
  id: "h-1",
  asset: "elev-a-btn-12",
  state: "ok",
  value: 0.42,
  unit: "A",
  battery: 87,
};
const HEALTH_FAULT = {
  id: "h-2",
  asset: "elev-a-btn-12",
  state: "fault",
  fault: "bulb_out",
  value: 0,
  unit: "A",
  battery: 12,
};
const REPORT = {
  id: "r-1",
  asset: "floor-2f",
  fault: "spill",
  source: "customer",
  note: "Coffee spilled by the door",
};
const CHECKIN = { id: "c-1", checkpoint: "elev-a-check", result: "defects", staff: "kari" };
const RESOLVE = { id: "x-1", asset: "elev-a-btn-12", fault: "bulb_out", staff: "ola" };

const VALID: readonly (readonly [string, JsonKind, JsonObject])[] = [
  ["health ok", "health", HEALTH_OK],
  ["health fault", "health", HEALTH_FAULT],
  ["health ok, minimal", "health", { id: "h-3", asset: "lamp-1", state: "ok" }],
  ["report", "report", REPORT],
  ["report, minimal", "report", { id: "r-2", asset: "sign-1", fault: "signage", source: "staff" }],
  ["checkin", "checkin", CHECKIN],
  ["checkin, minimal", "checkin", { id: "c-2", checkpoint: "restroom-2f", result: "ok" }],
  ["resolve", "resolve", RESOLVE],
  ["resolve of every fault of an asset", "resolve", { id: "x-2", asset: "floor-2f" }],
];

describe("too_large", () => {
  it("rejects 4097 bytes with a message naming the size and the limit", () => {
    const message = expectRejected(
      decodeText("report", paddedJson(REPORT, MAX_PAYLOAD_BYTES + 1)),
      "too_large",
    );
    expect(MAX_PAYLOAD_BYTES).toBe(4096);
    expect(message).toBe("payload is 4097 bytes; the limit is 4096");
  });

  it("accepts a valid payload of exactly 4096 bytes, and drops the padding", () => {
    const message = expectOk(decodeText("report", paddedJson(REPORT, MAX_PAYLOAD_BYTES)));
    expect(message).toEqual({ kind: "report", payload: REPORT, at: RECEIVED_AT, tsTrusted: true });
  });

  it("counts bytes, not characters", () => {
    // 2-byte characters: far fewer than 4096 characters, but more than 4096 bytes.
    const text = paddedJson(REPORT, MAX_PAYLOAD_BYTES + 2, "é");
    expect(text.length).toBeLessThan(MAX_PAYLOAD_BYTES);
    expectRejected(decodeText("report", text), "too_large");
    expectOk(decodeText("report", paddedJson(REPORT, MAX_PAYLOAD_BYTES, "é")));
  });

  it("is checked before anything else, for every kind", () => {
    const garbage = new Uint8Array(MAX_PAYLOAD_BYTES + 1).fill(0xff);
    for (const kind of ["health", "report", "checkin", "resolve", "status"] as const) {
      expectRejected(decodeBytes(kind, garbage), "too_large");
    }
  });

  it("applies to status too: 4096 bytes of padded 'online' pass, 4097 do not", () => {
    const status = (bytes: number) => `online${" ".repeat(bytes - 6)}`;
    expect(expectOk(decodeText("status", status(MAX_PAYLOAD_BYTES))).payload).toBe("online");
    expectRejected(decodeText("status", status(MAX_PAYLOAD_BYTES + 1)), "too_large");
  });
});

describe("bad_utf8", () => {
  it.each([
    ["a stray 0xff byte", [0x7b, 0xff, 0x7d]],
    ["a truncated two-byte sequence", [0x7b, 0x22, 0xc3, 0x22, 0x7d]],
    ["an overlong encoding of '/'", [0x7b, 0xc0, 0xaf, 0x7d]],
    ["an encoded UTF-16 surrogate", [0x22, 0xed, 0xa0, 0x80, 0x22]],
    ["Latin-1 text", [...encoder.encode('{"note":"'), 0xe9, ...encoder.encode('"}')]],
  ])("rejects %s", (_name, bytes) => {
    const message = expectRejected(decodeBytes("report", Uint8Array.from(bytes)), "bad_utf8");
    expect(message).toBe("payload is not valid UTF-8");
  });

  it("is checked for status payloads too, before the status words", () => {
    const bytes = Uint8Array.from([...encoder.encode("onl"), 0xff, ...encoder.encode("ine")]);
    expectRejected(decodeBytes("status", bytes), "bad_utf8");
  });
});

describe("bad_json", () => {
  it.each([
    ["an empty payload", ""],
    ["a truncated object", '{"id":"r-1","asset":"floor-2f"'],
    ["JavaScript, not JSON", "{id: 'r-1', asset: 'floor-2f'}"],
    ["a trailing comma", '{"id":"r-1",}'],
    ["plain text", "online"],
    ["two objects", '{"id":"a"}{"id":"b"}'],
    ["NaN", '{"id":"a","value":NaN}'],
  ])("rejects %s", (_name, text) => {
    const message = expectRejected(decodeText("health", text), "bad_json");
    expect(message).toMatch(/^payload is not JSON: .+/);
  });
});

describe("not_object", () => {
  it.each([
    ["an array", "[]"],
    ["an array holding a valid payload", JSON.stringify([REPORT])],
    ["a number", "42"],
    ["null", "null"],
    ["a string", '"online"'],
    ["a boolean", "true"],
  ])("rejects %s", (_name, text) => {
    for (const kind of ["health", "report", "checkin", "resolve"] as const) {
      const message = expectRejected(decodeText(kind, text), "not_object");
      expect(message).toBe("payload must be a JSON object");
    }
  });
});

describe("status", () => {
  it.each([
    ["online", "online"],
    ["offline", "offline"],
    [" online ", "online"],
    ["\toffline\r\n", "offline"],
    ["\n\nonline\n", "online"],
  ] as const)("accepts %j as %s, at the receive time", (text, status) => {
    const message = expectOk(decodeText("status", text));
    expect(message).toEqual({ kind: "status", payload: status, at: RECEIVED_AT, tsTrusted: true });
  });

  it.each([
    ["empty", ""],
    ["only whitespace", "  \n"],
    ["uppercase", "ONLINE"],
    ["capitalised", "Offline"],
    ["JSON string", '"online"'],
    ["JSON object", '{"status":"online"}'],
    ["inner space", "on line"],
    ["trailing punctuation", "offline!"],
    ["another word", "connected"],
    ["two words", "online offline"],
  ])("rejects %s with bad_status", (_name, text) => {
    const message = expectRejected(decodeText("status", text), "bad_status");
    expect(message).toBe('status payload must be "online" or "offline"');
  });
});

describe("missing_field", () => {
  const cases: [string, JsonKind, JsonObject, string][] = [
    ["health", "health", HEALTH_OK, "id"],
    ["health", "health", HEALTH_OK, "asset"],
    ["health", "health", HEALTH_OK, "state"],
    ["health (fault)", "health", HEALTH_FAULT, "id"],
    ["health (fault)", "health", HEALTH_FAULT, "asset"],
    ["health (fault)", "health", HEALTH_FAULT, "state"],
    ["health (fault)", "health", HEALTH_FAULT, "fault"],
    ["report", "report", REPORT, "id"],
    ["report", "report", REPORT, "asset"],
    ["report", "report", REPORT, "fault"],
    ["report", "report", REPORT, "source"],
    ["checkin", "checkin", CHECKIN, "id"],
    ["checkin", "checkin", CHECKIN, "checkpoint"],
    ["checkin", "checkin", CHECKIN, "result"],
    ["resolve", "resolve", RESOLVE, "id"],
    ["resolve", "resolve", RESOLVE, "asset"],
  ];

  it.each(cases)("%s without %s", (_name, kind, payload, field) => {
    const message = expectRejected(
      decodeJson(kind, without(payload, field)),
      `missing_field:${field}`,
    );
    expect(message).toBe(`${field} is required`);
  });

  it("asks for fault only when the state is fault", () => {
    expectOk(decodeJson("health", { id: "h-9", asset: "lamp-1", state: "ok" }));
    expectRejected(
      decodeJson("health", { id: "h-9", asset: "lamp-1", state: "fault" }),
      "missing_field:fault",
    );
  });

  it("names one missing field for an empty object: health's state first, else id", () => {
    // health is a union on `state`, so its shape (and the first issue) depends on it.
    expectRejected(decodeJson("health", {}), "missing_field:state");
    for (const kind of ["report", "checkin", "resolve"] as const) {
      expectRejected(decodeJson(kind, {}), "missing_field:id");
    }
  });
});

describe("bad_field", () => {
  const cases: [string, JsonKind, JsonObject, string, unknown][] = [
    ["id of 65 chars", "report", REPORT, "id", "r".repeat(65)],
    ["empty id", "report", REPORT, "id", ""],
    ["numeric id", "checkin", CHECKIN, "id", 17],
    ["null id", "resolve", RESOLVE, "id", null],
    ["numeric asset", "health", HEALTH_OK, "asset", 12],
    ["asset of 65 chars", "resolve", RESOLVE, "asset", "a".repeat(65)],
    ["unknown state", "health", HEALTH_OK, "state", "broken"],
    ["boolean state", "health", HEALTH_OK, "state", true],
    ["battery 101", "health", HEALTH_OK, "battery", 101],
    ["battery -1", "health", HEALTH_FAULT, "battery", -1],
    ["battery as text", "health", HEALTH_OK, "battery", "87"],
    ["value as text", "health", HEALTH_OK, "value", "0.42"],
    ["unit of 17 chars", "health", HEALTH_OK, "unit", "u".repeat(17)],
    ["empty unit", "health", HEALTH_OK, "unit", ""],
    ["unknown fault in health", "health", HEALTH_FAULT, "fault", "on_fire"],
    ["unknown fault in report", "report", REPORT, "fault", "on_fire"],
    ["fault in another case", "report", REPORT, "fault", "Bulb_Out"],
    ["system fault device_offline in report", "report", REPORT, "fault", "device_offline"],
    ["system fault inspection_overdue in report", "report", REPORT, "fault", "inspection_overdue"],
    ["system fault battery_low in report", "report", REPORT, "fault", "battery_low"],
    ["system fault in health", "health", HEALTH_FAULT, "fault", "device_offline"],
    ["system fault in resolve", "resolve", RESOLVE, "fault", "battery_low"],
    ["null fault in resolve", "resolve", RESOLVE, "fault", null],
    ["sensor source in report", "report", REPORT, "source", "sensor"],
    ["system source in report", "report", REPORT, "source", "system"],
    ["note of 281 chars", "report", REPORT, "note", "n".repeat(281)],
    ["numeric note", "report", REPORT, "note", 42],
    ["empty checkpoint", "checkin", CHECKIN, "checkpoint", ""],
    ["unknown result", "checkin", CHECKIN, "result", "fine"],
    ["staff of 65 chars", "checkin", CHECKIN, "staff", "s".repeat(65)],
    ["staff as an object", "resolve", RESOLVE, "staff", { name: "ola" }],
    ["ts with an offset", "report", REPORT, "ts", "2025-03-01T13:00:00+01:00"],
    ["ts with a zero offset", "report", REPORT, "ts", "2025-03-01T12:00:00+00:00"],
    ["ts in local time", "health", HEALTH_OK, "ts", "2025-03-01T12:00:00"],
    ["ts as a date only", "checkin", CHECKIN, "ts", "2025-03-01"],
    ["ts as words", "resolve", RESOLVE, "ts", "yesterday"],
    ["ts as an RFC 2822 date", "report", REPORT, "ts", "Sat, 01 Mar 2025 12:00:00 GMT"],
    ["ts as epoch milliseconds", "report", REPORT, "ts", RECEIVED_AT],
    ["ts of a day that does not exist", "report", REPORT, "ts", "2025-02-30T12:00:00Z"],
  ];

  it.each(cases)("rejects %s", (_name, kind, payload, field, value) => {
    const message = expectRejected(
      decodeJson(kind, { ...payload, [field]: value }),
      `bad_field:${field}`,
    );
    expect(message.startsWith(`${field}: `)).toBe(true);
    expect(message.length).toBeGreaterThan(`${field}: `.length + 5);
  });

  it.each([
    ["id of 64 chars", "report", REPORT, "id", "r".repeat(64)],
    ["note of 280 chars", "report", REPORT, "note", "n".repeat(280)],
    [
      "note of 280 emoji (characters, not UTF-16 units)",
      "report",
      REPORT,
      "note",
      "💡".repeat(280),
    ],
    ["empty note", "report", REPORT, "note", ""],
    ["battery 0", "health", HEALTH_OK, "battery", 0],
    ["battery 100", "health", HEALTH_FAULT, "battery", 100],
    ["negative value", "health", HEALTH_OK, "value", -3.5],
    ["unit of 16 chars", "health", HEALTH_OK, "unit", "u".repeat(16)],
    ["staff of 64 chars", "checkin", CHECKIN, "staff", "s".repeat(64)],
  ] as const)("accepts the limit case: %s", (_name, kind, payload, field, value) => {
    const message = expectOk(decodeJson(kind, { ...payload, [field]: value }));
    expect(message.payload).toEqual({ ...payload, [field]: value });
  });
});

describe("valid payloads", () => {
  it.each(VALID)("decodes a %s at the receive time when there is no ts", (_name, kind, payload) => {
    expect(expectOk(decodeJson(kind, payload))).toEqual({
      kind,
      payload,
      at: RECEIVED_AT,
      tsTrusted: true,
    });
  });

  it.each(VALID)("decodes a %s at its ts when there is one", (_name, kind, payload) => {
    const ts = "2025-03-01T11:59:30.250Z";
    expect(expectOk(decodeJson(kind, { ...payload, ts }))).toEqual({
      kind,
      payload: { ...payload, ts },
      at: RECEIVED_AT - 29_750,
      tsTrusted: true,
    });
  });

  it("types the payload by kind", () => {
    const report = expectOk(decodeJson("report", REPORT));
    if (report.kind !== "report") throw new Error("expected a report");
    expectTypeOf(report.payload).toEqualTypeOf<ReportPayload>();
    expect(report.payload.source).toBe("customer");
    expect(report.payload.fault).toBe("spill");

    const health = expectOk(decodeJson("health", HEALTH_FAULT));
    if (health.kind !== "health") throw new Error("expected health");
    expectTypeOf(health.payload).toEqualTypeOf<HealthPayload>();
    if (health.payload.state !== "fault") throw new Error("expected a fault state");
    expect(health.payload.fault).toBe("bulb_out");
    expect(health.payload.battery).toBe(12);

    const checkin = expectOk(decodeJson("checkin", CHECKIN));
    if (checkin.kind !== "checkin") throw new Error("expected a checkin");
    expectTypeOf(checkin.payload).toEqualTypeOf<CheckinPayload>();
    expect(checkin.payload.result).toBe("defects");

    const resolve = expectOk(decodeJson("resolve", RESOLVE));
    if (resolve.kind !== "resolve") throw new Error("expected a resolve");
    expectTypeOf(resolve.payload).toEqualTypeOf<ResolvePayload>();
    expect(resolve.payload.staff).toBe("ola");

    const status = expectOk(decodeText("status", "offline"));
    if (status.kind !== "status") throw new Error("expected a status");
    expectTypeOf(status.payload).toEqualTypeOf<DeviceStatus>();
    expect(status.payload).toBe("offline");
  });

  it("ignores and strips unknown extra fields instead of rejecting them", () => {
    const extras = {
      firmware: "1.4.2",
      rssi: -71,
      nested: { a: [1, 2, 3] },
      fault_code: null,
    };
    const text = `{"__proto__":{"polluted":true},${JSON.stringify({ ...REPORT, ...extras }).slice(1)}`;
    const message = expectOk(decodeText("report", text));
    expect(message.payload).toStrictEqual(REPORT);
    expect(({} as JsonObject).polluted).toBeUndefined();
    // Fields of another kind or of the other health state are extras too.
    const health = expectOk(decodeJson("health", { ...HEALTH_OK, fault: "dirty", source: "x" }));
    expect(health.payload).toStrictEqual(HEALTH_OK);
  });

  it("accepts a Buffer slice of a larger packet", () => {
    const json = JSON.stringify(REPORT);
    const packet = Buffer.from(`HEAD${json}TAIL`);
    const slice = packet.subarray(4, 4 + Buffer.byteLength(json));
    expect(expectOk(decodeBytes("report", slice)).payload).toEqual(REPORT);
  });

  it("trusts a ts in the past: a device resending its buffer after a reconnect", () => {
    const ts = "2025-02-27T08:15:00.000Z";
    const message = expectOk(decodeJson("health", { ...HEALTH_FAULT, ts }));
    expect(message.at).toBe(Date.parse(ts));
    expect(message.tsTrusted).toBe(true);
  });
});

describe("device clock ahead of ours", () => {
  const iso = (ms: number) => new Date(ms).toISOString();

  it("allows 5 minutes by default", () => {
    expect(DEFAULT_MAX_CLOCK_AHEAD_MS).toBe(5 * MINUTE);
  });

  it("trusts a ts exactly 5 minutes ahead", () => {
    const ts = iso(RECEIVED_AT + 5 * MINUTE);
    const message = expectOk(decodeJson("report", { ...REPORT, ts }));
    expect(message.at).toBe(RECEIVED_AT + 5 * MINUTE);
    expect(message.tsTrusted).toBe(true);
  });

  it.each(VALID)("distrusts a %s whose ts is 1 ms past the limit", (_name, kind, payload) => {
    const ts = iso(RECEIVED_AT + 5 * MINUTE + 1);
    expect(expectOk(decodeJson(kind, { ...payload, ts }))).toEqual({
      kind,
      // The payload keeps the ts the device sent: the event log shows what arrived.
      payload: { ...payload, ts },
      at: RECEIVED_AT,
      tsTrusted: false,
    });
  });

  it("distrusts a ts a year ahead", () => {
    const message = expectOk(decodeJson("health", { ...HEALTH_OK, ts: "2026-03-01T12:00:00Z" }));
    expect(message.at).toBe(RECEIVED_AT);
    expect(message.tsTrusted).toBe(false);
  });

  it("honours a custom maxClockAheadMs", () => {
    const ahead = { ...REPORT, ts: iso(RECEIVED_AT + 1) };
    const strict = expectOk(decodeJson("report", ahead, { maxClockAheadMs: 0 }));
    expect(strict).toMatchObject({ at: RECEIVED_AT, tsTrusted: false });
    const same = { ...REPORT, ts: iso(RECEIVED_AT) };
    expect(expectOk(decodeJson("report", same, { maxClockAheadMs: 0 }))).toMatchObject({
      at: RECEIVED_AT,
      tsTrusted: true,
    });
    const lenient = expectOk(
      decodeJson(
        "report",
        { ...REPORT, ts: iso(RECEIVED_AT + 10 * MINUTE) },
        {
          maxClockAheadMs: 10 * MINUTE,
        },
      ),
    );
    expect(lenient).toMatchObject({ at: RECEIVED_AT + 10 * MINUTE, tsTrusted: true });
  });
});
