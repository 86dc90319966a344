import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_MAX_CLOCK_AHEAD_MS, type DecodeResult, decodePayload } from "./decode.ts";
import { REPORTABLE_FAULTS, SYSTEM_FAULTS } from "./faults.ts";
import { ID_PATTERN } from "./ids.ts";
import { MAX_PAYLOAD_BYTES } from "./messages.ts";
import { MESSAGE_KINDS, type MessageKind } from "./topics.ts";

/**
 * decodePayload never throws, every refusal is one of the documented reasons, and what it accepts
 * follows the contract: fields, the clock rule, the size limit, status words.
 */

const encoder = new TextEncoder();

const REASON =
  /^(too_large|bad_utf8|bad_json|not_object|bad_status|missing_field:.+|bad_field:.+)$/;

/** Every field name of every JSON payload schema. */
const FIELDS = [
  "id",
  "ts",
  "asset",
  "state",
  "fault",
  "value",
  "unit",
  "battery",
  "source",
  "note",
  "checkpoint",
  "result",
  "staff",
] as const;
type Field = (typeof FIELDS)[number];
const FIELD_SET: ReadonlySet<string> = new Set(FIELDS);

type JsonKind = Exclude<MessageKind, "status">;
const JSON_KINDS: readonly JsonKind[] = ["health", "report", "checkin", "resolve"];

const anyKind = fc.constantFrom(...MESSAGE_KINDS);
const jsonKind = fc.constantFrom(...JSON_KINDS);
const receivedAt = fc.integer({ min: 0, max: Date.parse("2100-01-01T00:00:00Z") });

/** Values a field of the contract could plausibly (or implausibly) hold. */
const fieldValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    "ok",
    "fault",
    "defects",
    "staff",
    "customer",
    "sensor",
    "system",
    "online",
    "offline",
    ...REPORTABLE_FAULTS,
    ...SYSTEM_FAULTS,
  ),
  fc.stringMatching(ID_PATTERN),
  fc.string({ maxLength: 70 }),
  fc.string({ minLength: 270, maxLength: 300 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc
    .date({ noInvalidDate: true, min: new Date(0), max: new Date("2100-01-01T00:00:00Z") })
    .map((date) => date.toISOString()),
  fc.constantFrom("2025-03-01T12:00:00+01:00", "2025-03-01T12:00:00", "2025-02-30T00:00:00Z"),
  fc.integer({ min: -10, max: 110 }),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.jsonValue({ maxDepth: 2 }),
);

const schemaFieldObject: fc.Arbitrary<Record<string, unknown>> = fc.record(
  Object.fromEntries(FIELDS.map((field) => [field, fieldValue])) as Record<
    Field,
    fc.Arbitrary<unknown>
  >,
  { requiredKeys: [] },
);

const VALID_BASE: Record<JsonKind, Record<string, unknown>> = {
  health: { id: "h-1", asset: "lamp-1", state: "fault", fault: "bulb_out", battery: 50 },
  report: { id: "r-1", asset: "lamp-1", fault: "dirty", source: "staff", note: "by the door" },
  checkin: { id: "c-1", checkpoint: "lobby-check", result: "ok", staff: "kari" },
  resolve: { id: "x-1", asset: "lamp-1", fault: "dirty", staff: "ola" },
};

/** A valid payload of the kind with some fields replaced, some dropped and some extras added. */
const mutatedPayload = (kind: JsonKind): fc.Arbitrary<Record<string, unknown>> =>
  fc
    .tuple(
      fc
        .subarray([...FIELDS])
        .chain((fields) =>
          fc.tuple(...fields.map((field) => fieldValue.map((value) => [field, value] as const))),
        ),
      fc.subarray([...FIELDS]),
      fc.dictionary(fc.string({ maxLength: 8 }), fieldValue, { maxKeys: 3 }),
    )
    .map(([replaced, dropped, extras]) => {
      const payload: Record<string, unknown> = { ...extras, ...VALID_BASE[kind] };
      for (const [field, value] of replaced) payload[field] = value;
      for (const field of dropped) delete payload[field];
      return payload;
    });

function checkResult(kind: MessageKind, result: DecodeResult, at: number): void {
  if (result.ok) {
    expect(result.message.kind).toBe(kind);
    expect(Number.isFinite(result.message.at)).toBe(true);
    if (!result.message.tsTrusted) expect(result.message.at).toBe(at);
    if (kind === "status") expect(["online", "offline"]).toContain(result.message.payload);
    return;
  }
  expect(result.reason).toMatch(REASON);
  expect(typeof result.message).toBe("string");
  expect(result.message.length).toBeGreaterThan(0);
  if (kind === "status") {
    expect(["too_large", "bad_utf8", "bad_status"]).toContain(result.reason);
  } else {
    expect(result.reason).not.toBe("bad_status");
    const field = /^(?:missing_field|bad_field):(.+)$/.exec(result.reason)?.[1];
    // A field reason always names a field of the contract.
    if (field !== undefined) expect(FIELD_SET.has(field)).toBe(true);
  }
}

function decodeChecked(kind: MessageKind, bytes: Uint8Array, at: number): DecodeResult {
  const result = decodePayload(kind, bytes, { receivedAt: at });
  checkResult(kind, result, at);
  return result;
}

describe("decodePayload never throws", () => {
  it("for arbitrary bytes, of any length up to past the limit", () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 64 }),
      fc.uint8Array({ minLength: 4094, maxLength: 4098 }),
    );
    fc.assert(
      fc.property(anyKind, bytes, receivedAt, (kind, payload, at) => {
        decodeChecked(kind, payload, at);
      }),
      { numRuns: 500 },
    );
  });

  it("for arbitrary text", () => {
    const text = fc.oneof(fc.string({ unit: "binary" }), fc.string(), fc.json());
    fc.assert(
      fc.property(anyKind, text, receivedAt, (kind, payload, at) => {
        decodeChecked(kind, encoder.encode(payload), at);
      }),
      { numRuns: 500 },
    );
  });

  it("for arbitrary JSON values", () => {
    fc.assert(
      fc.property(anyKind, fc.jsonValue(), receivedAt, (kind, value, at) => {
        decodeChecked(kind, encoder.encode(JSON.stringify(value)), at);
      }),
      { numRuns: 500 },
    );
  });

  it("for objects of the schemas' field names with random values, for every kind", () => {
    fc.assert(
      fc.property(jsonKind, schemaFieldObject, receivedAt, (kind, value, at) => {
        decodeChecked(kind, encoder.encode(JSON.stringify(value)), at);
      }),
      { numRuns: 1000 },
    );
  });

  it("for mutated valid payloads of every kind, and accepts some of them", () => {
    const outcomes = { ok: 0, rejected: 0 };
    fc.assert(
      fc.property(
        jsonKind.chain((kind) => fc.tuple(fc.constant(kind), mutatedPayload(kind))),
        receivedAt,
        ([kind, value], at) => {
          const result = decodeChecked(kind, encoder.encode(JSON.stringify(value)), at);
          outcomes[result.ok ? "ok" : "rejected"]++;
          if (result.ok && result.message.kind !== "status") {
            // Only fields of the contract survive decoding.
            for (const key of Object.keys(result.message.payload)) {
              expect(FIELD_SET.has(key)).toBe(true);
            }
            const ts = result.message.payload.ts;
            if (ts !== undefined && result.message.tsTrusted) {
              expect(result.message.at).toBe(Date.parse(ts));
            }
          }
        },
      ),
      { numRuns: 1000 },
    );
    // Guards the generator: both outcomes must actually be exercised.
    expect(outcomes.ok).toBeGreaterThan(0);
    expect(outcomes.rejected).toBeGreaterThan(0);
  });
});

