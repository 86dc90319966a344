import { hotelFleet } from "@bulbcheck/api/testing";
import { imageMetadata, jpegWithGps, pngImage } from "@bulbcheck/api/testing/images";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot } from "./browser.ts";
import { type Account, DashboardHarness, KARI } from "./fixture.ts";

/**
 * Photos on a defect's page: staff on a phone take one (the file input opens the camera) and see
 * its thumbnail, which links to the full image; both come through the dashboard with the
 * viewer's session, without their GPS tag. The form works without JavaScript too.
 */
const SITE = "hotel-oslo";
const BJORN: Account = {
  username: "bjorn",
  password: "bjorn-password-1",
  role: "staff",
  sites: ["hotel-bergen"],
};

let h: DashboardHarness;
let defectId: number;

beforeAll(async () => {
  h = await DashboardHarness.start();
  await h.t.provision({ sites: [...hotelFleet(SITE).sites, ...hotelFleet("hotel-bergen").sites] });
  await h.createAccounts([KARI, BJORN]);
  const made = await h.t.api("POST", "/api/defects", {
    body: { site: SITE, asset: "elev-a-btn-12", fault: "bulb_out" },
  });
  defectId = made.body.id;
});

afterAll(async () => {
  await h?.stop();
});

describe("photos on the defect page", () => {
  it("lets staff on a phone upload a photo and see its thumbnail, without its GPS tag", async () => {
    const page = await h.signIn(KARI, `/defects/${defectId}`, "phone");
    const input = page.locator("input[type=file][name=photo]");
    expect(await input.getAttribute("capture")).toBe("environment");
    expect(await input.getAttribute("accept")).toContain("image/heic");
    await input.setInputFiles({
      name: "IMG_1234.jpg",
      mimeType: "image/jpeg",
      buffer: await jpegWithGps({ orientation: 6 }),
    });
    await page.fill("input[name=caption]", "the button light by floor 12");
    await page.getByRole("button", { name: "Upload photo" }).click();
    const thumb = page.getByTestId("defect-photos").locator("img");
    await expect.poll(() => thumb.count()).toBe(1);
    // Drawn, not a broken image: the browser decoded what the dashboard relayed.
    await expect
      .poll(() => thumb.evaluate((img) => (img as HTMLImageElement).naturalWidth))
      .toBeGreaterThan(0);
    expect(await page.getByRole("status").textContent()).toContain("Photo added.");
    expect(await page.getByTestId("defect-photos").textContent()).toContain(
      "the button light by floor 12",
    );
    await screenshot(page, "phone-defect-photo");

    const href = (await page.getByTestId("defect-photos").locator("a").getAttribute("href")) ?? "";
    expect(href).toMatch(/^\/photos\/[A-Za-z0-9_-]{22}$/);
    const full = await page.request.get(`${h.url}${href}`);
    expect(full.status()).toBe(200);
    expect(full.headers()["content-type"]).toBe("image/jpeg");
    expect(full.headers()["cache-control"]).toContain("private");
    const meta = await imageMetadata(await full.body());
    expect(meta.exif).toBeUndefined();
    expect([meta.width, meta.height]).toEqual([48, 64]);
    const timeline = (await page.locator(".timeline").textContent()) ?? "";
    expect(timeline).toContain("Photo by Kari Nordmann");

    // Staff of another site, and nobody signed in, get no image.
    const other = await h.signIn(BJORN, "/", "phone");
    expect((await other.request.get(`${h.url}${href}`)).status()).toBe(404);
    expect((await other.request.get(`${h.url}${href}/thumb`)).status()).toBe(404);
    const anonymous = await h.page("phone");
    const bare = await anonymous.request.get(`${h.url}${href}`, { maxRedirects: 0 });
    expect(bare.status()).toBe(303);
    await Promise.all([page.close(), other.close(), anonymous.close()]);
  });

  it("takes a photo through the form without JavaScript", async () => {
    const page = await h.page("phone", { javaScriptEnabled: false });
    await page.goto(`${h.url}/login?next=${encodeURIComponent(`/defects/${defectId}`)}`);
    await page.fill("#username", KARI.username);
    await page.fill("#password", KARI.password);
    await page.click("button[type=submit]");
    await page.waitForURL((url) => url.pathname === `/defects/${defectId}`);
    await page.locator("input[type=file][name=photo]").setInputFiles({
      name: "screenshot.png",
      mimeType: "image/png",
      buffer: await pngImage(),
    });
    await page.getByRole("button", { name: "Upload photo" }).click();
    await page.waitForLoadState("load");
    expect(await page.getByRole("status").textContent()).toContain("Photo added.");
    // The action's answer shows the page again with both photos.
    await page.goto(`${h.url}/defects/${defectId}`);
    await expect.poll(() => page.getByTestId("defect-photos").locator("img").count()).toBe(2);
    await page.close();
  });

  it("lets a customer attach one photo to a QR report, and shows them no photo", async () => {
    const key = await h.t.api("GET", `/api/sites/${SITE}/assets/elev-a-floor/report-key`);
    const page = await h.page("phone");
    await page.goto(`${h.url}${key.body.path}`);
    const input = page.locator("input[type=file][name=photo]");
    expect(await input.getAttribute("capture")).toBe("environment");
    await input.setInputFiles({
      name: "IMG_2001.jpg",
      mimeType: "image/jpeg",
      buffer: await jpegWithGps(),
    });
    await page.getByRole("button", { name: "Something spilled" }).click();
    await page.getByText("Thank you!").waitFor();
    expect(await page.getByTestId("photo-problem").count()).toBe(0);
    await screenshot(page, "phone-r-report-photo");
    const defects = await h.t.api("GET", `/api/defects?site=${SITE}&asset=elev-a-floor`);
    const photos = await h.t.api("GET", `/api/defects/${defects.body.items[0].id}/photos`);
    expect(photos.body.items).toHaveLength(1);
    expect(photos.body.items[0].by).toBe("QR code");
    const image = await h.t.api("GET", photos.body.items[0].urls.full);
    expect(image.status).toBe(200);
    // The customer is not signed in: the photo's address leads to sign-in, not to the image.
    const bare = await page.request.get(`${h.url}/photos/${photos.body.items[0].id}`, {
      maxRedirects: 0,
    });
    expect(bare.status()).toBe(303);
    await page.close();
  });
});
