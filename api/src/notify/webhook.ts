import { createHmac } from "node:crypto";
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { AddressRefused, OutboundPolicy } from "./outbound.ts";
import { httpOutcome, type Outcome } from "./retry.ts";

/**
 * Outgoing HTTP: signed webhooks, and the plain POSTs of Slack and Teams webhooks. One POST per
 * attempt, only to an allowed address, no redirects followed, a time limit, and an answer reduced
 * to what the delivery log keeps: the status, what it means, an error in words, and the first
 * bytes of a refusal's answer apart (admins see them; deliveryView).
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
  /** What went wrong, in words; never the answer's text, nor the URL. */
  error: string | null;
  /** The first bytes of a refusal's answer: what the receiver said (shown to admins only). */
  answer?: string | null;
  /** From a `Retry-After` answer. */
  retryAfterMs?: number | undefined;
  /**
   * No answer came, but the request may have reached the receiver (a time-out, a connection
   * dropped mid-way): unlike a refused connection, its outcome is unknown.
   */
  maybeDelivered?: boolean;
}

/** How much of a refusal's answer is kept: enough to say why. */
const ANSWER_BYTES = 200;

/** `Retry-After` as seconds or as an HTTP date. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, at - now) : undefined;
}

/**
 * Posts a JSON body, to an address `policy` allows (outbound.ts): a literal address is checked
 * before anything is sent, a name in the connection's own lookup. Never throws: a failure is an
 * answer with an error. Credentials in the URL are sent as Basic authentication.
 */
export async function postJson(options: {
  url: string;
  body: string;
  headers?: Record<string, string>;
  timeoutMs: number;
  /** Aborts the attempt when the notifier stops. */
  signal?: AbortSignal;
  now: () => number;
  policy: OutboundPolicy;
}): Promise<HttpAttempt> {
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  let connected = false;
  try {
    const url = new URL(options.url);
    options.policy.checkLiteral(OutboundPolicy.hostOf(url));
    const response = await send(url, options, signal, () => {
      connected = true;
    });
    const outcome = httpOutcome(response.status);
    return {
      status: response.status,
      outcome,
      error:
        outcome === "sent"
          ? null
          : `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}${isRedirect(response.status) ? " (a redirect, not followed)" : ""}`,
      answer: outcome === "sent" || response.text === "" ? null : response.text,
      retryAfterMs: parseRetryAfter(response.retryAfter, options.now()),
    };
  } catch (error) {
    if (error instanceof AddressRefused)
      return { status: null, outcome: "failed", error: `refused: ${error.message}` };
    const reason =
      timeout.aborted && !options.signal?.aborted
        ? `no answer within ${options.timeoutMs} ms`
        : options.signal?.aborted
          ? "stopped while sending"
          : describeError(error);
    // Until the connection stood, nothing of the request can have reached the receiver.
    return { status: null, outcome: "retry", error: reason, maybeDelivered: connected };
  }
}

function isRedirect(status: number): boolean {
  return status >= 300 && status < 400;
}

interface Answer {
  status: number;
  statusText: string;
  retryAfter: string | null;
  text: string;
}

/** One POST with node:http(s), so that the connection's lookup is ours; no redirect followed. */
function send(
  url: URL,
  options: { body: string; headers?: Record<string, string>; policy: OutboundPolicy },
  signal: AbortSignal,
  onConnected: () => void,
): Promise<Answer> {
  const body = Buffer.from(options.body, "utf8");
  const headers: Record<string, string> = {
    "content-type": "application/json",
    "user-agent": "BulbCheck-Notifier/1",
    ...options.headers,
    "content-length": String(body.byteLength),
  };
  if (url.username || url.password)
    headers.authorization = `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString("base64")}`;
  const secure = url.protocol === "https:";
  return new Promise<Answer>((resolve, reject) => {
    const request = (secure ? httpsRequest : httpRequest)(
      {
        protocol: url.protocol,
        hostname: OutboundPolicy.hostOf(url),
        port: url.port || (secure ? 443 : 80),
        path: `${url.pathname}${url.search}`,
        method: "POST",
        headers,
        lookup: options.policy.lookup,
        agent: false,
        signal,
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        const done = () =>
          resolve({
            status: response.statusCode ?? 0,
            statusText: response.statusMessage ?? "",
            retryAfter: headerText(response.headers["retry-after"]),
            text: Buffer.concat(chunks).toString("utf8").slice(0, ANSWER_BYTES),
          });
        response.on("data", (chunk: Buffer) => {
          if (size >= ANSWER_BYTES) return;
          chunks.push(chunk);
          size += chunk.byteLength;
          // A little of the answer says why it refused; more is not ours to keep.
          if (size >= ANSWER_BYTES) {
            done();
            response.destroy();
          }
        });
        response.on("end", done);
        response.on("error", done);
      },
    );
    request.on("socket", (socket) => {
      socket.once(secure ? "secureConnect" : "connect", onConnected);
    });
    request.on("error", reject);
    request.end(body);
  });
}

function headerText(value: string | string[] | undefined): string | null {
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}

function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as Error & { code?: string }).code;
    // A system error's message names the address and port it tried, never the URL's path.
    return code && !error.message.startsWith(code) ? `${code}: ${error.message}` : error.message;
  }
  return String(error);
}
