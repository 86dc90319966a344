import { readdirSync } from "node:fs";
import { join } from "node:path";
import { MAX_PHOTO_BYTES, type PhotoView } from "@bulbcheck/shared";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  hasGpsTag,
  heicImage,
  jpegWithGps,
  photoForm,
  pixelAt,
  pngImage,
  webpImage,
} from "../testing/test-images.ts";
import { hotelFleet, startTestSystem, type TestSystem } from "../testing/test-system.ts";

/**
 * Photos on defects through the real API: upload as staff of the site, or as the customer who
 * just reported by QR code; served only to those who may see the site; no metadata kept.
 */
const OSLO = "hotel-oslo";
const BERGEN = "hotel-bergen";

let t: TestSystem;
let staff: string;
let viewer: string;
let bergenStaff: string;
let defect: number;

async function upload(
  defectId: number,
  form: FormData,
  options: { token?: string | null; headers?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = { ...options.headers };
  const token = options.token === undefined ? staff : options.token;
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${t.system.apiUrl}/api/defects/${defectId}/photos`, {
    method: "POST",
    headers,
    body: form,
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: JSON.parse(text) };
}

async function image(path: string, token: string | null) {
  const response = await fetch(`${t.system.apiUrl}${path}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return {
    status: response.status,
    headers: response.headers,
    bytes: Buffer.from(await response.arrayBuffer()),
  };
}

async function report(site: string, asset: string, fault = "bulb_out") {
  const made = await t.api("POST", "/api/defects", {
    token: staff,
    body: { site, asset, fault },
  });
  expect(made.status).toBe(201);
  return made.body.id as number;
}

beforeAll(async () => {
  t = await startTestSystem();
  const oslo = hotelFleet(OSLO);
  const bergen = hotelFleet(BERGEN);
  await t.provision({ sites: [...oslo.sites, ...bergen.sites] });
  staff = (await t.user({ username: "kari", role: "staff", sites: [OSLO], displayName: "Kari" }))
    .token;
  viewer = (await t.user({ username: "vera", role: "viewer", sites: [OSLO] })).token;
  bergenStaff = (await t.user({ username: "bjorn", role: "staff", sites: [BERGEN] })).token;
  defect = await report(OSLO, "elev-a-btn-12");
});

afterAll(async () => {
  await t?.stop();
});

describe("POST /api/defects/{id}/photos", () => {
  let photo: PhotoView;

  it("takes a phone's JPEG from staff of the site, without its GPS position, upright", async () => {
    const input = await jpegWithGps({ orientation: 6 });
    expect(hasGpsTag((await sharp(input).metadata()).exif)).toBe(true);
    const answer = await upload(defect, photoForm(input, { caption: "  the light by floor 12 " }));
    expect(answer.status).toBe(201);
    photo = answer.body;
    expect(photo).toMatchObject({
      defect,
      by: "Kari",
      caption: "the light by floor 12",
      contentType: "image/jpeg",
      width: 48,
      height: 64,
      urls: { full: `/api/photos/${photo.id}`, thumb: `/api/photos/${photo.id}/thumb` },
    });
    expect(photo.id).toMatch(/^[A-Za-z0-9_-]{22}$/);

    for (const path of [photo.urls.full, photo.urls.thumb]) {
      const served = await image(path, staff);
      expect(served.status).toBe(200);
      expect(served.headers.get("content-type")).toBe("image/jpeg");
      expect(served.headers.get("cache-control")).toBe("private, max-age=3600");
      expect(served.headers.get("x-content-type-options")).toBe("nosniff");
      const meta = await sharp(served.bytes).metadata();
      expect(meta.format).toBe("jpeg");
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(served.bytes.includes(Buffer.from("TestCam"))).toBe(false);
    }
    const full = await image(photo.urls.full, staff);
    expect(full.bytes.byteLength).toBe(photo.bytes);
    // The red half, on the left as taken, is on top once turned as the orientation said.
    const [r, , b] = await pixelAt(full.bytes, 24, 5);
    expect(r).toBeGreaterThan(150);
    expect(b).toBeLessThan(100);
  });

  it("keeps the files under the photo's random id in the data folder, never the defect's", () => {
    const files = readdirSync(join(t.dataDir, "photos")).sort();
    expect(files).toEqual([`${photo.id}.full.jpg`, `${photo.id}.thumb.jpg`]);
  });

  it("puts the photo on the timeline and in the audit log, and lists it", async () => {
    const shown = await t.api("GET", `/api/defects/${defect}`, { token: viewer });
    const entry = shown.body.timeline.find((e: { type: string }) => e.type === "photo");
    expect(entry).toMatchObject({
      type: "photo",
      actor: "Kari",
      source: "staff",
      note: "the light by floor 12",
      photo: photo.id,
    });
    const audit = await t.api("GET", "/api/audit");
    expect(audit.body.items[0]).toMatchObject({
      action: "defect.photo",
      actor: "kari",
      target: `defect ${defect}`,
      site: OSLO,
      detail: { photo: photo.id, from: "jpeg" },
    });
    const list = await t.api("GET", `/api/defects/${defect}/photos`, { token: viewer });
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([photo]);
  });

  it("shows the photo to a viewer of the site, and to nobody outside it: 404, not 403", async () => {
    expect((await image(photo.urls.full, viewer)).status).toBe(200);
    expect((await image(photo.urls.thumb, viewer)).status).toBe(200);
    for (const path of [photo.urls.full, photo.urls.thumb]) {
      const outside = await image(path, bergenStaff);
      expect(outside.status).toBe(404);
      // The same answer as for a photo that does not exist.
      const unknown = await image(`/api/photos/${"A".repeat(22)}`, bergenStaff);
      expect(JSON.parse(outside.bytes.toString()).error.code).toBe(
        JSON.parse(unknown.bytes.toString()).error.code,
      );
      expect((await image(path, null)).status).toBe(401);
    }
    expect(
      (await t.api("GET", `/api/defects/${defect}/photos`, { token: bergenStaff })).status,
    ).toBe(404);
    const elsewhere = await upload(defect, photoForm(await pngImage()), { token: bergenStaff });
    expect(elsewhere.status).toBe(404);
    const byViewer = await upload(defect, photoForm(await pngImage()), { token: viewer });
    expect(byViewer.status).toBe(403);
    expect((await image("/api/photos/not-an-id", staff)).status).toBe(400);
  });

  it("takes PNG, WebP and HEIC (whatever their declared type), each as a JPEG", async () => {
    for (const [bytes, name] of [
      [await pngImage(), "a.png"],
      [await webpImage(), "b.webp"],
      [heicImage(), "IMG_0002.HEIC"],
    ] as const) {
      const answer = await upload(defect, photoForm(bytes, {}, "application/octet-stream", name));
      expect(answer.status, name).toBe(201);
      expect([answer.body.width, answer.body.height]).toEqual([64, 48]);
      const served = await image(answer.body.urls.full, staff);
      expect((await sharp(served.bytes).metadata()).format).toBe("jpeg");
    }
  });

  it("refuses a text file (415), a damaged image (400) and a form without a photo (400)", async () => {
    const text = await upload(
      defect,
      photoForm(Buffer.from("not a photo at all"), {}, "image/jpeg", "fake.jpg"),
    );
    expect(text.status).toBe(415);
    expect(text.body.error.code).toBe("unsupported_image");
    expect(text.body.error.message).toContain("JPEG, PNG, WebP or HEIC");
    const jpeg = await jpegWithGps();
    const cut = await upload(defect, photoForm(jpeg.subarray(0, jpeg.length / 2)));
    expect([cut.status, cut.body.error.code]).toEqual([400, "corrupt_image"]);
    const form = new FormData();
    form.append("caption", "no photo here");
    const none = await upload(defect, form);
    expect(none.status).toBe(400);
    expect(none.body.error.message).toContain("photo");
    const json = await t.api("POST", `/api/defects/${defect}/photos`, {
      token: staff,
      body: { photo: "x" },
    });
    expect(json.status).toBe(415);
  });

  it("refuses a photo over 10 MB with a 413 naming the limit, and goes on serving", async () => {
    const big = Buffer.alloc(MAX_PHOTO_BYTES + 1, 0x41);
    big.set([0xff, 0xd8, 0xff], 0);
    const answer = await upload(defect, photoForm(big));
    expect(answer.status).toBe(413);
    expect(answer.body.error.message).toContain("10 MB");
    // Not even read whole: a body far larger is cut off by its declared length.
    const huge = await fetch(`${t.system.apiUrl}/api/defects/${defect}/photos`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${staff}`,
        "content-type": "multipart/form-data; boundary=x",
        "content-length": String(64 * 1024 * 1024),
      },
      body: Buffer.alloc(1024),
    }).catch(() => undefined);
    expect(huge === undefined || huge.status === 413).toBe(true);
    expect((await t.api("GET", "/api/health")).status).toBe(200);
    expect((await upload(defect, photoForm(await pngImage()))).status).toBe(201);
  });

  it("is in the OpenAPI document as a multipart body and image answers", async () => {
    const doc = await t.api("GET", "/api/openapi.json");
    const post = doc.body.paths["/api/defects/{id}/photos"].post;
    expect(Object.keys(post.requestBody.content)).toEqual(["multipart/form-data"]);
    expect(post.requestBody.content["multipart/form-data"].schema.properties.photo).toBeDefined();
    const get = doc.body.paths["/api/photos/{photoId}"].get;
    expect(Object.keys(get.responses["200"].content)).toEqual(["image/jpeg"]);
  });
});

describe("a customer's photo with a QR report", () => {
  let key: string;
  const guest = { "x-forwarded-for": "203.0.113.9" };

  beforeAll(async () => {
    const answer = await t.api("GET", `/api/sites/${OSLO}/assets/elev-a-floor/report-key`);
    key = answer.body.key;
  });

  it("takes one photo beside a report just made with the asset's code", async () => {
    const before = await report(OSLO, "elev-a-floor", "spill");
    // No report by QR code on it yet: the code alone lets no photo in.
    const early = await upload(before, photoForm(await pngImage(), { reportKey: key }), {
      token: null,
      headers: guest,
    });
    expect(early.status).toBe(404);
    const reported = await t.api("POST", "/api/defects", {
      token: null,
      headers: guest,
      body: { site: OSLO, asset: "elev-a-floor", fault: "spill", reportKey: key },
    });
    expect(reported.status).toBe(201);
    expect(reported.body.id).toBe(before);
    const photo = await upload(before, photoForm(await jpegWithGps(), { reportKey: key }), {
      token: null,
      headers: guest,
    });
    expect(photo.status).toBe(201);
    expect(photo.body.by).toBe("QR code");
    const again = await upload(before, photoForm(await pngImage(), { reportKey: key }), {
      token: null,
      headers: guest,
    });
    expect([again.status, again.body.error.code]).toEqual([409, "photo_already_attached"]);
    // The code of another asset, or none, is refused; the customer never sees photos.
    const other = await t.api("GET", `/api/sites/${OSLO}/assets/elev-a-btn-12/report-key`);
    const wrong = await upload(before, photoForm(await pngImage(), { reportKey: other.body.key }), {
      token: null,
      headers: guest,
    });
    expect(wrong.status).toBe(404);
    const keyless = await upload(before, photoForm(await pngImage()), {
      token: null,
      headers: guest,
    });
    expect(keyless.status).toBe(401);
    expect((await image(photo.body.urls.full, null)).status).toBe(401);
  });
});
