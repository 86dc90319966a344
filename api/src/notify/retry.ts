import type { ChannelKind } from "@bulbcheck/shared";

/**
 * When to try a delivery again, and what an answer means. Pure, with the randomness passed in.
 */

export interface RetryPolicy {
  /** The first retry waits about this long; each next one twice as long. */
  baseMs: number;
  /** No wait is longer than this. */
  capMs: number;
  /** A delivery still failing this long after it was made is given up (state `failed`). */
  giveUpAfterMs: number;
  /** One attempt may take this long before it counts as failed. */
  timeoutMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  baseMs: 10_000,
  capMs: 15 * 60_000,
  giveUpAfterMs: 24 * 3_600_000,
  timeoutMs: 10_000,
};

/**
 * Exponential backoff with "equal jitter": half of the capped exponential wait for sure, the
 * other half at random, so that deliveries failing together do not all come back together, and
 * none comes back much sooner than planned. A receiver's `Retry-After` is honoured up to the cap.
 */
export function retryDelay(
  attempt: number,
  policy: RetryPolicy,
  random: () => number,
  retryAfterMs?: number,
): number {
  const exponential = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
  const jittered = exponential / 2 + random() * (exponential / 2);
  const asked = retryAfterMs === undefined ? 0 : Math.min(policy.capMs, retryAfterMs);
  return Math.round(Math.max(jittered, asked));
}

export type Outcome = "sent" | "retry" | "failed";

/**
 * An HTTP answer: 2xx is delivered. 408, 425, 429 and 5xx are worth another try. Other 4xx will
 * not change by trying again (a wrong or deleted URL, a refused body), and neither will a
 * redirect, which is not followed (the URL to post to is the one an admin set).
 */
export function httpOutcome(status: number): Outcome {
  if (status >= 200 && status < 300) return "sent";
  if (status === 408 || status === 425 || status === 429 || status >= 500) return "retry";
  return "failed";
}

/**
 * An SMTP answer to a failed send: 5xx is permanent (RFC 5321 4.2.1), 4xx transient; no code
 * (the server could not be reached, or the connection broke) is worth another try.
 */
export function smtpOutcome(code: number | undefined): Outcome {
  return code !== undefined && code >= 500 && code < 600 ? "failed" : "retry";
}

/**
 * What to do with an attempt that was under way when the server stopped or crashed, whose
 * outcome is unknown. Webhooks carry an idempotency key and e-mails a fixed Message-ID, so a
 * receiver can tell a repeat: they are sent again (at least once). A Slack or Teams room cannot
 * tell one: there the attempt is marked `uncertain` and not repeated (at most once), for an
 * admin to resend from the delivery log; the escalation's next level still follows if nobody
 * acknowledges.
 */
export function afterInterruption(kind: ChannelKind): "retry" | "uncertain" {
  return kind === "slack" || kind === "teams" ? "uncertain" : "retry";
}
