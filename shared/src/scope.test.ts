import { describe, expect, it } from "vitest";
import { type DecodedMessage, decodePayload } from "./decode.ts";
import {
  coversAsset,
  coversCheckpoint,
  deviceScope,
  type ScopeSite,
  scopeProblem,
} from "./scope.ts";
import type { MessageKind } from "./topics.ts";

/** A site with two zones' worth of assets and checkpoints, and an asset only met in an event. */
const CHECKPOINTS: Record<string, string[]> = {
  "elev-check": ["elev-lamp", "elev-floor"],
  "lobby-check": ["lobby-lamp"],
};
const PROVISIONED = new Set(["elev-lamp", "elev-floor", "lobby-lamp", "lobby-sign"]);
const site: ScopeSite = {
  provisionsAsset: (a) => PROVISIONED.has(a),
  hasCheckpoint: (c) => c in CHECKPOINTS,
};
const assetsOf = (c: string) => CHECKPOINTS[c] ?? [];

function message(kind: MessageKind, payload: object): DecodedMessage {
  const decoded = decodePayload(kind, Buffer.from(JSON.stringify({ id: "m-1", ...payload })), {
    receivedAt: 0,
  });
  if (!decoded.ok) throw new Error(decoded.message);
  return decoded.message;
}

const resolveOf = (asset: string) => message("resolve", { asset });
const checkinAt = (checkpoint: string) => message("checkin", { checkpoint, result: "ok" });
const healthOf = (asset: string) => message("health", { asset, state: "ok" });

describe("a device's scope", () => {
  it("gives a button the checkpoints it serves and the assets they cover", () => {
    const scope = deviceScope({ kind: "button", watches: [], serves: ["elev-check"] }, assetsOf);
    expect(scope).toEqual({
      assets: new Set(["elev-lamp", "elev-floor"]),
      checkpoints: new Set(["elev-check"]),
    });
    const pad = { id: "elev-pad", kind: "button" as const };
    expect(scopeProblem(pad, scope, resolveOf("elev-floor"), site)).toBeUndefined();
    expect(scopeProblem(pad, scope, checkinAt("elev-check"), site)).toBeUndefined();
    expect(scopeProblem(pad, scope, resolveOf("lobby-lamp"), site)?.message).toMatch(
      /elev-pad may not resolve lobby-lamp/,
    );
    expect(scopeProblem(pad, scope, checkinAt("lobby-check"), site)?.message).toMatch(
      /may not check in at lobby-check/,
    );
  });

  it("gives a sensor what it watches, and no check-in anywhere", () => {
    const scope = deviceScope({ kind: "sensor", watches: ["elev-lamp"] }, assetsOf);
    const sensor = { id: "elev-sensor", kind: "sensor" as const };
    expect(scopeProblem(sensor, scope, healthOf("elev-lamp"), site)).toBeUndefined();
    expect(scopeProblem(sensor, scope, healthOf("elev-floor"), site)?.message).toMatch(
      /may not send health about elev-floor/,
    );
    expect(scopeProblem(sensor, scope, resolveOf("elev-floor"), site)?.message).toMatch(
      /may not resolve/,
    );
    expect(scopeProblem(sensor, scope, checkinAt("elev-check"), site)?.message).toMatch(
      /is a sensor/,
    );
    // What the dashboard writes the refusal from, in the reader's language.
    expect(scopeProblem(sensor, scope, checkinAt("elev-check"), site)?.params).toEqual({
      case: "sensor_checkin",
      device: sensor.id,
      kind: "sensor",
      what: "checkin",
      target: "elev-check",
    });
    // Even one provisioned with no list at all.
    const bare = deviceScope({ kind: "sensor", watches: [] }, assetsOf);
    expect(scopeProblem(sensor, bare, checkinAt("elev-check"), site)?.message).toMatch(
      /is a sensor/,
    );
  });

  it("defaults to what its site provisions: placed assets and every checkpoint, nothing else", () => {
    const scope = deviceScope({ kind: "button", watches: [] }, assetsOf);
    expect(scope).toEqual({ assets: null, checkpoints: null });
    expect(coversAsset(scope, "lobby-sign", site)).toBe(true);
    expect(coversCheckpoint(scope, "lobby-check", site)).toBe(true);
    // Not an asset only met in an event, not a device (its device_offline), not a checkpoint.
    for (const asset of ["met-in-an-event", "elev-sensor", "elev-check"])
      expect(coversAsset(scope, asset, site)).toBe(false);
    expect(coversCheckpoint(scope, "no-such-check", site)).toBe(false);
  });

  it("lets a button that serves nothing only report", () => {
    const scope = deviceScope({ kind: "button", watches: [], serves: [] }, assetsOf);
    const feedback = { id: "lobby-feedback", kind: "button" as const };
    expect(scopeProblem(feedback, scope, resolveOf("lobby-lamp"), site)).toBeDefined();
    expect(scopeProblem(feedback, scope, checkinAt("lobby-check"), site)).toBeDefined();
    const report = message("report", { asset: "anything", fault: "dirty", source: "customer" });
    expect(scopeProblem(feedback, scope, report, site)).toBeUndefined();
  });
});
