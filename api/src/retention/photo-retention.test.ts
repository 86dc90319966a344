import { existsSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PhotoFiles, photoFolderOf } from "../photos/photo-files.ts";
import { photoForm, pngImage } from "../testing/test-images.ts";
import {
  ADMIN_TOKEN,
  eventually,
  hotelFleet,
  startTestSystem,
  type TestSystem,
} from "../testing/test-system.ts";
import { DEFAULT_RETENTION, Retention } from "./retention.ts";

/**
 * Photos are kept as long as the records people answer for (BULBCHECK_AUDIT_RETENTION_DAYS)
 * after their defect is resolved; then retention deletes their rows and their files. Files no
 * row points at go once they are an hour old.
 */
const DAY = 86_400_000;
let t: TestSystem;
let staff: string;

beforeAll(async () => {
  t = await startTestSystem();
  await t.provision(hotelFleet("hotel-oslo"));
  staff = (await t.user({ username: "kari", role: "staff", sites: ["hotel-oslo"] })).token;
});
afterAll(async () => {
  await t?.stop();
});

async function photoOn(defect: number) {
  const response = await fetch(`${t.system.apiUrl}/api/defects/${defect}/photos`, {
    method: "POST",
    headers: { authorization: `Bearer ${staff}` },
    body: photoForm(await pngImage()),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as { id: string; urls: { full: string } };
}

describe("retention of photos", () => {
  it("deletes the photos of a defect resolved longer ago than the records are kept, files too", async () => {
    const report = (asset: string) =>
      t.api("POST", "/api/defects", {
        token: staff,
        body: { site: "hotel-oslo", asset, fault: "bulb_out" },
      });
    const resolved = (await report("elev-a-lamp")).body.id as number;
    const open = (await report("elev-a-btn-12")).body.id as number;
    const old = await photoOn(resolved);
    const kept = await photoOn(open);
    expect((await t.api("POST", `/api/defects/${resolved}/resolve`, { token: staff })).status).toBe(
      200,
    );
    const photos = new PhotoFiles(photoFolderOf(t.dataDir));
    // A file no row points at (a crash between the file and its row): an hour old, and a new one.
    const stray = "S".repeat(22);
    const fresh = "F".repeat(22);
    for (const id of [stray, fresh]) writeFileSync(photos.pathOf(id, "full"), "x");
    const anHourAgo = (Date.now() - 2 * 3_600_000) / 1000;
    utimesSync(photos.pathOf(stray, "full"), anHourAgo, anHourAgo);

    const at = (days: number) =>
      new Retention({
        db: t.system.db,
        logger: pino({ level: "silent" }),
        now: () => Date.now() + days * DAY,
        policy: DEFAULT_RETENTION,
        photos,
      });
    // Within the 400 days: kept.
    const soon = await at(DEFAULT_RETENTION.recordDays - 1).sweep();
    expect(soon.deleted.photos).toBeUndefined();
    expect(existsSync(photos.pathOf(old.id, "full"))).toBe(true);
    expect(existsSync(photos.pathOf(stray, "full"))).toBe(false);
    expect(existsSync(photos.pathOf(fresh, "full"))).toBe(true);

    const later = await at(DEFAULT_RETENTION.recordDays + 1).sweep();
    expect(later.deleted.photos).toBe(1);
    for (const size of ["full", "thumb"] as const) {
      expect(existsSync(photos.pathOf(old.id, size))).toBe(false);
      expect(existsSync(photos.pathOf(kept.id, size))).toBe(true);
    }
    expect((await t.api("GET", old.urls.full)).status).toBe(404);
    expect((await t.api("GET", kept.urls.full)).status).toBe(200);
    // The timeline still says a photo was taken.
    const timeline = (await t.api("GET", `/api/defects/${resolved}`)).body.timeline;
    expect(timeline.some((e: { type: string }) => e.type === "photo")).toBe(true);
    expect(join(t.dataDir, "photos")).toBe(photos.dir);
  });

  it("takes a removed site's photos with its defects; their files go once they are an hour old", async () => {
    const demo = hotelFleet("hotel-demo");
    await t.provision({ sites: demo.sites.map((site) => ({ ...site, demo: true })) });
    const made = await t.api("POST", "/api/defects", {
      body: { site: "hotel-demo", asset: "elev-a-floor", fault: "spill" },
    });
    const response = await fetch(`${t.system.apiUrl}/api/defects/${made.body.id}/photos`, {
      method: "POST",
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
      body: photoForm(await pngImage()),
    });
    expect(response.status).toBe(201);
    const photo = (await response.json()) as { id: string; urls: { full: string } };
    expect((await t.api("DELETE", "/api/demo")).status).toBe(202);
    const done = await eventually("removal done", async () => {
      const state = (await t.api("GET", "/api/demo")).body;
      return state.removal.state === "done" ? state : undefined;
    });
    expect(done.removal.deleted).toMatchObject({ photos: 1, defects: 1 });
    expect((await t.api("GET", photo.urls.full)).status).toBe(404);
    const photos = new PhotoFiles(photoFolderOf(t.dataDir));
    const sweep = () =>
      new Retention({
        db: t.system.db,
        logger: pino({ level: "silent" }),
        now: Date.now,
        policy: DEFAULT_RETENTION,
        photos,
      }).sweep();
    await sweep();
    expect(existsSync(photos.pathOf(photo.id, "full"))).toBe(true);
    const twoHoursAgo = (Date.now() - 2 * 3_600_000) / 1000;
    for (const size of ["full", "thumb"] as const)
      utimesSync(photos.pathOf(photo.id, size), twoHoursAgo, twoHoursAgo);
    await sweep();
    expect(existsSync(photos.pathOf(photo.id, "full"))).toBe(false);
    expect(existsSync(photos.pathOf(photo.id, "thumb"))).toBe(false);
  });
});
