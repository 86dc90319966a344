import { readdirSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { hotelFleet } from "@bulbcheck/api/testing";
import type { BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DashboardHarness, MONA } from "./fixture.ts";

/**
 * What a page downloads before it is alive (issue 21): each page carries the messages it uses
 * and no others. When the catalogues compile so that the bundler cannot split them, every page
 * downloads every message in all four languages (over 400 KB) before it hydrates, and on a phone
 * what a person types before that is lost. Other pages' Swedish is the witness: the sign-in page
 * never says the insights page's words, so they must not be in the sign-in page's scripts.
 * Each page's figures are printed; docs/performance.md quotes them.
 */

const SITE = "hotel-oslo";
const MESSAGES = new URL("../../shared/messages/", import.meta.url);
let h: DashboardHarness;
/** Mona's session, for fresh contexts (nothing cached) that are signed in. */
let signedIn: BrowserContextOptions["storageState"];

/** An area's Swedish, the catalogue's own, longer than a word so that it cannot be chance. */
function swedish(area: string): { key: string; text: string }[] {
  const file = new URL(`sv/${area}.json`, MESSAGES);
  return Object.entries(JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>).flatMap(
    ([key, text]) =>
      typeof text === "string" && text.length >= 20 && !text.includes("{") ? [{ key, text }] : [],
  );
}
const AREAS = readdirSync(new URL("sv/", MESSAGES)).map((f) => f.replace(/\.json$/, ""));

interface Script {
  url: string;
  body: string;
}

/** The messages of `area` whose Swedish is in some script, with the script. */
const wordsIn = (area: string, scripts: Script[]) =>
  swedish(area).flatMap(({ key, text }) =>
    scripts.filter((s) => s.body.includes(text)).map((s) => `${key} in ${s.url}`),
  );

/**
 * Every script a page downloads before it hydrates (the insights page's stream never lets the
 * network go quiet, and what a page imports once alive does not hold up typing).
 */
async function scriptsOf(page: Page, path: string): Promise<Script[]> {
  const pending: Promise<Script | null>[] = [];
  page.on("response", (response) => {
    if (!(response.headers()["content-type"] ?? "").includes("javascript")) return;
    const url = new URL(response.url()).pathname;
    pending.push(
      response
        .text()
        .then((body) => ({ url, body }))
        .catch(() => null),
    );
  });
  const response = await page.goto(`${h.url}${path}`);
  expect(response?.status(), path).toBe(200);
  await page.waitForSelector("html[data-hydrated]", { state: "attached" });
  const scripts = (await Promise.all(pending)).filter((s): s is Script => s !== null);
  report(path, scripts);
  return scripts;
}

/** Bytes as served (the dashboard does not compress) and gzipped, and how many messages came. */
function report(path: string, scripts: Script[]): void {
  const sizes = scripts.map((s) => ({
    url: s.url,
    raw: Buffer.byteLength(s.body),
    gzip: gzipSync(s.body).length,
  }));
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const total = (k: "raw" | "gzip") => sizes.reduce((sum, s) => sum + s[k], 0);
  const largest = sizes.toSorted((a, b) => b.raw - a.raw)[0];
  const all = AREAS.flatMap(swedish).length;
  const came = AREAS.flatMap((area) => wordsIn(area, scripts)).length;
  console.log(
    `${path.split("?")[0]}: ${sizes.length} scripts, ${kb(total("raw"))} ` +
      `(gzip ${kb(total("gzip"))}); largest ${largest?.url} ${kb(largest?.raw ?? 0)} ` +
      `(gzip ${kb(largest?.gzip ?? 0)}); Swedish of ${came} of ${all} messages`,
  );
}

beforeAll(async () => {
  h = await DashboardHarness.start();
  await h.t.provision(hotelFleet(SITE));
  await h.createAccounts([MONA]);
  const page = await h.signIn(MONA, "/");
  signedIn = await page.context().storageState();
  await page.context().close();
});

afterAll(async () => {
  await h?.stop();
});

describe("the scripts a page downloads", () => {
  it("carry the page's own words: the insights page's Swedish is in its scripts", async () => {
    // Without this the tests below would pass on pages whose scripts they failed to read.
    expect(swedish("insights").length).toBeGreaterThan(5);
    const page = await h.page("phone", { storageState: signedIn });
    const scripts = await scriptsOf(page, "/insights");
    expect(wordsIn("insights", scripts).length).toBeGreaterThan(5);
    await page.context().close();
  });

  it("leave the insights, admin and setup pages' words out of the sign-in page", async () => {
    const page = await h.page("phone");
    const scripts = await scriptsOf(page, "/login");
    for (const area of ["insights", "admin", "setup"])
      expect.soft(wordsIn(area, scripts), area).toEqual([]);
    await page.context().close();
  });

  it("leave them out of a guest's QR page", async () => {
    const key = await h.t.api("GET", `/api/sites/${SITE}/assets/elev-a-floor/report-key`);
    expect(key.status).toBe(200);
    const page = await h.page("phone", { extraHTTPHeaders: { "accept-language": "sv" } });
    const scripts = await scriptsOf(page, key.body.path);
    for (const area of ["insights", "admin", "setup"])
      expect.soft(wordsIn(area, scripts), area).toEqual([]);
    await page.context().close();
  });

  // The site page says a few words of the insights and setup areas itself (its day chart, its
  // labels link); the admin pages' it never says.
  it.each([
    ["/", ["insights", "admin", "setup"]],
    [`/sites/${SITE}`, ["admin"]],
  ])("leave other pages' words out of %s", async (path, elsewhere) => {
    const page = await h.page("phone", { storageState: signedIn });
    const scripts = await scriptsOf(page, path);
    for (const area of elsewhere) expect.soft(wordsIn(area, scripts), area).toEqual([]);
    await page.context().close();
  });
});
