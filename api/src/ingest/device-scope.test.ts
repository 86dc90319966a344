import type { FleetDocumentInput } from "@bulbcheck/shared";
import type { MqttClient } from "mqtt";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { countEvents } from "../store/event-store.ts";
import { hotelFleet, publish, startTestSystem, type TestSystem } from "../testing/test-system.ts";

/**
 * What a device may speak of, through the real broker, ingestion and HTTP: a `resolve`, a
 * `checkin` or a `health` outside the device's scope is kept as a rejected event with its reason,
 * and a staff name a device sends is shown as a claim relayed by it.
 */

const SITE = "hotel-oslo";
const SENSOR = `${SITE}-sensor`;
const PAD = `${SITE}-pad`;
const LOBBY_PAD = `${SITE}-lobby-pad`;
const FLOOR_EYE = `${SITE}-floor-eye`;
const topic = (device: string, kind: string) => `bulbcheck/v1/${SITE}/${device}/${kind}`;

/** The hotel with a lobby beside its elevator, each with a pad that serves its checkpoint. */
function scopedFleet(): FleetDocumentInput {
  const fleet = hotelFleet(SITE);
  const [site] = fleet.sites;
  if (!site?.zones || !site.devices) throw new Error("hotelFleet() has changed");
  site.zones.push({
    id: "lobby",
    name: "Lobby",
    assets: [{ id: "lobby-lamp", name: "Chandelier", category: "lighting" }],
    checkpoints: [
      { id: "lobby-check", name: "Lobby", intervalMinutes: 240, assets: ["lobby-lamp"] },
    ],
  });
  site.devices = [
    { id: SENSOR, kind: "sensor", intervalSeconds: 60, watches: ["elev-a-btn-12", "elev-a-lamp"] },
    { id: FLOOR_EYE, kind: "sensor", intervalSeconds: 60, watches: ["elev-a-floor"] },
    { id: PAD, kind: "button", intervalSeconds: 3600, serves: ["elev-a-check"] },
    { id: LOBBY_PAD, kind: "button", intervalSeconds: 3600, serves: ["lobby-check"] },
  ];
  return fleet;
}

let t: TestSystem;
let clients: Map<string, MqttClient>;

beforeEach(async () => {
  t = await startTestSystem();
  const secrets = await t.provision(scopedFleet());
  clients = new Map();
  for (const id of [SENSOR, FLOOR_EYE, PAD, LOBBY_PAD])
    clients.set(id, await t.connect(id, secrets[id] as string));
});

afterEach(async () => {
  await Promise.all([...(clients?.values() ?? [])].map((c) => c.endAsync()));
  await t?.stop();
});

const client = (id: string) => clients.get(id) as MqttClient;

async function rejections(device: string): Promise<{ reason: string; message: string }[]> {
  return (await t.api("GET", `/api/devices/${device}`)).body.lastRejections;
}

async function openDefects() {
  const response = await t.api("GET", `/api/defects?site=${SITE}&status=unresolved`);
  return response.body.items as { id: number; asset: string; fault: string }[];
}