/** A valid payload of each kind, built from generated field values. */
const validPayload: fc.Arbitrary<[JsonKind, Record<string, unknown>]> = fc.oneof(
  fc
    .record({
      id: fc.string({ minLength: 1, maxLength: 64 }),
      asset: fc.string({ minLength: 1, maxLength: 64 }),
      fault: fc.constantFrom(...REPORTABLE_FAULTS),
      battery: fc.integer({ min: 0, max: 100 }),
    })
    .map((p): [JsonKind, Record<string, unknown>] => ["health", { ...p, state: "fault" }]),
  fc
    .record({
      id: fc.string({ minLength: 1, maxLength: 64 }),
      asset: fc.string({ minLength: 1, maxLength: 64 }),
      fault: fc.constantFrom(...REPORTABLE_FAULTS),
      source: fc.constantFrom("staff", "customer"),
      note: fc.string({ maxLength: 280 }),
    })
    .map((p): [JsonKind, Record<string, unknown>] => ["report", p]),
  fc
    .record({
      id: fc.string({ minLength: 1, maxLength: 64 }),
      checkpoint: fc.string({ minLength: 1, maxLength: 64 }),
      result: fc.constantFrom("ok", "defects"),
    })
    .map((p): [JsonKind, Record<string, unknown>] => ["checkin", p]),
  fc
    .record({
      id: fc.string({ minLength: 1, maxLength: 64 }),
      asset: fc.string({ minLength: 1, maxLength: 64 }),
    })
    .map((p): [JsonKind, Record<string, unknown>] => ["resolve", p]),
);

