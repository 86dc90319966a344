import type { Channel } from "../store/channel-store.ts";
import type { DeliveryRow } from "../store/delivery-store.ts";
import { slackMessage, teamsMessage } from "./chat-formats.ts";
import { emailMessage } from "./email-message.ts";
import type { MailSender } from "./mailer.ts";
import type { Notice } from "./notice.ts";
import type { OutboundPolicy } from "./outbound.ts";
import { postJson, webhookHeaders } from "./webhook.ts";

/** What one attempt came to, from any channel. */
export interface AttemptAnswer {
  status: number | null;
  outcome: "sent" | "retry" | "failed";
  error: string | null;
  /** The first bytes of a refusal's answer, apart from the error: admins alone see them. */
  answer?: string | null | undefined;
  retryAfterMs?: number | undefined;
  /** No answer, but the receiver may have it (see webhook.ts). */
  maybeDelivered?: boolean | undefined;
}

/** The host part of Message-IDs: the dashboard's, or a name that is never a real host. */
function messageIdHost(publicUrl: string | undefined): string {
  try {
    return publicUrl ? new URL(publicUrl).hostname : "bulbcheck.invalid";
  } catch {
    return "bulbcheck.invalid";
  }
}

/** One attempt of a delivery, shaped for its channel. Never throws. */
export function sendToChannel(
  channel: Channel,
  row: DeliveryRow,
  options: {
    mailer: MailSender | undefined;
    publicUrl: string | undefined;
    timeoutMs: number;
    signal: AbortSignal;
    now: () => number;
    /** Where web channels may post (outbound.ts). */
    outbound: OutboundPolicy;
  },
): Promise<AttemptAnswer> {
  // Stored by the step that made it, from a typed Notice.
  const notice = JSON.parse(row.message) as Notice;
  const post = (url: string, body: string, headers: Record<string, string> = {}) =>
    postJson({
      url,
      body,
      headers,
      timeoutMs: options.timeoutMs,
      signal: options.signal,
      now: options.now,
      policy: options.outbound,
    });
  switch (channel.kind) {
    case "webhook":
      // The stored notice is the body, byte for byte the same on every retry.
      return post(
        channel.url,
        row.message,
        webhookHeaders({
          secret: channel.secret,
          body: row.message,
          event: notice.type,
          deliveryKey: row.key,
          timestamp: Math.floor(options.now() / 1000),
        }),
      );
    case "slack":
      return post(channel.url, JSON.stringify(slackMessage(notice)));
    case "teams":
      return post(channel.url, JSON.stringify(teamsMessage(notice)));
    case "in_app":
      // Its step writes the notices itself (steps.ts): nothing is ever queued for it.
      return Promise.resolve({
        status: null,
        outcome: "failed",
        error: "the in-app channel is not sent: its notices are written by the step",
      });
    case "email": {
      if (!options.mailer)
        return Promise.resolve({
          status: null,
          outcome: "retry",
          error: "no SMTP server is set (BULBCHECK_SMTP_URL or BULBCHECK_SMTP_HOST)",
        });
      return options.mailer.send({
        to: channel.to,
        ...emailMessage(notice),
        messageId: `<${row.key}@${messageIdHost(options.publicUrl)}>`,
        headers: { "X-BulbCheck-Delivery": row.key },
      });
    }
  }
}
