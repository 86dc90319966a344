import { hotelFleet } from "@bulbcheck/api/testing";
import type { FleetDocumentInput, ReportLabels } from "@bulbcheck/shared";
import jsQR from "jsqr";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot } from "./browser.ts";
import { type Account, DashboardHarness } from "./fixture.ts";

/**
 * QR label sheets and the one-code print page, with BULBCHECK_PUBLIC_URL set to a name that is
 * not this machine's: the browser opens it at the dashboard (Chromium's host rules), as a phone
 * on the real network would. Every code is read from the pixels Chromium paints for print, as a
 * phone's camera reads it, not from the page's markup. Without a usable public address the pages
 * refuse to draw codes: dashboard.test.ts, whose system has none (one dashboard build serves one
 * API per test process).
 */

const SITE = "hotel-oslo";
const PUBLIC_URL = "http://labels.example.test";
const MONA: Account = {
  username: "mona",
  password: "mona-password-1",
  role: "manager",
  sites: [SITE],
};
const ROOMS = 20;
let h: DashboardHarness;

/** The hotel, in Norwegian, with a lobby (one asset hidden from guests, one retired) and rooms. */
function fleet(): FleetDocumentInput {
  const doc = hotelFleet(SITE);
  const site = doc.sites[0];
  if (!site?.zones) throw new Error("hotelFleet() has changed");
  site.language = "nb";
  site.zones.push(
    {
      id: "lobby",
      name: "Lobby",
      assets: [
        { id: "lobby-soap", name: "Soap dispenser", category: "supplies", customerVisible: true },
        { id: "lobby-sign", name: "Welcome sign", category: "signage", customerVisible: true },
        { id: "lobby-lamp", name: "Lobby lamp", category: "lighting", customerVisible: false },
      ],
    },
    {
      id: "floor-2",
      name: "2nd floor",
      assets: Array.from({ length: ROOMS }, (_, i) => ({
        id: `room-${201 + i}-sign`,
        name: `Room ${201 + i} door sign`,
        category: "signage" as const,
        customerVisible: true,
      })),
    },
  );
  return doc;
}

beforeAll(async () => {
  h = await DashboardHarness.start({ system: { notify: { publicUrl: PUBLIC_URL } } });
  await h.t.provision(fleet());
  const retired = await h.t.api("PATCH", `/api/sites/${SITE}/assets/lobby-sign`, {
    body: { retired: true },
  });
  expect(retired.status).toBe(200);
  await h.createAccounts([MONA]);
});

afterAll(async () => {
  await h?.stop();
});

/** What the API says the sheet holds: customer-visible assets in service. */
async function expectedLabels(query = ""): Promise<ReportLabels["items"]> {
  const answer = await h.t.api<ReportLabels>("GET", `/api/sites/${SITE}/report-keys${query}`);
  expect(answer.status).toBe(200);
  return answer.body.items;
}

/**
 * The links the QR codes in the elements `selector` finds carry, read from the pixels of one
 * screenshot of the page as printed, as a phone's camera reads a label: Chromium paints and
 * crops (its canvas decodes the PNG: no image library), jsQR reads. By the asset of each.
 */
async function printedLinks(page: Page, selector = "article.label"): Promise<Map<string, string>> {
  await page.emulateMedia({ media: "print" });
  const png = await page.screenshot({ fullPage: true });
  const crops = await page.evaluate(
    async ({ base64, selector }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      const context = canvas.getContext("2d", { willReadFrequently: true });
      if (!context) throw new Error("no 2D canvas");
      const scale = window.devicePixelRatio;
      return [...document.querySelectorAll(selector)].map((element) => {
        const r = element.getBoundingClientRect();
        const [x, y, width, height] = [r.left + scrollX, r.top + scrollY, r.width, r.height].map(
          (v) => Math.round(v * scale),
        ) as [number, number, number, number];
        canvas.width = width;
        canvas.height = height;
        context.drawImage(image, x, y, width, height, 0, 0, width, height);
        const { data } = context.getImageData(0, 0, width, height);
        let binary = "";
        for (let i = 0; i < data.length; i += 0x8000)
          binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
        const asset = element.closest("[data-asset]")?.getAttribute("data-asset") ?? "";
        return { asset, width, height, pixels: btoa(binary) };
      });
    },
    { base64: png.toString("base64"), selector },
  );
  await page.emulateMedia({ media: "screen" });
  const links = new Map<string, string>();
  for (const crop of crops) {
    const pixels = new Uint8ClampedArray(Buffer.from(crop.pixels, "base64"));
    const found = jsQR(pixels, crop.width, crop.height);
    if (!found) throw new Error(`no QR code could be read from the label of ${crop.asset}`);
    links.set(crop.asset, found.data);
  }
  return links;
}

