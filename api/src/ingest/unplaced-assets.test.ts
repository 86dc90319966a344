import type { MqttClient } from "mqtt";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MAX_UNPLACED_ASSETS_PER_SITE } from "../store/registry-store.ts";
import { hotelFleet, publish, startTestSystem, type TestSystem } from "../testing/test-system.ts";

/**
 * What devices may create: an asset nobody provisioned is kept (unplaced) under a normalised id
 * with nothing invisible or reordering in it, up to a cap per site; what is refused is kept as
 * a rejected event with its reason and counted.
 */

const SITE = "hotel-oslo";
const PAD = `${SITE}-pad`;
const topic = `bulbcheck/v1/${SITE}/${PAD}/report`;

let t: TestSystem;
let pad: MqttClient;

beforeEach(async () => {
  t = await startTestSystem();
  const secrets = await t.provision(hotelFleet(SITE));
  pad = await t.connect(PAD, secrets[PAD] as string);
});

afterEach(async () => {
  await pad?.endAsync();
  await t?.stop();
});

const report = (id: string, asset: string, extra: object = {}) =>
  publish(pad, topic, { id, asset, fault: "other", source: "customer", ...extra });

async function unplacedAssets(): Promise<{ id: string; name: string }[]> {
  const site = await t.api("GET", `/api/sites/${SITE}`);
  return site.body.zones.find((z: { id: string }) => z.id === "unplaced")?.assets ?? [];
}

async function rejectedByReason(): Promise<Record<string, number>> {
  return (await t.api("GET", "/api/health")).body.ingest.rejectedByReason;
}

describe("assets a device names", () => {
  it("are normalised to NFC, and refused with control, bidi or zero-width characters", async () => {
    await report("r-1", "caf\u00e9-sign");
    await report("r-2", "cafe\u0301-sign");
    await report("r-3", "lamp\r\nX-Injected: 1");
    await report("r-4", "\u202eftel-pmal");
    await report("r-5", "lamp\u200b");
    await report("r-6", "elev-a-floor", { note: "wiped \u2067up\u2069" });
    // One asset for the two spellings of one name; nothing of the others.
    expect(await unplacedAssets()).toEqual([
      expect.objectContaining({ id: "caf\u00e9-sign", name: "caf\u00e9-sign" }),
    ]);
    const device = await t.api("GET", `/api/devices/${PAD}`);
    expect(device.body.rejected).toBe(4);
    expect(device.body.lastRejections.map((r: { reason: string }) => r.reason)).toEqual([
      "bad_field:note",
      "bad_field:asset",
      "bad_field:asset",
      "bad_field:asset",
    ]);
    expect(await rejectedByReason()).toEqual({ "bad_field:asset": 3, "bad_field:note": 1 });
  });

  it("are capped per site: past the cap a new one is refused, one already met is still taken", async () => {
    await Promise.all(
      Array.from({ length: MAX_UNPLACED_ASSETS_PER_SITE }, (_, i) => report(`r-${i}`, `junk-${i}`)),
    );
    expect(await unplacedAssets()).toHaveLength(MAX_UNPLACED_ASSETS_PER_SITE);
    await report("r-over", "one-too-many");
    await report("r-again", "junk-7", { fault: "dirty" });
    // A provisioned asset is never an unplaced one: the cap does not touch it.
    await report("r-known", "elev-a-floor");
    expect(await unplacedAssets()).toHaveLength(MAX_UNPLACED_ASSETS_PER_SITE);
    const device = await t.api("GET", `/api/devices/${PAD}`);
    expect(device.body.lastRejections[0]).toMatchObject({ reason: "unplaced_limit" });
    expect(device.body.lastRejections[0].message).toMatch(/one-too-many is not provisioned/);
    expect(device.body.lastRejections[0].params).toEqual({
      asset: "one-too-many",
      site: expect.any(String),
      limit: MAX_UNPLACED_ASSETS_PER_SITE,
    });
    expect(device.body.events).toBe(MAX_UNPLACED_ASSETS_PER_SITE + 2);
    expect(await rejectedByReason()).toEqual({ unplaced_limit: 1 });

    // The same cap holds for a report over REST.
    const rest = await t.api("POST", "/api/defects", {
      body: { site: SITE, asset: "rest-junk", fault: "other" },
    });
    expect(rest.status).toBe(409);
    expect(rest.body.error.code).toBe("unplaced_limit");
    // Placing them in a fleet document makes room again.
    const fleet = hotelFleet(SITE);
    fleet.sites[0]?.zones?.push({
      id: "found",
      name: "Found",
      assets: [{ id: "junk-0", name: "Junk 0", category: "other" }],
    });
    await t.provision(fleet);
    await report("r-room", "one-too-many");
    expect(await unplacedAssets()).toHaveLength(MAX_UNPLACED_ASSETS_PER_SITE);
    expect((await unplacedAssets()).map((a) => a.id)).toContain("one-too-many");
  });
});
