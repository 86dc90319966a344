import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/**
 * Real receivers for notification tests: an HTTP endpoint that checks signatures the way the
 * docs tell integrators to, and can fail on purpose; and an SMTP server that takes e-mail.
 */

/** An answer with more than a status. */
export interface PlannedAnswer {
  status: number;
  body?: string;
  headers?: Record<string, string>;
}

export interface ReceivedRequest {
  headers: IncomingHttpHeaders;
  raw: string;
  // biome-ignore lint/suspicious/noExplicitAny: a test reads the body it expects, and asserts it
  body: any;
  /** The HMAC over `{timestamp}.{raw body}` matched, and the timestamp was fresh. */
  verified: boolean;
  /** The status answered. */
  status: number;
}

export interface WebhookReceiver {
  url: string;
  requests: ReceivedRequest[];
  /** Accepted requests, one per idempotency key: what a receiver that drops repeats keeps. */
  accepted: Map<string, ReceivedRequest>;
  /**
   * The answers to give, in order; then 200. A `hang` answer holds the request until released;
   * a planned answer says its status, body and headers (a redirect's Location, say).
   */
  answers: (number | "hang" | PlannedAnswer)[];
  /** Answers every held request with 200. */
  release(): void;
  close(): Promise<void>;
}

/**
 * Verifies a signed request as docs/notifications.md shows: HMAC-SHA256 of `{timestamp}.{body}`
 * with the channel's secret, compared in constant time; a timestamp more than 5 minutes off is
 * refused (a replay).
 */
export function verifySignature(options: {
  secret: string;
  raw: string;
  headers: IncomingHttpHeaders;
  nowSeconds: number;
}): boolean {
  const timestamp = Number(options.headers["x-bulbcheck-timestamp"]);
  const signature = String(options.headers["x-bulbcheck-signature"] ?? "");
  if (!Number.isInteger(timestamp) || Math.abs(options.nowSeconds - timestamp) > 300) return false;
  const expected = `sha256=${createHmac("sha256", options.secret).update(`${timestamp}.${options.raw}`).digest("hex")}`;
  const a = Buffer.from(signature);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function startWebhookReceiver(
  options: { secret?: () => string | undefined; now?: () => number } = {},
): Promise<WebhookReceiver> {
  const requests: ReceivedRequest[] = [];
  const accepted = new Map<string, ReceivedRequest>();
  const answers: (number | "hang" | PlannedAnswer)[] = [];
  const held: (() => void)[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      const secret = options.secret?.();
      const verified =
        secret === undefined ||
        verifySignature({
          secret,
          raw,
          headers: req.headers,
          nowSeconds: Math.floor((options.now ?? Date.now)() / 1000),
        });
      const next = answers.shift() ?? 200;
      const planned: number | "hang" = typeof next === "object" ? next.status : next;
      const status = !verified ? 401 : planned === "hang" ? 200 : planned;
      let body: unknown;
      try {
        body = JSON.parse(raw);
      } catch {
        body = raw;
      }
      const entry: ReceivedRequest = { headers: req.headers, raw, body, verified, status };
      requests.push(entry);
      const answer = () => {
        if (status >= 200 && status < 300) {
          const key = String(req.headers["idempotency-key"] ?? requests.length);
          if (!accepted.has(key)) accepted.set(key, entry);
        }
        const custom = typeof next === "object" && verified ? next : undefined;
        res
          .writeHead(status, { "content-type": "text/plain", ...custom?.headers })
          .end(custom?.body ?? (status < 300 ? "ok" : "nope"));
      };
      if (planned === "hang") held.push(answer);
      else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    requests,
    accepted,
    answers,
    release() {
      for (const answer of held.splice(0)) answer();
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface ReceivedMail {
  from: string;
  to: string[];
  parsed: ParsedMail;
}

export interface SmtpReceiver {
  /** `smtp://user:pass@127.0.0.1:port`, for BULBCHECK_SMTP_URL. */
  url: string;
  mails: ReceivedMail[];
  /** Answers the next N messages with this SMTP reply code, then accepts again. */
  refuseNext(count: number, code: number): void;
  close(): Promise<void>;
}

export const SMTP_USER = "bulbcheck";
export const SMTP_PASS = "smtp-test-password";

/** A real SMTP server (the smtp-server package) on a free port, with a login, without TLS. */
export async function startSmtpReceiver(): Promise<SmtpReceiver> {
  const mails: ReceivedMail[] = [];
  let refusals = 0;
  let refusalCode = 451;
  const server = new SMTPServer({
    // Plain text on loopback: a certificate would prove nothing here.
    secure: false,
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    authMethods: ["PLAIN", "LOGIN"],
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === SMTP_USER && auth.password === SMTP_PASS)
        return callback(null, { user: auth.username });
      return callback(new Error("wrong login"));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        if (refusals > 0) {
          refusals--;
          const error = new Error("try again later") as Error & { responseCode: number };
          error.responseCode = refusalCode;
          return callback(error);
        }
        simpleParser(Buffer.concat(chunks)).then(
          (parsed) => {
            mails.push({
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
              to: session.envelope.rcptTo.map((r) => r.address),
              parsed,
            });
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://${SMTP_USER}:${SMTP_PASS}@127.0.0.1:${port}`,
    mails,
    refuseNext(count, code) {
      refusals = count;
      refusalCode = code;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
