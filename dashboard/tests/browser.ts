import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";

/** Debian's Chromium, as the machine has it; test tools' own browser downloads fail here. */
export const CHROMIUM = process.env.BULBCHECK_CHROMIUM ?? "/usr/bin/chromium";

/**
 * `hostRules` are Chromium's `--host-resolver-rules`: `MAP bulbcheck.test 127.0.0.1:PORT` makes a
 * public name (a QR code's) open a server on this machine, without DNS or a network.
 */
export function launchBrowser(options: { hostRules?: string[] } = {}): Promise<Browser> {
  const { hostRules = [] } = options;
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      ...(hostRules.length > 0 ? [`--host-resolver-rules=${hostRules.join(",")}`] : []),
    ],
  });
}

export const SCREENSHOTS = fileURLToPath(
  new URL("../../test-artifacts/screenshots/", import.meta.url),
);

export const VIEWPORTS = {
  laptop: { width: 1440, height: 900 },
  phone: { width: 390, height: 844 },
} as const;

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true });
}