/** A guest's phone, nobody signed in, opening what a code says. */
async function scan(link: string): Promise<Page> {
  const phone = await h.page("phone");
  await phone.goto(link);
  return phone;
}

/** Pages in a PDF of the page as Chromium prints it, and the first page's size in whole mm. */
async function printed(page: Page): Promise<{ pages: number; size: number[] }> {
  const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString(
    "latin1",
  );
  const box = /\/MediaBox\s*\[\s*([\d.\s]+)\]/.exec(pdf)?.[1]?.trim().split(/\s+/).map(Number);
  return {
    pages: pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0,
    size: (box?.slice(2) ?? []).map((points) => Math.round((points / 72) * 25.4)),
  };
}

describe("the QR label sheet", () => {
  it("prints one code per customer-visible asset, each opening its report page at the public address", async () => {
    const expected = await expectedLabels();
    expect(expected).toHaveLength(2 + 1 + ROOMS);
    const page = await h.signIn(MONA, `/sites/${SITE}/labels`);
    await expect.poll(() => page.locator("article.label").count()).toBe(expected.length);
    // In the site's language, with the asset's and the site's names.
    const soap = page.locator('article.label[data-asset="lobby-soap"]');
    expect(await soap.textContent()).toContain("Skann for å melde fra om en feil");
    expect(await soap.textContent()).toContain("Soap dispenser");
    expect(await soap.textContent()).toContain("Hotel Oslo Sentrum");
    expect(await page.locator('[data-asset="lobby-lamp"], [data-asset="lobby-sign"]').count()).toBe(
      0,
    );
    await screenshot(page, "laptop-labels-a4-medium");

    await page.emulateMedia({ media: "print" });
    for (const screenOnly of ["form.controls", "header", "section.revoke", "footer"])
      expect(await page.locator(screenOnly).isVisible(), screenOnly).toBe(false);
    await screenshot(page, "print-labels-a4-medium");
    await page.emulateMedia({ media: "screen" });

    const links = await printedLinks(page);
    expect(new Map(expected.map((l) => [l.asset.id, l.url]))).toEqual(links);
    // One phone scans them all, one after another, as someone walking the building would.
    const walker = await h.page("phone");
    for (const [asset, link] of links) {
      expect(link.startsWith(`${PUBLIC_URL}/r/${SITE}/${asset}?k=`), link).toBe(true);
      await walker.goto(link);
      const name = expected.find((l) => l.asset.id === asset)?.asset.name;
      await expect.poll(() => walker.locator("h1").textContent(), { message: link }).toBe(name);
      expect(new URL(walker.url()).origin).toBe(PUBLIC_URL);
    }
    await walker.close();
    // A guest reports through one of them, all the way: the form posts at the public address.
    const phone = await scan(links.get("lobby-soap") as string);
    await phone.getByRole("button", { name: "Empty (soap, paper, ...)" }).click();
    await phone.getByText("Thank you!").waitFor();
    await phone.close();
    const defects = await h.t.api("GET", `/api/defects?site=${SITE}&asset=lobby-soap`);
    expect(defects.body.items[0]).toMatchObject({ fault: "supplies_empty", source: "customer" });
    await page.close();
  });

  it("cuts the labels into sheets of the paper and size chosen, and narrows them to a zone", async () => {
    const page = await h.signIn(MONA, `/sites/${SITE}/labels`);
    const count = () => page.locator("article.label").count();
    const sheets = () => page.locator("section.sheet").count();
    // A4 and medium labels by default: 3 x 7 a sheet, so 23 labels fill two sheets.
    const summary = await page.getByTestId("label-summary").textContent();
    expect(summary?.replace(/\s+/g, " ")).toContain("23 labels on 2 sheets of A4, 3 × 7 a sheet");
    expect(await printed(page)).toEqual({ pages: 2, size: [210, 297] });

    await page.getByLabel("Label size").selectOption("large");
    await page.waitForURL((url) => url.searchParams.get("size") === "large");
    await expect.poll(sheets).toBe(3);
    await page.getByLabel("Paper").selectOption("letter");
    await page.waitForURL((url) => url.searchParams.get("paper") === "letter");
    await page.getByLabel("Label size").selectOption("small");
    await page.waitForURL((url) => url.searchParams.get("size") === "small");
    await expect.poll(sheets).toBe(1);
    expect(await printed(page)).toEqual({ pages: 1, size: [216, 279] });
    // Still readable when small: every code decodes.
    expect((await printedLinks(page)).size).toBe(23);
    await screenshot(page, "laptop-labels-letter-small");

    await page.getByLabel("Zone").selectOption("lobby");
    await page.waitForURL((url) => url.searchParams.get("zone") === "lobby");
    await expect.poll(count).toBe(1);
    expect(await page.locator("h1").textContent()).toBe("QR labels · Lobby");
    expect([...(await printedLinks(page)).keys()]).toEqual(["lobby-soap"]);
    await page.close();
  });

  it("revokes one code from the sheet: its old labels stop opening, the one reprinted opens", async () => {
    const page = await h.signIn(MONA, `/sites/${SITE}/labels?zone=elevator-a`);
    const before = await printedLinks(page);
    const old = before.get("elev-a-floor") as string;
    const row = page.locator('tr[data-asset="elev-a-floor"]');
    // A second click, after the explanation: the summary opens it.
    expect(await row.getByRole("button", { name: "Revoke and make a new code" }).count()).toBe(0);
    await row.locator("summary").click();
    expect(await row.textContent()).toContain("stops working at once");
    await row.getByRole("button", { name: "Revoke and make a new code" }).click();
    await page.getByText("New code made for").waitFor();
    // Back on the same filter, the new label marked on the screen.
    expect(new URL(page.url()).searchParams.get("zone")).toBe("elevator-a");
    expect(await page.locator("article.label.fresh").getAttribute("data-asset")).toBe(
      "elev-a-floor",
    );
    const after = await printedLinks(page);
    const fresh = after.get("elev-a-floor") as string;
    expect(fresh).not.toBe(old);
    expect(after.get("elev-a-btn-12")).toBe(before.get("elev-a-btn-12"));
    await screenshot(page, "laptop-labels-revoked");

    // Reprinted alone.
    await page.getByRole("link", { name: "Print only this label" }).first().click();
    await page.waitForURL((url) => url.searchParams.get("asset") === "elev-a-floor");
    expect([...(await printedLinks(page)).entries()]).toEqual([["elev-a-floor", fresh]]);
    await page.close();

    const stale = await scan(old);
    await stale.getByText("This QR code is no longer valid").waitFor();
    await stale.close();
    const phone = await scan(fresh);
    await expect.poll(() => phone.locator("h1").textContent()).toBe("Elevator A floor");
    await phone.getByRole("button", { name: "Dirty" }).click();
    await phone.getByText("Thank you!").waitFor();
    await phone.close();
  });

  it("fits a phone without sideways scrolling, and is linked from the site's page", async () => {
    const page = await h.signIn(MONA, `/sites/${SITE}`, "phone");
    await page.getByRole("link", { name: "Print QR labels" }).click();
    await page.waitForURL((url) => url.pathname === `/sites/${SITE}/labels`);
    await page.locator("article.label").first().waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(1);
    await screenshot(page, "phone-labels");
    await page.close();
  });
});