describe("a device's scope", () => {
  it("refuses a resolve outside a button's checkpoints as out_of_scope, and leaves the defect open", async () => {
    await publish(client(LOBBY_PAD), topic(LOBBY_PAD, "report"), {
      id: "r-1",
      asset: "lobby-lamp",
      fault: "bulb_out",
      source: "staff",
    });
    // The elevator pad may resolve what the elevator's checkpoint covers, not the lobby's lamp.
    await publish(client(PAD), topic(PAD, "resolve"), { id: "x-1", asset: "lobby-lamp" });
    expect((await openDefects()).map((d) => d.asset)).toEqual(["lobby-lamp"]);
    const [refused] = await rejections(PAD);
    expect(refused).toMatchObject({ reason: "out_of_scope" });
    expect(refused?.message).toMatch(/may not resolve lobby-lamp/);
    expect(refused).toMatchObject({
      params: {
        case: "not_watched",
        device: PAD,
        kind: "button",
        what: "resolve",
        target: "lobby-lamp",
      },
    });
    expect(countEvents(t.system.db, PAD)).toBe(0);

    await publish(client(LOBBY_PAD), topic(LOBBY_PAD, "resolve"), {
      id: "x-2",
      asset: "lobby-lamp",
    });
    expect(await openDefects()).toEqual([]);
    const health = await t.api("GET", "/api/health");
    expect(health.body.ingest.rejectedByReason).toEqual({ out_of_scope: 1 });
  });

  it("refuses a resolve of another device's device_offline", async () => {
    // The floor sensor says it is going away (as its last will would): the system raises it.
    await publish(client(FLOOR_EYE), topic(FLOOR_EYE, "status"), "offline");
    const offline = async () =>
      (await openDefects()).filter((d) => d.fault === "device_offline").map((d) => d.asset);
    expect(await offline()).toEqual([FLOOR_EYE]);
    await publish(client(PAD), topic(PAD, "resolve"), { id: "x-1", asset: FLOOR_EYE });
    expect(await offline()).toEqual([FLOOR_EYE]);
    expect((await rejections(PAD))[0]).toMatchObject({ reason: "out_of_scope" });
  });

  it("refuses a check-in from a sensor, and at a checkpoint the button does not serve", async () => {
    await publish(client(SENSOR), topic(SENSOR, "checkin"), {
      id: "c-1",
      checkpoint: "elev-a-check",
      result: "ok",
    });
    await publish(client(PAD), topic(PAD, "checkin"), {
      id: "c-2",
      checkpoint: "lobby-check",
      result: "ok",
    });
    expect((await rejections(SENSOR))[0]?.reason).toBe("out_of_scope");
    expect((await rejections(PAD))[0]?.reason).toBe("out_of_scope");
    const checkpoints = async () => {
      const site = await t.api("GET", `/api/sites/${SITE}`);
      return (site.body.zones as { checkpoints: { id: string; lastCheckedAt: string | null }[] }[])
        .flatMap((z) => z.checkpoints)
        .filter((c) => c.lastCheckedAt !== null)
        .map((c) => c.id);
    };
    expect(await checkpoints()).toEqual([]);
    await publish(client(PAD), topic(PAD, "checkin"), {
      id: "c-3",
      checkpoint: "elev-a-check",
      result: "ok",
    });
    expect(await checkpoints()).toEqual(["elev-a-check"]);
  });

  it("refuses a sensor's health about what it does not watch, so that its ok clears nothing", async () => {
    await publish(client(FLOOR_EYE), topic(FLOOR_EYE, "health"), {
      id: "h-1",
      asset: "elev-a-floor",
      state: "fault",
      fault: "dirty",
    });
    await publish(client(SENSOR), topic(SENSOR, "health"), {
      id: "h-2",
      asset: "elev-a-floor",
      state: "ok",
    });
    expect((await openDefects()).map((d) => d.fault)).toEqual(["dirty"]);
    expect((await rejections(SENSOR))[0]).toMatchObject({ reason: "out_of_scope" });
    expect((await rejections(SENSOR))[0]?.message).toMatch(/send health about elev-a-floor/);
  });

  it("lets a device with no scope named act on what its site provisions, and nothing else", async () => {
    const secrets = await t.provision({
      sites: [
        {
          id: SITE,
          name: "Hotel Oslo Sentrum",
          timezone: "Europe/Oslo",
          devices: [{ id: "spare-pad", kind: "button", intervalSeconds: 3600 }],
        },
      ],
    });
    const spare = await t.connect("spare-pad", secrets["spare-pad"] as string);
    clients.set("spare-pad", spare);
    const at = (kind: string) => topic("spare-pad", kind);
    // A report on an asset nobody provisioned is kept (unplaced); resolving it is not its to do.
    await publish(spare, at("report"), {
      id: "r-1",
      asset: "lobby-sign",
      fault: "signage",
      source: "staff",
    });
    await publish(spare, at("resolve"), { id: "x-1", asset: "lobby-sign" });
    await publish(spare, at("report"), {
      id: "r-2",
      asset: "lobby-lamp",
      fault: "bulb_out",
      source: "staff",
    });
    await publish(spare, at("resolve"), { id: "x-2", asset: "lobby-lamp" });
    await publish(spare, at("checkin"), { id: "c-1", checkpoint: "lobby-check", result: "ok" });
    await publish(spare, at("checkin"), { id: "c-2", checkpoint: "made-up", result: "ok" });
    expect((await openDefects()).map((d) => d.asset)).toEqual(["lobby-sign"]);
    expect((await rejections("spare-pad")).map((r) => r.reason)).toEqual([
      "out_of_scope",
      "out_of_scope",
    ]);
  });
});

describe("a staff name a device sends", () => {
  it("is a claim relayed by the device on the timeline and the defect, not a person who signed in", async () => {
    await publish(client(PAD), topic(PAD, "report"), {
      id: "r-1",
      asset: "elev-a-floor",
      fault: "spill",
      source: "staff",
    });
    await publish(client(PAD), topic(PAD, "resolve"), {
      id: "x-1",
      asset: "elev-a-floor",
      staff: "admin",
    });
    const [defect] = (await t.api("GET", `/api/defects?site=${SITE}&status=resolved`)).body.items;
    const via = { device: PAD, kind: "button" };
    expect(defect).toMatchObject({ resolvedBy: "admin", resolvedVia: via });
    const detail = await t.api("GET", `/api/defects/${defect.id}`);
    const entries = detail.body.timeline as { type: string; actor: string; via: unknown }[];
    expect(entries.map((e) => [e.type, e.actor, e.via])).toEqual([
      ["opened", PAD, null],
      ["report", PAD, null],
      ["resolved", "admin", via],
    ]);

    // A resolve without a name is the device's own; a signed-in person's is theirs alone.
    await publish(client(PAD), topic(PAD, "report"), {
      id: "r-2",
      asset: "elev-a-btn-12",
      fault: "bulb_out",
      source: "staff",
    });
    const [open] = await openDefects();
    const kari = await t.user({ username: "kari", role: "staff", displayName: "Kari" });
    await t.api("POST", `/api/defects/${open?.id}/resolve`, { token: kari.token });
    const rest = await t.api("GET", `/api/defects/${open?.id}`);
    expect(rest.body).toMatchObject({ resolvedBy: "Kari", resolvedVia: null });
    expect(rest.body.timeline.at(-1)).toMatchObject({ actor: "Kari", via: null });
  });
});
