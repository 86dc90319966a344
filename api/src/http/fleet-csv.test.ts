import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  eventually,
  hotelFleet,
  publish,
  startTestSystem,
  type TestSystem,
} from "../testing/test-system.ts";

/**
 * The fleet in and out as files, through the real HTTP API and store: the template, a preview
 * that writes nothing, an import that writes all or nothing, the secrets it hands out once, and
 * an export that imports back as it was.
 */

let t: TestSystem;

beforeEach(async () => {
  t = await startTestSystem();
});

afterEach(async () => {
  await t?.stop();
});

const csv = (text: string, query = "") =>
  t.api("POST", `/api/fleet/import${query}`, {
    rawBody: text,
    headers: { "content-type": "text/csv; charset=utf-8" },
  });

describe("the template", () => {
  it("downloads, previews as all created without writing, then imports and its devices connect", async () => {
    const template = await t.api("GET", "/api/fleet/template.csv");
    expect(template.status).toBe(200);
    expect(template.headers.get("content-disposition")).toMatch(/attachment; filename=".*\.csv"/);
    const text = template.body as string;

    const preview = await csv(text, "?dryRun=1");
    expect(preview.status).toBe(200);
    expect(preview.body.dryRun).toBe(true);
    expect(preview.body.errors).toEqual([]);
    expect(preview.body.counts.created).toBe(preview.body.counts.rows);
    expect(preview.body.secrets).toEqual([]);
    expect((await t.api("GET", "/api/sites")).body.items).toEqual([]);

    const done = await csv(text);
    expect(done.status).toBe(200);
    expect(done.body.applied).toBe(true);
    const sites = (await t.api("GET", "/api/sites")).body.items;
    expect(sites.length).toBeGreaterThan(0);
    expect(done.body.secrets.length).toBeGreaterThan(0);
    const [first] = done.body.secrets;
    expect(first.host).toBe("127.0.0.1");
    const client = await t.connect(first.device, first.secret);
    await publish(client, `bulbcheck/v1/${first.site}/${first.device}/status`, "online");
    await client.endAsync();

    // The same file again: nothing to do, nothing written, no new secrets.
    const again = await csv(text);
    expect(again.body.counts.unchanged).toBe(again.body.counts.rows);
    expect(again.body.applied).toBe(false);
    expect(again.body.secrets).toEqual([]);
  });
});

describe("an import with a bad row", () => {
  it("previews every row's error with its line, and writes nothing until it is fixed", async () => {
    const sheet = [
      "kind,site,zone,id,name,timezone,category,customer_visible",
      "site,,,store-a,Store A,Europe/Oslo,,",
      "zone,store-a,,floor,Floor,,,",
      "asset,store-a,floor,lamp-1,Lamp 1,,lighting,yes",
      "asset,store-a,floor,lamp-2,Lamp 2,,lightning,yes",
    ];
    const preview = await csv(sheet.join("\n"), "?dryRun=1");
    expect(preview.status).toBe(200);
    expect(preview.body.errors).toHaveLength(1);
    expect(preview.body.errors[0]).toMatchObject({ line: 5, id: "lamp-2", field: "category" });
    // Beside the English, a code and what it quotes: the dashboard's words in its reader's language.
    expect(preview.body.errors[0]).toMatchObject({
      code: "one_of",
      params: { value: "lightning", options: expect.stringContaining("lighting") },
      message: expect.stringMatching(/^lightning: one of lighting/),
    });

    const refused = await csv(sheet.join("\n"));
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe("invalid_rows");
    expect(refused.body.error.message).toMatch(/line 5 \(category\).*nothing was imported/);
    expect(refused.body.error.rows[0]).toMatchObject({ line: 5, code: "one_of" });
    expect((await t.api("GET", "/api/sites")).body.items).toEqual([]);

    sheet[4] = "asset,store-a,floor,lamp-2,Lamp 2,,lighting,yes";
    const fixed = await csv(sheet.join("\n"));
    expect(fixed.status).toBe(200);
    expect(fixed.body.counts.created).toBe(4);
    const site = (await t.api("GET", "/api/sites/store-a")).body;
    expect(site.zones[0].assets.map((a: { id: string }) => a.id).sort()).toEqual([
      "lamp-1",
      "lamp-2",
    ]);
  });

  it("finds what only provisioning refuses: a row under a retired zone", async () => {
    await t.provision(hotelFleet("hotel-oslo"));
    expect(
      (await t.api("PATCH", "/api/sites/hotel-oslo/zones/elevator-a", { body: { retired: true } }))
        .status,
    ).toBe(200);
    const sheet =
      "kind,site,zone,id,name,category\nasset,hotel-oslo,elevator-a,new-lamp,New,lighting";
    const preview = await csv(sheet, "?dryRun=1");
    expect(preview.body.errors).toHaveLength(1);
    expect(preview.body.errors[0].message).toMatch(/retired/);
    // Provisioning's refusal, by its own code, for words in the reader's language.
    expect(preview.body.errors[0]).toMatchObject({
      code: "refused",
      params: { reason: "retired_parent" },
    });
    expect((await csv(sheet)).status).toBe(400);
  });
});

describe("the export", () => {
  it("imports back unchanged, as CSV and as a fleet document, and holds no secrets", async () => {
    const secrets = await t.provision(hotelFleet("hotel-oslo"));
    const exported = await t.api("GET", "/api/fleet/export.csv");
    expect(exported.status).toBe(200);
    const text = exported.body as string;
    for (const secret of Object.values(secrets)) expect(text).not.toContain(secret);
    const back = await csv(text, "?dryRun=1");
    expect(back.body.errors).toEqual([]);
    expect(back.body.counts.unchanged).toBe(back.body.counts.rows);

    const document = (await t.api("GET", "/api/fleet")).body;
    expect(document.sites[0].id).toBe("hotel-oslo");
    expect(JSON.stringify(document)).not.toContain(Object.values(secrets)[0]);
    const put = await t.api("PUT", "/api/fleet", { body: document });
    expect(put.status).toBe(200);
    expect(put.body.created.devices).toEqual([]);
    expect(put.body.secrets).toEqual({});
  });

  it("copies a chain to another installation, devices with new secrets", async () => {
    await t.provision(hotelFleet("hotel-oslo"));
    const text = (await t.api("GET", "/api/fleet/export.csv")).body as string;
    const other = await startTestSystem();
    try {
      const done = await other.api("POST", "/api/fleet/import", {
        rawBody: text,
        headers: { "content-type": "text/csv" },
      });
      expect(done.status).toBe(200);
      expect(done.body.secrets.map((s: { device: string }) => s.device).sort()).toEqual([
        "hotel-oslo-pad",
        "hotel-oslo-sensor",
      ]);
      await eventually("the copied site to be listed", async () => {
        const sites = (await other.api("GET", "/api/sites")).body.items;
        return sites.length === 1 ? sites : undefined;
      });
    } finally {
      await other.stop();
    }
  });

  it("refuses a body that is not CSV, and an unknown site", async () => {
    const json = await t.api("POST", "/api/fleet/import", { body: { sites: [] } });
    expect(json.status).toBe(415);
    expect((await t.api("GET", "/api/fleet/export.csv?site=nowhere")).status).toBe(404);
  });
});