describe("what decodePayload accepts", () => {
  it("is a pure function of its input, and leaves the bytes alone", () => {
    fc.assert(
      fc.property(anyKind, fc.uint8Array({ maxLength: 200 }), receivedAt, (kind, bytes, at) => {
        const copy = Uint8Array.from(bytes);
        const first = decodePayload(kind, bytes, { receivedAt: at });
        expect(decodePayload(kind, bytes, { receivedAt: at })).toEqual(first);
        expect(bytes).toEqual(copy);
      }),
      { numRuns: 300 },
    );
  });

  it("decodes a valid payload, and its own output again to the same thing", () => {
    fc.assert(
      fc.property(validPayload, receivedAt, ([kind, value], at) => {
        const text = JSON.stringify(value);
        const result = decodeChecked(kind, encoder.encode(text), at);
        if (!result.ok) throw new Error(`refused a valid ${kind}: ${result.reason}`);
        // The log keeps what the device sent, not the schema's re-serialisation of it.
        expect(result.text).toBe(text);
        const again = decodePayload(kind, encoder.encode(JSON.stringify(result.message.payload)), {
          receivedAt: at,
        });
        expect(again.ok && again.message).toEqual(result.message);
      }),
      { numRuns: 500 },
    );
  });

  it("trusts a device time up to maxClockAheadMs ahead, and uses the receive time past it", () => {
    const ahead = fc.integer({ min: 0, max: 3_600_000 });
    const offset = fc.integer({ min: -86_400_000, max: 86_400_000 });
    const at = fc.integer({ min: 86_400_000, max: Date.parse("2099-01-01T00:00:00Z") });
    fc.assert(
      fc.property(validPayload, at, offset, fc.option(ahead), ([kind, value], now, delta, max) => {
        const ts = new Date(now + delta).toISOString();
        const options =
          max === null ? { receivedAt: now } : { receivedAt: now, maxClockAheadMs: max };
        const result = decodePayload(
          kind,
          encoder.encode(JSON.stringify({ ...value, ts })),
          options,
        );
        if (!result.ok) throw new Error(`refused a valid ${kind}: ${result.reason}`);
        const trusted = delta <= (max ?? DEFAULT_MAX_CLOCK_AHEAD_MS);
        expect(result.message.tsTrusted).toBe(trusted);
        expect(result.message.at).toBe(trusted ? Date.parse(ts) : now);
      }),
      { numRuns: 500 },
    );
  });

  it("refuses by size exactly above MAX_PAYLOAD_BYTES, counting bytes, not characters", () => {
    const filler = fc.constantFrom("a", "\u00e9", "\u20ac", "\u{1F4A1}");
    fc.assert(
      fc.property(filler, fc.integer({ min: -3, max: 3 }), (char, extra) => {
        // A report whose note brings it to about the limit, in a character of 1 to 4 bytes.
        const base = encoder.encode(JSON.stringify({ ...VALID_BASE.report, note: "" })).length;
        const note = char.repeat(
          Math.ceil((MAX_PAYLOAD_BYTES + extra - base) / encoder.encode(char).length),
        );
        const bytes = encoder.encode(JSON.stringify({ ...VALID_BASE.report, note }));
        const result = decodePayload("report", bytes, { receivedAt: 0 });
        if (bytes.length > MAX_PAYLOAD_BYTES)
          expect(result).toMatchObject({ ok: false, reason: "too_large" });
        else expect(result.ok || result.reason !== "too_large").toBe(true);
      }),
    );
  });

  it("accepts exactly the two status words, with surrounding whitespace", () => {
    const space = fc.constantFrom("", " ", "\n", "\r\n", "\t");
    fc.assert(
      fc.property(space, fc.constantFrom("online", "offline"), space, (before, word, after) => {
        const result = decodePayload("status", encoder.encode(`${before}${word}${after}`), {
          receivedAt: 0,
        });
        expect(result).toMatchObject({ ok: true, message: { payload: word } });
      }),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (text) => {
        fc.pre(!["online", "offline"].includes(text.trim()));
        expect(decodePayload("status", encoder.encode(text), { receivedAt: 0 })).toMatchObject({
          ok: false,
          reason: "bad_status",
        });
      }),
    );
  });

  it("is not fooled by prototype keys or deep nesting", () => {
    const hostile = fc.oneof(
      fc.constantFrom(
        '{"__proto__":{"polluted":1},"id":"x","checkpoint":"c","result":"ok"}',
        '{"constructor":{"prototype":{"polluted":1}},"id":"x","checkpoint":"c","result":"ok"}',
        '{"id":{"toString":"x"},"checkpoint":"c","result":"ok"}',
      ),
      fc.nat({ max: 2000 }).map((depth) => `{"id":${"[".repeat(depth)}${"]".repeat(depth)}}`),
      fc.nat({ max: 700 }).map((depth) => `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`),
    );
    fc.assert(
      fc.property(jsonKind, hostile, (kind, text) => {
        decodeChecked(kind, encoder.encode(text), 0);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
    );
  });
});
