import { hotelFleet } from "@bulbcheck/api/testing";
import { m } from "@bulbcheck/shared/i18n";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot } from "./browser.ts";
import { DashboardHarness, KARI } from "./fixture.ts";

/**
 * The installable web app (issue 21, item 4): a manifest with its icons, a service worker that
 * becomes active, and an offline page in the person's language when the network is gone; all of
 * it reachable before anyone signs in (a browser fetches it so).
 */

const SITE = "hotel-oslo";
let h: DashboardHarness;

interface Manifest {
  name?: string;
  short_name?: string;
  start_url?: string;
  display?: string;
  theme_color?: string;
  icons?: { src: string; sizes: string; type: string; purpose?: string }[];
}

beforeAll(async () => {
  h = await DashboardHarness.start();
  await h.t.provision(hotelFleet(SITE));
  await h.createAccounts([KARI]);
  // Kari reads the dashboard in Norwegian (her choice under Account), whatever the browser says.
  const token = await h.t.signIn(KARI.username, KARI.password);
  const chosen = await h.t.api("PATCH", "/api/me/language", { body: { locale: "nb" }, token });
  expect(chosen.status).toBe(200);
});

afterAll(async () => {
  await h?.stop();
});

/** A request with no cookie, not following redirects: what a browser gets before sign-in. */
const anonymous = (path: string) => fetch(`${h.url}${path}`, { redirect: "manual" });

/** A PNG's width and height, from its IHDR chunk (bytes 16-23, big-endian). */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  expect([...bytes.subarray(0, 8)]).toEqual(signature);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  expect(new TextDecoder().decode(bytes.subarray(12, 16))).toBe("IHDR");
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe("the manifest", () => {
  it("is served as a web app manifest, without signing in, and names an installable app", async () => {
    const response = await anonymous("/manifest.webmanifest");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/manifest\+json/);
    const manifest = (await response.json()) as Manifest;
    expect(manifest.name).toBe("Bulb Check");
    expect(manifest.short_name?.length).toBeGreaterThan(0);
    expect(manifest.short_name?.length).toBeLessThanOrEqual(12);
    expect(manifest.display).toBe("standalone");
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    // The start page is one of ours, and answers (with the sign-in page for nobody signed in).
    const start = await anonymous(manifest.start_url ?? "");
    expect([200, 303]).toContain(start.status);
    if (start.status === 303) expect(start.headers.get("location")).toMatch(/^\/login/);
    // Chromium installs an app with a 192 px and a 512 px icon.
    const sizes = new Set(manifest.icons?.map((i) => i.sizes));
    expect(sizes).toContain("192x192");
    expect(sizes).toContain("512x512");
  });

  it("names icons that are served as PNGs of the sizes it says", async () => {
    const manifest = (await (await anonymous("/manifest.webmanifest")).json()) as Manifest;
    const icons = [
      ...(manifest.icons ?? []),
      // The home-screen icon iOS reads from the layout's <link rel="apple-touch-icon">.
      { src: "/icons/apple-touch-icon.png", sizes: "180x180", type: "image/png" },
    ];
    for (const icon of icons) {
      const response = await anonymous(icon.src);
      expect(response.status, icon.src).toBe(200);
      expect(response.headers.get("content-type"), icon.src).toBe(icon.type);
      const { width, height } = pngSize(new Uint8Array(await response.arrayBuffer()));
      expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
    }
  });

  it("is linked from every page, signed in or not", async () => {
    const page = await h.open("/login");
    expect(await page.locator('link[rel="manifest"]').getAttribute("href")).toBe(
      "/manifest.webmanifest",
    );
    expect(await page.locator('meta[name="theme-color"]').count()).toBe(1);
    await page.context().close();
  });
});

describe("the service worker and the offline page", () => {
  it("are served without signing in", async () => {
    const worker = await anonymous("/service-worker.js");
    expect(worker.status).toBe(200);
    expect(worker.headers.get("content-type")).toMatch(/javascript/);
    const offline = await anonymous("/offline");
    expect(offline.status).toBe(200);
    const html = await offline.text();
    expect(html).toContain(m.layout_offline_heading({}, { locale: "en" }));
    // It carries nobody's data: no header, no nav.
    expect(html).not.toContain("<nav");
  });

  /** Waits until the worker controls the page and keeps the offline page in `locale`. */
  async function offlineReady(page: Page, locale: string): Promise<void> {
    await expect
      .poll(() =>
        page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          return registration?.active?.state ?? "none";
        }),
      )
      .toBe("activated");
    await expect
      .poll(() =>
        page.evaluate(
          async () => (await caches.match("/offline"))?.headers.get("content-language") ?? "none",
        ),
      )
      .toBe(locale);
  }

  it("registers, becomes active, and shows the offline page in Norwegian to a Norwegian user", async () => {
    const page = await h.signIn(KARI, "/", "phone");
    expect(await page.evaluate(() => window.isSecureContext)).toBe(true);
    await offlineReady(page, "nb");

    await page.context().setOffline(true);
    await page.goto(`${h.url}/defects`);
    await page.getByTestId("offline").waitFor();
    expect(await page.locator("h1").textContent()).toBe(
      m.layout_offline_heading({}, { locale: "nb" }),
    );
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("nb");
    await screenshot(page, "phone-offline-nb");

    // Back online, the same address is the page again.
    await page.context().setOffline(false);
    await page.goto(`${h.url}/defects`);
    await page.locator("main#main h1").waitFor();
    expect(await page.getByTestId("offline").count()).toBe(0);
    await page.context().close();
  });

  it("shows the offline page in the browser's language to someone not signed in", async () => {
    const page = await h.page("phone", { extraHTTPHeaders: { "accept-language": "sv" } });
    await page.goto(`${h.url}/login`);
    await offlineReady(page, "sv");
    await page.context().setOffline(true);
    await page.goto(`${h.url}/`);
    await page.getByTestId("offline").waitFor();
    expect(await page.locator("h1").textContent()).toBe(
      m.layout_offline_heading({}, { locale: "sv" }),
    );
    await page.context().close();
  });
});
