import type { Logger } from "pino";
import type { ChangeFeed } from "../engine/change-feed.ts";
import { type Db, transact } from "../store/database.ts";
import { getDefect } from "../store/defect-store.ts";
import {
  type NoticeToMail,
  noticesToMail,
  retryNoticeMail,
  settleNoticeMail,
} from "../store/notice-store.ts";
import { getSiteRow, zonesOf } from "../store/registry-store.ts";
import type { MailSender } from "./mailer.ts";
import { noticeEmail } from "./notice-email.ts";
import { DEFAULT_RETRY_POLICY, type RetryPolicy, retryDelay } from "./retry.ts";
import { localeOr } from "./words.ts";

/**
 * Tells the person a notice is for by e-mail (docs/notifications.md, "E-mail to assignees"). The
 * outbox is `user_notices` itself: a notice is settled (`mailed_at`) once its e-mail was sent, or
 * when there is nothing to send (no address, a disabled user, a defect resolved meanwhile), or
 * when it was given up. A failure that may pass (no answer, SMTP 4xx) is tried again with the
 * deliveries' back-off (retry.ts), stored on the row, so a restart resumes where it stood; an
 * SMTP 5xx gives up at once. Without an SMTP server the notices with an address wait, for a day
 * at most. Passes run beside ingestion and the API, never inside them: a slow mail server delays
 * only the next e-mail.
 *
 * One e-mail per notice: a row is settled in the same moment its answer is known. A crash while
 * a message is under way leaves the row unsettled, and it is sent again with the same Message-ID
 * (at least once, as e-mail deliveries are).
 */

export interface NoticeMailerOptions {
  db: Db;
  feed: ChangeFeed;
  logger: Logger;
  now: () => number;
  /** Undefined without SMTP settings: notices with an address wait. */
  mailer: MailSender | undefined;
  publicUrl: string | undefined;
  retry?: RetryPolicy;
  random?: () => number;
  /** A pass by itself this often; assignments on the feed start one sooner. */
  everyMs?: number;
}

const PAGE = 100;
const ROUNDS = 10;
const KICK_DELAY_MS = 100;

export class NoticeMailer {
  readonly #o: NoticeMailerOptions;
  readonly #retry: RetryPolicy;
  #chain: Promise<unknown> = Promise.resolve();
  #timer: NodeJS.Timeout | undefined;
  #unsubscribe: (() => void) | undefined;
  #kickQueued = false;
  #stopping = false;

  constructor(options: NoticeMailerOptions) {
    this.#o = options;
    this.#retry = options.retry ?? DEFAULT_RETRY_POLICY;
  }

  start(): void {
    if (!this.#o.mailer)
      this.#o.logger.info(
        "no SMTP server is set: assignees are told in the app only (their e-mails wait a day for one)",
      );
    this.#unsubscribe = this.#o.feed.subscribe((change) => {
      if (change.type !== "defect") return;
      // Assigned by a person, or by a rule as the defect opened.
      if (
        change.change === "assigned" ||
        (change.change === "opened" && change.defect.assignee !== null)
      )
        this.#kick();
    });
    this.#timer = setInterval(() => void this.runOnce(), this.#o.everyMs ?? 30_000);
    this.#timer.unref();
    this.#kick();
  }

  /** One pass, after any pass under way. */
  runOnce(): Promise<void> {
    const pass = this.#chain.then(() => this.#pass());
    this.#chain = pass.catch(() => undefined);
    return pass;
  }

  /** No new passes; waits for the one under way (its e-mail has a time limit of its own). */
  async stop(): Promise<void> {
    this.#stopping = true;
    this.#unsubscribe?.();
    if (this.#timer) clearInterval(this.#timer);
    await this.#chain;
    this.#o.mailer?.close();
  }

  #kick(): void {
    if (this.#kickQueued || this.#stopping) return;
    this.#kickQueued = true;
    setTimeout(() => {
      this.#kickQueued = false;
      if (!this.#stopping) void this.runOnce();
    }, KICK_DELAY_MS).unref();
  }

  async #pass(): Promise<void> {
    if (this.#stopping) return;
    try {
      // Paged by id: notices that wait for an SMTP server are passed over, not in the way.
      let after = 0;
      for (let round = 0; round < ROUNDS && !this.#stopping; round++) {
        const rows = noticesToMail(this.#o.db, this.#o.now(), PAGE, after);
        if (rows.length === 0) break;
        for (const row of rows) {
          if (this.#stopping) return;
          after = row.id;
          await this.#one(row);
        }
      }
    } catch (error) {
      this.#o.logger.error({ err: error }, "notice e-mail pass failed; trying again at the next");
    }
  }

  async #one(row: NoticeToMail): Promise<void> {
    const { db, now, mailer } = this.#o;
    const settle = (result: string) =>
      transact(db, () =>
        settleNoticeMail(db, row.id, { at: now(), attempts: row.mail_attempts, result }),
      );
    const defect = getDefect(db, row.defect_id);
    if (row.disabled_at !== null) return settle("not sent: the user is disabled");
    if (!row.email) return settle("not sent: the user has no e-mail address");
    if (!defect || defect.status === "resolved")
      return settle("not sent: the defect was resolved first");
    const giveUpAt = row.at + this.#retry.giveUpAfterMs;
    if (!mailer) {
      if (now() > giveUpAt) settle("not sent: no SMTP server was set within a day");
      return;
    }
    if (now() > giveUpAt) return settle(`gave up after ${row.mail_attempts} attempts`);
    const site = getSiteRow(db, defect.site);
    const zone = zonesOf(db, defect.site).find((z) => z.id === defect.zone);
    const message = noticeEmail({
      kind: row.kind,
      defect,
      zoneName: zone?.name ?? defect.zone,
      timeZone: site?.timezone ?? "UTC",
      by: row.by,
      name: row.display_name,
      url: this.#o.publicUrl ? `${this.#o.publicUrl}/defects/${defect.id}` : null,
      // Their own language when they chose one, else the site's.
      locale: localeOr(row.locale, localeOr(site?.language, "en")),
    });
    const answer = await mailer.send({
      to: [row.email],
      ...message,
      messageId: `<notice-${row.id}@${messageIdHost(this.#o.publicUrl)}>`,
      headers: { "X-BulbCheck-Notice": String(row.id) },
    });
    const attempts = row.mail_attempts + 1;
    if (answer.outcome === "sent")
      return transact(db, () =>
        settleNoticeMail(db, row.id, {
          at: now(),
          attempts,
          result: answer.error ? `sent; ${answer.error}` : "sent",
        }),
      );
    const error = answer.error ?? "failed";
    const next = now() + retryDelay(attempts, this.#retry, this.#o.random ?? Math.random);
    if (answer.outcome === "failed" || next > giveUpAt) {
      this.#o.logger.warn({ notice: row.id, error }, "a notice's e-mail failed for good");
      return transact(db, () =>
        settleNoticeMail(db, row.id, {
          at: now(),
          attempts,
          result: `failed after ${attempts} attempt${attempts === 1 ? "" : "s"}: ${error}`,
        }),
      );
    }
    transact(db, () => retryNoticeMail(db, row.id, { nextAt: next, attempts, result: error }));
  }
}

function messageIdHost(publicUrl: string | undefined): string {
  try {
    return publicUrl ? new URL(publicUrl).hostname : "bulbcheck.invalid";
  } catch {
    return "bulbcheck.invalid";
  }
}
