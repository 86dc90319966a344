import nodemailer from "nodemailer";
import type SMTPTransport from "nodemailer/lib/smtp-transport/index.js";
import { type Outcome, smtpOutcome } from "./retry.ts";

/** The SMTP server e-mail goes through, from the environment (api/src/config.ts). */
export interface SmtpSettings {
  /** `smtp://user:pass@host:587` or `smtps://...:465`; or host and port below. */
  url?: string | undefined;
  host?: string | undefined;
  port?: number | undefined;
  /** TLS from the start (port 465); otherwise STARTTLS when the server offers it. */
  secure?: boolean | undefined;
  user?: string | undefined;
  pass?: string | undefined;
  /** The From of every e-mail: `Bulb Check <bulbcheck@example.com>`. */
  from: string;
}

export interface MailToSend {
  to: string[];
  subject: string;
  text: string;
  html: string;
  /** The same on every retry, so that mail clients can tell a repeat. */
  messageId: string;
  headers?: Record<string, string>;
}

export interface MailAttempt {
  status: number | null;
  outcome: Outcome;
  error: string | null;
}

/** Sends e-mail; never throws: a failure is an answer with an error. */
export interface MailSender {
  send(mail: MailToSend): Promise<MailAttempt>;
  close(): void;
}

/** A sender over SMTP with nodemailer: one connection per message, with time limits. */
export function createMailer(settings: SmtpSettings, timeoutMs: number): MailSender {
  const limits = {
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
  };
  const options: SMTPTransport.Options = settings.url
    ? { url: settings.url, ...limits }
    : {
        host: settings.host,
        port: settings.port,
        secure: settings.secure ?? false,
        ...(settings.user ? { auth: { user: settings.user, pass: settings.pass ?? "" } } : {}),
        ...limits,
      };
  const transport = nodemailer.createTransport(options);
  return {
    async send(mail) {
      try {
        const info = await transport.sendMail({
          from: settings.from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          messageId: mail.messageId,
          headers: mail.headers ?? {},
        });
        const code = Number(/^(\d{3})/.exec(info.response ?? "")?.[1] ?? 250);
        const rejected = (info.rejected ?? []).map(String);
        return {
          status: code,
          outcome: "sent",
          error: rejected.length > 0 ? `refused by the server: ${rejected.join(", ")}` : null,
        };
      } catch (error) {
        const e = error as Error & { responseCode?: number; code?: string };
        return {
          status: e.responseCode ?? null,
          outcome: smtpOutcome(e.responseCode),
          error: `${e.code ? `${e.code}: ` : ""}${e.message}`.slice(0, 300),
        };
      }
    },
    close() {
      transport.close();
    },
  };
}
