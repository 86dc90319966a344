import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CAUSE_LABELS, causesOf, isCauseOf, RESOLUTION_CAUSES } from "./causes.ts";
import {
  assign,
  hold,
  isRecurrence,
  reopen,
  sameAssignee,
  UNDO_WINDOW_MS,
  undoResolve,
} from "./defect-work.ts";
import { ASSET_CATEGORIES } from "./faults.ts";
import {
  type AssetRef,
  acknowledge,
  DEFAULT_DUE_POLICY,
  type Defect,
  isOverdue,
  isUnresolved,
  openDefect,
  resolve,
} from "./rules.ts";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = Date.parse("2026-12-01T08:00:00.000Z");
const lamp: AssetRef = {
  site: "hotel-oslo",
  zone: "lobby",
  asset: "lamp-1",
  customerVisible: false,
};

function open(at = T0): Defect {
  return openDefect(lamp, { fault: "bulb_out", source: "sensor", reporter: "s1", at });
}

function ok<T>(result: { ok: true; defect: T } | { ok: false; reason: string }): T {
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result.defect;
}

describe("assign", () => {
  it("assigns, reassigns and unassigns an unresolved defect, refusing the same assignee", () => {
    const kari = ok(assign(open(), { user: 1 }, { at: T0 + 1, by: "Mona" }));
    expect(kari).toMatchObject({ assignee: { user: 1 }, assignedAt: T0 + 1, assignedBy: "Mona" });
    expect(assign(kari, { user: 1 }, { at: T0 + 2, by: "Mona" })).toEqual({
      ok: false,
      reason: "already_assigned",
    });
    const team = ok(assign(kari, { team: "staff" }, { at: T0 + 3, by: "Mona" }));
    expect(team.assignee).toEqual({ team: "staff" });
    expect(ok(assign(team, null, { at: T0 + 4, by: "Mona" }))).toMatchObject({
      assignee: null,
      assignedAt: null,
      assignedBy: null,
    });
    const done = ok(resolve(team, { at: T0 + 5, by: "Kari" }));
    expect(assign(done, { user: 2 }, { at: T0 + 6, by: "Mona" })).toEqual({
      ok: false,
      reason: "already_resolved",
    });
  });

  it("tells assignees apart by kind and id", () => {
    expect(sameAssignee({ user: 1 }, { user: 1 })).toBe(true);
    expect(sameAssignee({ user: 1 }, { user: 2 })).toBe(false);
    expect(sameAssignee({ team: "staff" }, { user: 1 })).toBe(false);
    expect(sameAssignee(null, null)).toBe(true);
    expect(sameAssignee({ team: "manager" }, null)).toBe(false);
  });
});

describe("hold", () => {
  it("waits with a reason until a new due time, and is overdue only after it", () => {
    const held = ok(
      hold(open(), { reason: "parts", dueAt: T0 + 3 * DAY }, { at: T0 + HOUR, by: "Kari" }),
    );
    expect(held).toMatchObject({
      status: "on_hold",
      hold: { reason: "parts", since: T0 + HOUR, by: "Kari" },
      dueAt: T0 + 3 * DAY,
    });
    expect(isUnresolved(held)).toBe(true);
    expect(isOverdue(held, T0 + 2 * DAY)).toBe(false);
    expect(isOverdue(held, T0 + 4 * DAY)).toBe(true);
    expect(hold(open(), { reason: "parts", dueAt: T0 }, { at: T0 + 1, by: "Kari" })).toEqual({
      ok: false,
      reason: "due_in_past",
    });
    const resumed = ok(acknowledge(held, { at: T0 + 2 * HOUR, by: "Per" }));
    expect(resumed).toMatchObject({ status: "acknowledged", hold: null, acknowledgedBy: "Per" });
  });
});

