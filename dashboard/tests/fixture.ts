import { startTestSystem, type TestSystem } from "@bulbcheck/api/testing";
import type { ApiRole } from "@bulbcheck/shared";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { startDashboard } from "../serve/start-dashboard.ts";
import { launchBrowser, VIEWPORTS } from "./browser.ts";

/** Someone who signs in to the dashboard in a test. */
export interface Account {
  username: string;
  password: string;
  role: ApiRole;
  sites?: string[] | null;
  displayName?: string;
}

export const SESSION_COOKIE = "bulbcheck_session";

/** Hotel Oslo's manager and one of its staff, the pair most team tests work with. */
export const MONA: Account = {
  username: "mona",
  password: "mona-password-1",
  role: "manager",
  sites: ["hotel-oslo"],
  displayName: "Mona Berg",
};
export const KARI: Account = {
  username: "kari",
  password: "kari-password-1",
  role: "staff",
  sites: ["hotel-oslo"],
  displayName: "Kari Nordmann",
};

/**
 * The real system (broker, ingestion, SQLite, API) and the production build of the dashboard on
 * free ports, with headless Chromium, and the people of `accounts` created through the API.
 */
export class DashboardHarness {
  /** Every alert, confirm or prompt any page opened: a script that ran where none should. */
  readonly dialogs: string[] = [];

  private constructor(
    readonly t: TestSystem,
    readonly url: string,
    readonly browser: Browser,
    private readonly closeDashboard: () => Promise<void>,
    private readonly contextOptions: BrowserContextOptions,
  ) {}

  /**
   * With `system.notify.publicUrl` (BULBCHECK_PUBLIC_URL), the browser opens that address at
   * the dashboard, as a phone would on the real network: `http://bulbcheck.test` works in a test.
   */
  static async start(
    options: {
      system?: Parameters<typeof startTestSystem>[0];
      /** Options for every browser context (headers, for example). */
      context?: BrowserContextOptions;
    } = {},
  ): Promise<DashboardHarness> {
    const t = await startTestSystem(options.system);
    try {
      const dashboard = await startDashboard({
        apiUrl: t.system.apiUrl,
        host: "127.0.0.1",
        port: 0,
      });
      if (!dashboard) throw new Error("no dashboard build");
      const browser = await launchBrowser({
        hostRules: publicHostRules(options.system?.notify?.publicUrl, dashboard.url),
      });
      return new DashboardHarness(
        t,
        dashboard.url,
        browser,
        () => dashboard.close(),
        options.context ?? {},
      );
    } catch (error) {
      await t.stop();
      throw error;
    }
  }

  /** Creates people through the admin API; call after provisioning their sites. */
  async createAccounts(accounts: Account[]): Promise<Map<string, number>> {
    const ids = new Map<string, number>();
    for (const { username, password, role, sites = null, displayName } of accounts) {
      const created = await this.t.api<{ id: number }>("POST", "/api/users", {
        body: { username, password, role, sites, ...(displayName ? { displayName } : {}) },
      });
      if (created.status !== 201) {
        throw new Error(`user ${username}: ${created.status} ${JSON.stringify(created.body)}`);
      }
      ids.set(username, created.body.id);
    }
    return ids;
  }

  /** A fresh browser context (no cookies) with one page, watching for dialogs. */
  async page(
    viewport: keyof typeof VIEWPORTS = "laptop",
    extra: BrowserContextOptions = {},
  ): Promise<Page> {
    const page = await this.browser.newPage({
      ...this.contextOptions,
      ...extra,
      viewport: VIEWPORTS[viewport],
    });
    page.on("dialog", (dialog) => {
      this.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    // What is typed into a form before it hydrates can be lost to hydration (sign-in binds its
    // fields and keeps it; others may not): a page's goto waits until the layout says it is alive.
    if (extra.javaScriptEnabled !== false) {
      const goto = page.goto.bind(page);
      page.goto = async (url, options) => {
        const response = await goto(url, options);
        if (response?.headers()["content-type"]?.startsWith("text/html"))
          await page
            .waitForSelector("html[data-hydrated]", { state: "attached", timeout: 30_000 })
            .catch(() => undefined);
        return response;
      };
    }
    return page;
  }

  /** Opens `path` in a fresh context, nobody signed in. */
  async open(path: string, viewport: keyof typeof VIEWPORTS = "laptop"): Promise<Page> {
    const page = await this.page(viewport);
    await page.goto(`${this.url}${path}`);
    return page;
  }

  /** Signs in through the login form, as a person would, and waits to arrive at `next`. */
  async signIn(
    account: Pick<Account, "username" | "password">,
    next = "/",
    viewport: keyof typeof VIEWPORTS = "laptop",
  ): Promise<Page> {
    const page = await this.page(viewport);
    await page.goto(`${this.url}/login?next=${encodeURIComponent(next)}`);
    await page.fill("#username", account.username);
    await page.fill("#password", account.password);
    await page.click("button[type=submit]");
    await page.waitForURL((url) => `${url.pathname}${url.search}` === next);
    await page
      .waitForSelector("html[data-hydrated]", { state: "attached", timeout: 30_000 })
      .catch(() => undefined);
    return page;
  }

  /** The session token in a page's cookie jar. */
  async sessionToken(page: Page): Promise<string | undefined> {
    const cookies = await page.context().cookies(this.url);
    return cookies.find((c) => c.name === SESSION_COOKIE)?.value;
  }

  async stop(): Promise<void> {
    await this.browser?.close();
    await this.closeDashboard();
    await this.t.stop();
  }
}

/** The browser's rule that sends the public address's host (and port) to the dashboard. */
function publicHostRules(publicUrl: string | undefined, dashboardUrl: string): string[] {
  if (!publicUrl) return [];
  const from = new URL(publicUrl);
  const to = new URL(dashboardUrl);
  // Without a port in the public address, every port of its host goes to the dashboard's.
  return [`MAP ${from.port ? from.host : from.hostname} ${to.host}`];
}
