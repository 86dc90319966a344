import { defectReference, UNDO_WINDOW_MS } from "@bulbcheck/shared";
import { faultWords, type Locale, m } from "@bulbcheck/shared/i18n";
import type { Logger } from "pino";
import type { ChangeFeed } from "../engine/change-feed.ts";
import { type Db, transact } from "../store/database.ts";
import { getDefect, type StoredDefect } from "../store/defect-store.ts";
import { getSiteRow } from "../store/registry-store.ts";
import {
  dueWatchers,
  forgetWatcher,
  retryWatcher,
  type WatcherRow,
} from "../store/watcher-store.ts";
import { escapeHtml } from "./email-message.ts";
import type { MailSender } from "./mailer.ts";
import { DEFAULT_RETRY_POLICY, type RetryPolicy, retryDelay } from "./retry.ts";
import { localeOr, siteTime } from "./words.ts";

/**
 * Tells a customer, once, that the defect they reported by QR code is fixed
 * (docs/notifications.md#customers): an e-mail through the SMTP server when the defect has been
 * resolved for longer than its resolver's undo, then the address is deleted. A server that says
 * "later" is tried again with the notifier's backoff, up to its give-up time; one that refuses
 * for good, or a defect reopened and resolved days later past that time, and the address is
 * deleted unsent. Never in the resolve's way: a pass runs after the commit, on its own.
 */
export interface CustomerMailOptions {
  db: Db;
  feed: ChangeFeed;
  logger: Logger;
  now: () => number;
  mailer: MailSender;
  retry?: RetryPolicy | undefined;
  random?: () => number;
  /** How often a pass runs by itself; a resolve starts one sooner. */
  everyMs?: number;
}

const KICK_DELAY_MS = 100;
const BATCH = 20;

export class CustomerMail {
  readonly #o: CustomerMailOptions;
  readonly #retry: RetryPolicy;
  #chain: Promise<unknown> = Promise.resolve();
  #timer: NodeJS.Timeout | undefined;
  #unsubscribe: (() => void) | undefined;
  #stopping = false;

  constructor(options: CustomerMailOptions) {
    this.#o = options;
    this.#retry = options.retry ?? DEFAULT_RETRY_POLICY;
  }

  start(): void {
    this.#unsubscribe = this.#o.feed.subscribe((change) => {
      if (change.type === "defect" && change.change === "resolved")
        // After the undo window: a resolve taken back within it must not have told anyone.
        setTimeout(() => void this.runOnce(), UNDO_WINDOW_MS + KICK_DELAY_MS).unref();
    });
    this.#timer = setInterval(() => void this.runOnce(), this.#o.everyMs ?? 30_000);
    this.#timer.unref();
  }

  /** One pass, after any under way: sends what is due. */
  runOnce(): Promise<void> {
    const pass = this.#chain.then(() => this.#pass());
    this.#chain = pass.catch(() => undefined);
    return pass;
  }

  async stop(): Promise<void> {
    this.#stopping = true;
    this.#unsubscribe?.();
    if (this.#timer) clearInterval(this.#timer);
    await this.#chain;
    this.#o.mailer.close();
  }

  async #pass(): Promise<void> {
    const { db, now, logger } = this.#o;
    try {
      for (let round = 0; round < 10 && !this.#stopping; round++) {
        const due = dueWatchers(db, now(), UNDO_WINDOW_MS, BATCH);
        if (due.length === 0) return;
        for (const watcher of due) {
          if (this.#stopping) return;
          await this.#send(watcher);
        }
      }
    } catch (error) {
      logger.error({ err: error }, "telling customers failed; trying again at the next pass");
    }
  }

  async #send(watcher: WatcherRow & { resolved_at: number }): Promise<void> {
    const { db, now, logger, mailer } = this.#o;
    const defect = getDefect(db, watcher.defect_id);
    if (!defect) {
      transact(db, () => forgetWatcher(db, watcher.id));
      return;
    }
    const site = getSiteRow(db, defect.site);
    const message = fixedMessage(defect, {
      siteName: site?.name ?? defect.site,
      timeZone: site?.timezone ?? "UTC",
      // The language their report page was in, else the site's.
      locale: localeOr(watcher.language, localeOr(site?.language, "en")),
    });
    const answer = await mailer.send({
      to: [watcher.email],
      ...message,
      messageId: `fixed-d${defect.id}-w${watcher.id}@bulbcheck`,
    });
    const at = now();
    const attempts = watcher.attempts + 1;
    if (answer.outcome === "sent") {
      transact(db, () => forgetWatcher(db, watcher.id));
      return;
    }
    const next = at + retryDelay(attempts, this.#retry, this.#o.random ?? Math.random);
    if (answer.outcome === "failed" || next > watcher.resolved_at + this.#retry.giveUpAfterMs) {
      // The address is not kept for another try that will not come.
      transact(db, () => forgetWatcher(db, watcher.id));
      logger.warn(
        { defect: defect.id, attempts, error: answer.error },
        "a customer's fixed e-mail was given up; the address is deleted",
      );
      return;
    }
    transact(db, () =>
      retryWatcher(db, watcher.id, { attempts, nextAttemptAt: next, error: answer.error }),
    );
  }
}

/** What the customer reads: what they reported, where, that it is fixed, and their reference. */
export function fixedMessage(
  defect: StoredDefect,
  where: { siteName: string; timeZone: string; locale: Locale },
): { subject: string; text: string; html: string } {
  const { siteName, timeZone, locale } = where;
  const o = { locale };
  const fault = faultWords(defect.fault, locale);
  const reference = defectReference(defect.id);
  const when = defect.resolvedAt ? siteTime(defect.resolvedAt, timeZone, locale) : "";
  const subject = m
    .email_fixed_subject({ fault, asset: defect.assetName, site: siteName, reference }, o)
    .replace(/[\r\n]+/g, " ");
  const facts: [string, string][] = [
    [m.email_fixed_what({}, o), fault],
    [m.email_fixed_where({}, o), defect.assetName],
    [m.email_fixed_when({}, o), when],
    [m.email_fixed_reference({}, o), reference],
  ];
  const width = Math.max(...facts.map(([k]) => k.length));
  const intro = m.email_fixed_intro({ site: siteName }, o);
  const lines = [
    intro,
    "",
    ...facts.map(([k, v]) => `${`${k}:`.padEnd(width + 2)}${v}`),
    "",
    m.email_fixed_thanks({}, o),
    "",
    m.email_fixed_only({}, o),
  ];
  const html = `<div lang="${locale}" style="font-family:system-ui,sans-serif;color:#1d2433;line-height:1.4">
<p>${escapeHtml(intro)}</p>
<p>${facts.map(([k, v]) => `${escapeHtml(k)}: ${escapeHtml(v)}`).join("<br>")}</p>
<p>${escapeHtml(m.email_fixed_thanks({}, o))}</p>
<p style="color:#5b6475">${escapeHtml(m.email_fixed_only({}, o))}</p>
</div>`;
  return { subject, text: lines.join("\n"), html };
}
