import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type DecodeResult, decodePayload } from "./decode.ts";
import { FAULT_CATALOG, type Fault, REPORTABLE_FAULTS, SYSTEM_FAULTS } from "./faults.ts";
import { ID_PATTERN } from "./ids.ts";
import {
  type AssetRef,
  acknowledge,
  applyReport,
  DEFAULT_DUE_POLICY,
  DEFECT_SOURCES,
  type Defect,
  type DefectStatus,
  isClearedByResolve,
  MAX_REPORTERS,
  resolve,
  severityOf,
} from "./rules.ts";
import { MESSAGE_KINDS, type MessageKind } from "./topics.ts";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const T0 = Date.parse("2025-03-01T08:00:00.000Z");
const encoder = new TextEncoder();

// ---------------------------------------------------------------------------------------------
// (a) decodePayload never throws, and every refusal is one of the documented reasons.
// ---------------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------------
// (b) Model test: random reports, acknowledgements and resolutions keep the defect invariants.
// ---------------------------------------------------------------------------------------------

const ASSETS: readonly AssetRef[] = [
  { site: "hotel-oslo", zone: "lobby", asset: "lamp-1", customerVisible: false },
  { site: "hotel-oslo", zone: "elevator-a", asset: "btn-12", customerVisible: true },
  // Same asset id at another site: the site is part of the key.
  { site: "store-bergen", zone: "entrance", asset: "lamp-1", customerVisible: true },
];
const MODEL_FAULTS: readonly Fault[] = ["bulb_out", "spill", "flicker"];

type Op =
  | {
      type: "report";
      asset: number;
      fault: Fault;
      source: (typeof DEFECT_SOURCES)[number];
      reporter: string;
      at: number;
    }
  | { type: "ack"; asset: number; fault: Fault; at: number; by: string }
  | { type: "resolve"; asset: number; fault: Fault | undefined; at: number; by: string };

const assetIndex = fc.nat({ max: ASSETS.length - 1 });
const modelFault = fc.constantFrom(...MODEL_FAULTS);
const time = fc.integer({ min: T0, max: T0 + 5 * DAY });
const person = fc.constantFrom("anna", "bo", "kari", "ola");

/** Operations on the given assets and faults, mixed by (integer) weight. */
function operations(
  assets: fc.Arbitrary<number>,
  faults: fc.Arbitrary<Fault>,
  weights: { report: number; ack: number; resolve: number },
): fc.Arbitrary<Op> {
  return fc.oneof(
    {
      weight: weights.report,
      arbitrary: fc.record({
        type: fc.constant("report" as const),
        asset: assets,
        fault: faults,
        source: fc.constantFrom(...DEFECT_SOURCES),
        reporter: fc.constantFrom(...Array.from({ length: 30 }, (_, i) => `reporter-${i}`)),
        at: time,
      }),
    },
    {
      weight: weights.ack,
      arbitrary: fc.record({
        type: fc.constant("ack" as const),
        asset: assets,
        fault: faults,
        at: time,
        by: person,
      }),
    },
    {
      weight: weights.resolve,
      arbitrary: fc.record({
        type: fc.constant("resolve" as const),
        asset: assets,
        fault: fc.option(faults, { nil: undefined }),
        at: time,
        by: person,
      }),
    },
  );
}

/** One defect as the store holds it, beside what the model expects of it. */
interface Tracked {
  ref: AssetRef;
  defect: Defect;
  /** The model's own view, kept apart from the defect under test. */
  status: DefectStatus;
  wasAcknowledged: boolean;
  reportTimes: number[];
  reporterLog: string[];
  /** The defect as it was when resolved: history must not change afterwards. */
  frozen?: Defect;
}

function sameKey(tracked: Tracked, ref: AssetRef, fault: Fault): boolean {
  return (
    tracked.ref.site === ref.site &&
    tracked.ref.asset === ref.asset &&
    tracked.defect.fault === fault
  );
}

function latest(store: readonly Tracked[], ref: AssetRef, fault: Fault): Tracked | undefined {
  return store.findLast((tracked) => sameKey(tracked, ref, fault));
}

function assetAt(index: number): AssetRef {
  const ref = ASSETS[index];
  if (!ref) throw new Error(`no asset ${index}`);
  return ref;
}

