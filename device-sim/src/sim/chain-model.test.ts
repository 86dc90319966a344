import { describe, expect, it } from "vitest";
import { demoFleet } from "../fleet/demo-fleet.ts";
import { simFleetFrom } from "../fleet/sim-fleet.ts";
import { ChainModel, QUIET_BEHAVIOUR, type TimedAction } from "./chain-model.ts";

const START = Date.parse("2026-11-23T08:00:00Z"); // a Monday, stores open at 10 local
const HOUR = 3_600_000;
const demo = demoFleet();
const fleet = simFleetFrom(demo.document, demo.kinds);

function run(seed: number, hours: number): TimedAction[] {
  const model = new ChainModel(fleet, { seed, start: START });
  const out: TimedAction[] = [];
  // Advancing in uneven steps must not change what happens.
  for (let t = START; t < START + hours * HOUR; t += 7 * 60_000 + seed)
    out.push(...model.advance(t));
  out.push(...model.advance(START + hours * HOUR));
  return out;
}

function publishes(actions: TimedAction[], kind?: string) {
  return actions.filter(
    (a) => a.action.type === "publish" && (kind === undefined || a.action.kind === kind),
  );
}

describe("the demo fleet", () => {
  it("is a chain of a few hundred assets with sensors, pads and feedback buttons", () => {
    expect(fleet.sites.map((s) => s.id)).toEqual([
      "hotel-oslo",
      "hotel-bergen",
      "store-stockholm",
      "store-copenhagen",
      "store-helsinki",
      "office-oslo",
    ]);
    const assets = fleet.sites.flatMap((s) => s.assets);
    expect(assets.length).toBeGreaterThan(250);
    expect(
      fleet.sites.every((s) => s.sensors.length > 0 && s.checkpoints.every((c) => c.pad)),
    ).toBe(true);
    expect(fleet.sites.flatMap((s) => s.buttons).some((b) => b.role === "customer")).toBe(true);
    // Every sensed kind is watched; dirt is not something a sensor sees.
    expect(assets.filter((a) => a.kind === "floor").every((a) => a.sensor === undefined)).toBe(
      true,
    );
    expect(
      assets.filter((a) => a.kind === "button_light").every((a) => a.sensor !== undefined),
    ).toBe(true);
  });
});

