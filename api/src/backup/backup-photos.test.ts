import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { photoForm, pngImage } from "../testing/test-images.ts";
import { hotelFleet, startTestSystem, type TestSystem } from "../testing/test-system.ts";
import { backupFileName, pruneBackups } from "./backup-files.ts";
import { photosOfBackup } from "./backup-photos.ts";
import { restoreDatabase } from "./restore.ts";
import { backupOnline, backupSnapshot } from "./take-backup.ts";

/**
 * Photos are files beside the database: a backup copies those its database names into
 * `<copy>.photos/`, a restore puts them back, pruning deletes them with their copy.
 */
let t: TestSystem | undefined;
afterAll(async () => {
  await t?.stop();
});

async function upload(system: TestSystem, token: string, defect: number) {
  const response = await fetch(`${system.system.apiUrl}/api/defects/${defect}/photos`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}` },
    body: photoForm(await pngImage()),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as { id: string; urls: { full: string } };
}

async function served(system: TestSystem, token: string, path: string) {
  const response = await fetch(`${system.system.apiUrl}${path}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()) };
}

describe("backups with photos", () => {
  it("copies the photos with the database, and a restore brings them back", async () => {
    t = await startTestSystem();
    const { dataDir } = t;
    await t.provision(hotelFleet("hotel-oslo"));
    const { token } = await t.user({ username: "kari", role: "staff", sites: ["hotel-oslo"] });
    const made = await t.api("POST", "/api/defects", {
      token,
      body: { site: "hotel-oslo", asset: "elev-a-lamp", fault: "bulb_out" },
    });
    const defect = made.body.id as number;
    const first = await upload(t, token, defect);
    const firstBytes = readFileSync(join(dataDir, "photos", `${first.id}.full.jpg`));

    // The server's scheduled kind, on its own connection.
    const backups = join(dataDir, "backups");
    const early = join(backups, backupFileName(Date.UTC(2026, 11, 1)));
    const online = await backupOnline(t.system.db, { file: early });
    expect(online.photos).toEqual({ photos: 1, missing: 0 });
    expect(readdirSync(photosOfBackup(early)).sort()).toEqual([
      `${first.id}.full.jpg`,
      `${first.id}.thumb.jpg`,
    ]);

    // `bulbcheck backup`'s kind, from another connection while the server runs.
    const second = await upload(t, token, defect);
    const late = join(backups, backupFileName(Date.UTC(2026, 11, 2)));
    const snapshot = await backupSnapshot({
      databaseFile: join(dataDir, "bulbcheck.db"),
      file: late,
    });
    expect(snapshot.photos).toEqual({ photos: 2, missing: 0 });
    expect(readdirSync(backups).filter((n) => n.endsWith(".partial"))).toEqual([]);

    // Restore the early copy into the stopped data folder: the first photo only, the same bytes.
    await t.system.stop();
    const restored = await restoreDatabase({
      databaseFile: join(dataDir, "bulbcheck.db"),
      from: early,
    });
    expect(restored.photos).toBe(1);
    expect(restored.photosKeptAside).toMatch(/photos\.before-restore-/);
    expect(readdirSync(restored.photosKeptAside as string)).toHaveLength(4);
    t = await startTestSystem({ dataDir });
    const admin = await t.user({ username: "vera", role: "viewer", sites: ["hotel-oslo"] });
    const back = await served(t, admin.token, first.urls.full);
    expect(back.status).toBe(200);
    expect(back.bytes.equals(firstBytes)).toBe(true);
    expect((await served(t, admin.token, second.urls.full)).status).toBe(404);

    // Pruning keeps the newest copy, and deletes the older one with its photos.
    expect(pruneBackups(backups, 1)).toEqual([backupFileName(Date.UTC(2026, 11, 1))]);
    expect(existsSync(photosOfBackup(early))).toBe(false);
    expect(readdirSync(photosOfBackup(late))).toHaveLength(4);
  });
});