function step(store: Tracked[], operation: Op): void {
  const ref = assetAt(operation.asset);
  if (operation.type === "report") {
    const current = latest(store, ref, operation.fault);
    const result = applyReport(current?.defect, ref, {
      fault: operation.fault,
      source: operation.source,
      reporter: operation.reporter,
      at: operation.at,
    });
    if (current === undefined || current.status === "resolved") {
      expect(result.change).toBe("opened");
      store.push({
        ref,
        defect: result.defect,
        status: "open",
        wasAcknowledged: false,
        reportTimes: [operation.at],
        reporterLog: [operation.reporter],
      });
    } else {
      expect(result.change).toBe("merged");
      current.defect = result.defect;
      current.reportTimes.push(operation.at);
      current.reporterLog.push(operation.reporter);
    }
    return;
  }

  if (operation.type === "ack") {
    const current = latest(store, ref, operation.fault);
    if (current === undefined) return;
    const result = acknowledge(current.defect, { at: operation.at, by: operation.by });
    if (current.status === "resolved") {
      expect(result).toEqual({ ok: false, reason: "already_resolved" });
    } else if (current.status === "acknowledged") {
      expect(result).toEqual({ ok: false, reason: "already_acknowledged" });
    } else {
      if (!result.ok) throw new Error(`acknowledge refused an open defect: ${result.reason}`);
      expect(result.defect.acknowledgedAt).toBe(operation.at);
      expect(result.defect.acknowledgedBy).toBe(operation.by);
      current.defect = result.defect;
      current.status = "acknowledged";
      current.wasAcknowledged = true;
    }
    return;
  }

  // resolve: the engine clears, within the device's site, what isClearedByResolve selects.
  const target = { site: ref.site, asset: ref.asset, fault: operation.fault };
  const selected = store.filter((tracked) => isClearedByResolve(tracked.defect, target));
  const expected = store.filter(
    (tracked) =>
      tracked.ref.site === ref.site &&
      tracked.ref.asset === ref.asset &&
      tracked.status !== "resolved" &&
      (operation.fault === undefined || tracked.defect.fault === operation.fault),
  );
  expect(selected).toEqual(expected);
  for (const tracked of selected) {
    const result = resolve(tracked.defect, { at: operation.at, by: operation.by });
    if (!result.ok) throw new Error(`resolve refused an unresolved defect: ${result.reason}`);
    tracked.defect = result.defect;
    tracked.status = "resolved";
    tracked.frozen = structuredClone(result.defect);
  }
  // Resolving again is refused and changes nothing.
  const again = store.find((tracked) => tracked.status === "resolved");
  if (again) {
    expect(resolve(again.defect, { at: operation.at, by: operation.by })).toEqual({
      ok: false,
      reason: "already_resolved",
    });
  }
}

function checkInvariants(store: readonly Tracked[]): void {
  const unresolvedByKey = new Map<string, number>();
  for (const tracked of store) {
    const { defect, ref } = tracked;
    expect([defect.site, defect.zone, defect.asset]).toEqual([ref.site, ref.zone, ref.asset]);

    // At most one unresolved defect per (site, asset, fault).
    if (defect.status !== "resolved") {
      const key = `${defect.site}\u0000${defect.asset}\u0000${defect.fault}`;
      unresolvedByKey.set(key, (unresolvedByKey.get(key) ?? 0) + 1);
      expect(unresolvedByKey.get(key)).toBe(1);
    }

    // reports >= 1 and equal to the reports merged into it.
    expect(defect.reports).toBeGreaterThanOrEqual(1);
    expect(defect.reports).toBe(tracked.reportTimes.length);
    expect(defect.firstSeenAt).toBe(Math.min(...tracked.reportTimes));
    expect(defect.lastSeenAt).toBe(Math.max(...tracked.reportTimes));
    expect(defect.openedAt).toBe(tracked.reportTimes[0]);
    expect(defect.reporters).toEqual([...new Set(tracked.reporterLog)].slice(0, MAX_REPORTERS));

    // Severity, category and due time follow the catalog and the policy.
    expect(defect.severity).toBe(severityOf(defect.fault, ref.customerVisible));
    expect(defect.category).toBe(FAULT_CATALOG[defect.fault].category);
    expect(defect.dueAt).toBe(defect.openedAt + DEFAULT_DUE_POLICY[defect.severity]);

    // Lifecycle fields are set iff the status says so.
    expect(defect.status).toBe(tracked.status);
    expect(defect.resolvedAt !== null).toBe(defect.status === "resolved");
    expect(defect.resolvedBy !== null).toBe(defect.status === "resolved");
    expect(defect.acknowledgedAt !== null).toBe(tracked.wasAcknowledged);
    expect(defect.acknowledgedBy !== null).toBe(tracked.wasAcknowledged);
    if (defect.status === "acknowledged") expect(defect.acknowledgedAt).not.toBeNull();
    if (defect.status === "open") {
      expect(defect.acknowledgedAt).toBeNull();
      expect(defect.resolvedAt).toBeNull();
    }

    // A resolved defect is history: nothing changes it afterwards.
    if (tracked.frozen) expect(defect).toStrictEqual(tracked.frozen);
  }
}

function runModel(ops: readonly Op[]): void {
  const store: Tracked[] = [];
  for (const operation of ops) {
    step(store, operation);
    checkInvariants(store);
  }
  // Every report landed in exactly one defect.
  const reports = ops.filter((operation) => operation.type === "report").length;
  expect(store.reduce((sum, tracked) => sum + tracked.defect.reports, 0)).toBe(reports);
}

describe("defect lifecycle model", () => {
  it("keeps the invariants through any sequence of reports, acks and resolves", () => {
    const ops = operations(assetIndex, modelFault, { report: 4, ack: 1, resolve: 1 });
    fc.assert(fc.property(fc.array(ops, { maxLength: 80 }), runModel), { numRuns: 500 });
  }, 30_000);

  it("keeps them on one busy defect, past MAX_REPORTERS reporters", () => {
    const ops = operations(fc.constant(0), fc.constant<Fault>("bulb_out"), {
      report: 40,
      ack: 5,
      resolve: 1,
    });
    fc.assert(fc.property(fc.array(ops, { minLength: 40, maxLength: 100 }), runModel), {
      numRuns: 100,
    });
  }, 30_000);
});