describe("reopen and undo", () => {
  it("reopens a resolved defect open and due again, counting reopens", () => {
    const acked = ok(acknowledge(open(), { at: T0 + HOUR, by: "Kari" }));
    const done = ok(resolve(acked, { at: T0 + 2 * HOUR, by: "Kari" }, "bulb_replaced"));
    expect(done).toMatchObject({ cause: "bulb_replaced", resolvedFrom: "acknowledged" });
    const again = ok(reopen(done, { at: T0 + 5 * HOUR, by: "Per" }));
    expect(again).toMatchObject({
      status: "open",
      acknowledgedAt: null,
      resolvedAt: null,
      cause: null,
      reopens: 1,
      dueAt: T0 + 5 * HOUR + DEFAULT_DUE_POLICY.medium,
    });
    expect(reopen(again, { at: T0 + 6 * HOUR, by: "Per" })).toEqual({
      ok: false,
      reason: "not_resolved",
    });
  });

  it("undoes a resolve back to exactly where it was, by its resolver within the window", () => {
    const held = ok(hold(open(), { reason: "parts", dueAt: T0 + DAY }, { at: T0 + 1, by: "Kari" }));
    const done = ok(resolve(held, { at: T0 + HOUR, by: "Kari" }));
    expect(undoResolve(done, { at: T0 + HOUR + 1, by: "Per" })).toEqual({
      ok: false,
      reason: "undo_by_other",
    });
    expect(undoResolve(done, { at: T0 + HOUR + UNDO_WINDOW_MS + 1, by: "Kari" })).toEqual({
      ok: false,
      reason: "undo_expired",
    });
    expect(ok(undoResolve(done, { at: T0 + HOUR + UNDO_WINDOW_MS, by: "Kari" }))).toEqual(held);
  });

  it("undo after any sequence of work returns the defect as it was before the resolve", () => {
    const step = fc.oneof(
      fc.record({ kind: fc.constant("ack" as const) }),
      fc.record({ kind: fc.constant("assign" as const), user: fc.integer({ min: 1, max: 3 }) }),
      fc.record({ kind: fc.constant("hold" as const), days: fc.integer({ min: 1, max: 5 }) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 8 }), (steps) => {
        let defect = open();
        let at = T0;
        for (const s of steps) {
          at += HOUR;
          const actor = { at, by: "Kari" };
          const result =
            s.kind === "ack"
              ? acknowledge(defect, actor)
              : s.kind === "assign"
                ? assign(defect, { user: s.user }, actor)
                : hold(defect, { reason: "parts", dueAt: at + s.days * DAY }, actor);
          if (result.ok) defect = result.defect;
        }
        const done = ok(resolve(defect, { at: at + 1, by: "Kari" }, "other"));
        expect(ok(undoResolve(done, { at: at + 2, by: "Kari" }))).toEqual(defect);
      }),
    );
  });
});

describe("recurrence", () => {
  it("is a fault back within the days after its resolve, not before it or later", () => {
    const done = ok(resolve(open(), { at: T0, by: "Kari" }));
    expect(isRecurrence(done, T0 + 2 * DAY, 7)).toBe(true);
    expect(isRecurrence(done, T0 + 7 * DAY, 7)).toBe(true);
    expect(isRecurrence(done, T0 + 7 * DAY + 1, 7)).toBe(false);
    expect(isRecurrence(done, T0 - 1, 7)).toBe(false);
    expect(isRecurrence(open(), T0 + DAY, 7)).toBe(false);
    expect(isRecurrence(undefined, T0, 7)).toBe(false);
  });
});

describe("causes", () => {
  it("has a labelled list with `other` for every category", () => {
    for (const category of [...ASSET_CATEGORIES, "system"] as const) {
      expect(causesOf(category)).toContain("other");
      for (const cause of RESOLUTION_CAUSES[category]) expect(CAUSE_LABELS[cause]).toBeTruthy();
    }
    expect(isCauseOf("lighting", "bulb_replaced")).toBe(true);
    expect(isCauseOf("lighting", "refilled")).toBe(false);
  });
});
