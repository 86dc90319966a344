import { createHmac } from "node:crypto";
import { httpOutcome, type Outcome } from "./retry.ts";

/**
 * Outgoing HTTP: signed webhooks, and the plain POSTs of Slack and Teams webhooks. One POST per
 * attempt, no redirects followed, a time limit, and an answer reduced to what the delivery log
 * keeps: the status, what it means, and an error in words.
 */

export const SIGNATURE_HEADER = "x-bulbcheck-signature";
export const TIMESTAMP_HEADER = "x-bulbcheck-timestamp";

/**
 * The signature of a body sent at `timestamp` (Unix seconds): HMAC-SHA256 over
 * `{timestamp}.{raw body}` with the channel's secret, as `sha256=<hex>`. The timestamp is signed
 * with the body, so that a captured request cannot be replayed later with a fresh timestamp.
 */
export function signBody(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

/** The headers of a signed webhook request. */
export function webhookHeaders(options: {
  secret: string | null;
  body: string;
  event: string;
  deliveryKey: string;
  timestamp: number;
}): Record<string, string> {
  const headers: Record<string, string> = {
    "x-bulbcheck-event": options.event,
    "x-bulbcheck-delivery": options.deliveryKey,
    // The same on every retry of one delivery: a receiver drops what it has seen.
    "idempotency-key": options.deliveryKey,
    [TIMESTAMP_HEADER]: String(options.timestamp),
  };
  if (options.secret)
    headers[SIGNATURE_HEADER] = signBody(options.secret, options.timestamp, options.body);
  return headers;
}

export interface HttpAttempt {
  status: number | null;
  outcome: Outcome;
  error: string | null;
  /** From a `Retry-After` answer. */
  retryAfterMs?: number | undefined;
  /**
   * No answer came, but the request may have reached the receiver (a time-out, a connection
   * dropped mid-way): unlike a refused connection, its outcome is unknown.
   */
  maybeDelivered?: boolean;
}

/** Errors raised before a request could leave: the receiver cannot have it. */
const NOT_SENT = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
]);

/** `Retry-After` as seconds or as an HTTP date. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, at - now) : undefined;
}

/** Posts a JSON body. Never throws: a failure is an answer with an error. */
export async function postJson(options: {
  url: string;
  body: string;
  headers?: Record<string, string>;
  timeoutMs: number;
  /** Aborts the attempt when the notifier stops. */
  signal?: AbortSignal;
  now: () => number;
}): Promise<HttpAttempt> {
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  try {
    const response = await fetch(options.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "user-agent": "BulbCheck-Notifier/1",
        ...options.headers,
      },
      body: options.body,
      redirect: "manual",
      signal,
    });
    // A little of the answer says why it refused; more is not ours to keep.
    const text = (await response.text().catch(() => "")).slice(0, 200);
    const outcome = httpOutcome(response.status);
    return {
      status: response.status,
      outcome,
      error:
        outcome === "sent"
          ? null
          : `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}${text ? `: ${text}` : ""}`,
      retryAfterMs: parseRetryAfter(response.headers.get("retry-after"), options.now()),
    };
  } catch (error) {
    const code = (error as { cause?: { code?: string } }).cause?.code;
    const reason =
      timeout.aborted && !options.signal?.aborted
        ? `no answer within ${options.timeoutMs} ms`
        : options.signal?.aborted
          ? "stopped while sending"
          : describeFetchError(error);
    return {
      status: null,
      outcome: "retry",
      error: reason,
      maybeDelivered: code === undefined || !NOT_SENT.has(code),
    };
  }
}

function describeFetchError(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as Error & { cause?: { code?: string; message?: string } }).cause;
    if (cause?.code) return `${cause.code}${cause.message ? `: ${cause.message}` : ""}`;
    return error.message;
  }
  return String(error);
}
