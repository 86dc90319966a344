import type { FleetDocumentInput, ReportLabels } from "@bulbcheck/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hotelFleet, startTestSystem, type TestSystem } from "../testing/test-system.ts";

/**
 * A site's QR labels in one call, `GET /api/sites/{site}/report-keys`: the codes of the assets
 * customers see, as the one-asset route makes them, joined to the public address.
 */

const OSLO = "hotel-oslo";
const BERGEN = "hotel-bergen";
const PUBLIC_URL = "https://bulbcheck.example.com";

let t: TestSystem;
let as: { manager: string; bergenManager: string; staff: string };

function fleet(): FleetDocumentInput {
  const oslo = hotelFleet(OSLO);
  oslo.sites[0]?.zones?.push({
    id: "lobby",
    name: "Lobby",
    assets: [
      { id: "lobby-soap", name: "Soap dispenser", category: "supplies", customerVisible: true },
      { id: "lobby-sign", name: "Welcome sign", category: "signage", customerVisible: true },
      { id: "lobby-lamp", name: "Lobby lamp", category: "lighting", customerVisible: false },
    ],
  });
  return { sites: [...oslo.sites, ...hotelFleet(BERGEN).sites] };
}

const path = (query: string) => `/api/sites/${OSLO}/report-keys${query}`;
const labels = (query = "", token?: string) => t.api<ReportLabels>("GET", path(query), { token });
/** For the refusals: the error body, not the labels. */
const refusal = (query = "", token?: string) => t.api("GET", path(query), { token });

beforeAll(async () => {
  t = await startTestSystem({ notify: { publicUrl: PUBLIC_URL } });
  await t.provision(fleet());
  // Retired, its printed codes stop opening: no label for it either.
  const retired = await t.api("PATCH", `/api/sites/${OSLO}/assets/lobby-sign`, {
    body: { retired: true },
  });
  expect(retired.status).toBe(200);
  as = {
    manager: (await t.user({ username: "mona", role: "manager", sites: [OSLO] })).token,
    bergenManager: (await t.user({ username: "bjorn", role: "manager", sites: [BERGEN] })).token,
    staff: (await t.user({ username: "kari", role: "staff", sites: [OSLO] })).token,
  };
});

afterAll(async () => {
  await t?.stop();
});

describe("GET /api/sites/{site}/report-keys", () => {
  it("gives every customer-visible asset in service, by zone, with the key the asset's own route gives", async () => {
    const answer = await labels("", as.manager);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ site: OSLO, zone: null, publicUrl: PUBLIC_URL });
    expect(answer.body.items.map((l) => [l.zone, l.asset])).toEqual([
      [
        { id: "elevator-a", name: "Elevator A" },
        { id: "elev-a-btn-12", name: "Button 12 light" },
      ],
      [
        { id: "elevator-a", name: "Elevator A" },
        { id: "elev-a-floor", name: "Elevator A floor" },
      ],
      [
        { id: "lobby", name: "Lobby" },
        { id: "lobby-soap", name: "Soap dispenser" },
      ],
    ]);
    for (const label of answer.body.items) {
      const one = await t.api("GET", `/api/sites/${OSLO}/assets/${label.asset.id}/report-key`);
      expect(one.body).toEqual({
        site: OSLO,
        asset: label.asset.id,
        key: label.key,
        path: label.path,
        url: label.url,
      });
      expect(label.url).toBe(`${PUBLIC_URL}${label.path}`);
      const target = await t.api(
        "GET",
        `/api/report-targets/${OSLO}/${label.asset.id}?key=${encodeURIComponent(label.key)}`,
        { token: null },
      );
      expect(target.status).toBe(200);
    }
  });

  it("narrows to one zone with ?zone=, and says which zone does not exist", async () => {
    const lobby = await labels("?zone=lobby");
    expect(lobby.status).toBe(200);
    expect(lobby.body.zone).toBe("lobby");
    expect(lobby.body.items.map((l) => l.asset.id)).toEqual(["lobby-soap"]);
    const unknown = await refusal("?zone=cellar");
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toContain("zone hotel-oslo/cellar");
    const bad = await refusal("?zone=Not%20An%20Id");
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain("zone");
  });

  it("gives the new key of a revoked asset and the same keys of the others", async () => {
    const before = (await labels()).body.items;
    const revoked = await t.api("POST", `/api/sites/${OSLO}/assets/elev-a-floor/report-key`, {
      token: as.manager,
    });
    expect(revoked.status).toBe(200);
    const after = (await labels()).body.items;
    for (const [i, label] of after.entries()) {
      if (label.asset.id === "elev-a-floor") {
        expect(label.key).toBe(revoked.body.key);
        expect(label.key).not.toBe(before[i]?.key);
      } else expect(label.key).toBe(before[i]?.key);
    }
  });

  it("is for managers of the site: staff are refused, another site's manager finds nothing", async () => {
    expect((await refusal("", as.staff)).status).toBe(403);
    const other = await refusal("", as.bergenManager);
    expect(other.status).toBe(404);
    expect(other.body.error.code).toBe("not_found");
    const unknown = await t.api("GET", "/api/sites/no-such-site/report-keys");
    expect(unknown.status).toBe(404);
    expect(other.body.error.message).toBe(unknown.body.error.message.replace("no-such-site", OSLO));
  });
});

describe("without BULBCHECK_PUBLIC_URL", () => {
  it("gives the paths but no links: nothing says where people reach the dashboard", async () => {
    const bare = await startTestSystem();
    try {
      await bare.provision(hotelFleet(OSLO));
      const answer = await bare.api<ReportLabels>("GET", `/api/sites/${OSLO}/report-keys`);
      expect(answer.status).toBe(200);
      expect(answer.body.publicUrl).toBeNull();
      expect(answer.body.items).toHaveLength(2);
      for (const label of answer.body.items) {
        expect(label.url).toBeNull();
        expect(label.path).toBe(`/r/${OSLO}/${label.asset.id}?k=${encodeURIComponent(label.key)}`);
      }
      const one = await bare.api("GET", `/api/sites/${OSLO}/assets/elev-a-floor/report-key`);
      expect(one.body.url).toBeNull();
    } finally {
      await bare.stop();
    }
  });
});