describe("ChainModel", () => {
  it("gives the same actions for the same seed, however time is advanced", () => {
    const a = run(1, 12);
    const b = new ChainModel(fleet, { seed: 1, start: START });
    const all = b.advance(START + 12 * HOUR);
    expect(a).toEqual(all);
    expect(run(2, 12)).not.toEqual(a);
  });

  it("makes a day that means something: faults, reports, check-ins, fixes, rejects", () => {
    const day = run(7, 24);
    const reports = publishes(day, "report").map(
      (a) => a.action as { payload: Record<string, unknown> },
    );
    const valid = reports.filter((r) => typeof r.payload === "object");
    const sources = new Set(valid.map((r) => r.payload.source));
    expect(sources).toEqual(new Set(["staff", "customer"]));
    const faults = publishes(day, "health").filter(
      (a) =>
        a.action.type === "publish" &&
        typeof a.action.payload === "object" &&
        a.action.payload.state === "fault",
    );
    expect(faults.length).toBeGreaterThan(0);
    expect(publishes(day, "checkin").length).toBeGreaterThan(50);
    expect(publishes(day, "resolve").length).toBeGreaterThan(5);
    expect(day.filter((a) => a.action.type === "ack").length).toBeGreaterThan(5);
    const malformed = publishes(day).filter(
      (a) =>
        a.action.type === "publish" &&
        typeof a.action.payload === "string" &&
        a.action.kind !== "status",
    );
    expect(malformed.length).toBeGreaterThan(0);
    // Unique ids per device: a resend is recognised, a new message never is taken for one.
    const ids = publishes(day).flatMap((a) =>
      a.action.type === "publish" && typeof a.action.payload === "object"
        ? [`${a.action.device}/${a.action.payload.id}`]
        : [],
    );
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("has stores walk no rounds while they are closed", () => {
    const night = new ChainModel(fleet, { seed: 3, start: Date.parse("2026-11-23T00:00:00Z") });
    const actions = night.advance(Date.parse("2026-11-23T06:00:00Z")); // 01:00-07:00 in Stockholm
    const storeCheckins = publishes(actions, "checkin").filter(
      (a) => a.action.type === "publish" && a.action.site.startsWith("store-"),
    );
    expect(storeCheckins).toEqual([]);
    const hotelCheckins = publishes(actions, "checkin").filter(
      (a) => a.action.type === "publish" && a.action.site.startsWith("hotel-"),
    );
    expect(hotelCheckins.length).toBeGreaterThan(0);
  });

  it("plays a script: a sensor sees a dead button light within seconds, a customer reports, staff fix", () => {
    const model = new ChainModel(fleet, { seed: 5, start: START, behaviour: QUIET_BEHAVIOUR });
    model.advance(START + 10_000);
    model.fail(START + 60_000, "hotel-oslo", "elevator-a-btn-12", "bulb_out");
    model.report(START + 5 * 60_000, "hotel-oslo", "elevator-a-call-3", "button_dead", "customer");
    model.fix(START + 30 * 60_000, "hotel-oslo", "elevator-a-btn-12", "kari");
    const actions = model.advance(START + HOUR);
    const seen = publishes(actions).map((a) => {
      const p = a.action as { kind: string; device: string; payload: Record<string, unknown> };
      return [
        Math.round((a.at - START) / 1000),
        p.kind,
        p.device,
        p.payload.asset,
        p.payload.fault ?? p.payload.state,
      ];
    });
    const fault = seen.find((s) => s[1] === "health" && s[4] === "bulb_out");
    expect(fault?.[2]).toBe("hotel-oslo-elevator-a-sensor");
    expect(fault?.[0]).toBeGreaterThanOrEqual(60);
    expect(fault?.[0]).toBeLessThanOrEqual(70);
    expect(seen).toContainEqual([
      300,
      "report",
      expect.stringMatching(/^hotel-oslo-.*-feedback$/),
      "elevator-a-call-3",
      "button_dead",
    ]);
    expect(seen.find((s) => s[1] === "resolve")).toEqual([
      1800,
      "resolve",
      expect.stringMatching(/-pad$/),
      "elevator-a-btn-12",
      "bulb_out",
    ]);
  });

  it("keeps one heartbeat a sensor interval and one alive message a button interval, across reconnects", () => {
    const model = new ChainModel(fleet, { seed: 9, start: START, behaviour: QUIET_BEHAVIOUR });
    const sensor = "hotel-oslo-lobby-sensor";
    const pad = "hotel-oslo-lobby-pad";
    model.advance(START + 10_000);
    model.drop(START + 20_000, sensor);
    model.reconnect(START + 30_000, sensor);
    model.drop(START + 20_000, pad);
    model.reconnect(START + 30_000, pad);
    const actions = model.advance(START + 3 * HOUR);
    const watches = fleet.sites[0]?.sensors.find((s) => s.id === sensor)?.watches.length ?? 0;
    const health = publishes(actions, "health").filter(
      (a) => a.action.type === "publish" && a.action.device === sensor,
    );
    // About 180 one-minute heartbeats over three hours, each reporting every watched asset.
    expect(health.length).toBeLessThanOrEqual(182 * watches);
    expect(health.length).toBeGreaterThanOrEqual(178 * watches);
    const alive = publishes(actions, "status").filter(
      (a) => a.action.type === "publish" && a.action.device === pad,
    );
    expect(alive.length).toBe(1 + 2); // at the reconnect, then an hour and two hours later
  });
});