describe("the one-code print page", () => {
  it("prints the code at the public address, and a revoked one stops opening", async () => {
    const asset = "elev-a-btn-12";
    const [label] = await expectedLabels("?zone=elevator-a");
    expect(label?.asset.id).toBe(asset);
    const page = await h.signIn(MONA, `/r/${SITE}/${asset}?print=1`);
    expect(await page.getByTestId("qr-link").textContent()).toBe(label?.url);
    const code = async () => {
      const links = await printedLinks(page, '[data-testid="qr"]');
      expect(links.size).toBe(1);
      return [...links.values()][0] as string;
    };
    const old = await code();
    expect(old).toBe(label?.url);

    await page.getByText("Revoke this code and print a new one…").click();
    await page.getByRole("button", { name: "Revoke and make a new code" }).click();
    await page.getByText("New code made.").waitFor();
    await page.locator('[data-testid="qr"] svg').waitFor();
    const fresh = await code();
    expect(fresh).not.toBe(old);
    expect(fresh).toBe((await expectedLabels("?zone=elevator-a"))[0]?.url);
    await screenshot(page, "laptop-r-print");
    await page.close();

    const stale = await scan(old);
    await stale.getByText("This QR code is no longer valid").waitFor();
    await stale.close();
    const phone = await scan(fresh);
    await expect.poll(() => phone.locator("h1").textContent()).toBe("Button 12 light");
    await phone.close();
  });
});
