import type { z } from "zod";
import {
  MAX_PAYLOAD_BYTES,
  PAYLOAD_SCHEMAS,
  type PayloadByKind,
  statusPayload,
} from "./messages.ts";
import type { MessageKind } from "./topics.ts";

/**
 * Why a payload was refused. Fixed words, or `missing_field:<path>` / `bad_field:<path>` naming
 * the field, so that a device's page and a script can both tell what to fix.
 */
export type RejectionReason =
  | "too_large"
  | "bad_utf8"
  | "bad_json"
  | "not_object"
  | "bad_status"
  | `missing_field:${string}`
  | `bad_field:${string}`;

/** A device clock this far ahead of ours is not trusted; the receive time is used instead. */
export const DEFAULT_MAX_CLOCK_AHEAD_MS = 5 * 60_000;

export type DecodedMessage = {
  [K in MessageKind]: {
    kind: K;
    payload: PayloadByKind[K];
    /** When it happened, in epoch ms: the device's `ts` when trusted, else the receive time. */
    at: number;
    /** False when the device sent a `ts` we did not believe. */
    tsTrusted: boolean;
  };
}[MessageKind];

export type DecodeResult =
  /** `text`: the payload as decoded (UTF-8, a leading byte-order mark dropped): what the log keeps. */
  | { ok: true; message: DecodedMessage; text: string }
  /** `params`: the numbers of a `too_large` (`size`, `limit`), for words in any language. */
  | { ok: false; reason: RejectionReason; message: string; params?: Record<string, number> };

export interface DecodeOptions {
  receivedAt: number;
  maxClockAheadMs?: number;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

function reject(
  reason: RejectionReason,
  message: string,
  params?: Record<string, number>,
): DecodeResult {
  return params ? { ok: false, reason, message, params } : { ok: false, reason, message };
}

/**
 * Validates one payload for its topic kind. Never throws: every refusal is a reason.
 * @example decodePayload("status", Buffer.from("offline"), { receivedAt: Date.now() })
 */
export function decodePayload(
  kind: MessageKind,
  payload: Uint8Array,
  { receivedAt, maxClockAheadMs = DEFAULT_MAX_CLOCK_AHEAD_MS }: DecodeOptions,
): DecodeResult {
  if (payload.byteLength > MAX_PAYLOAD_BYTES) {
    return reject(
      "too_large",
      `payload is ${payload.byteLength} bytes; the limit is ${MAX_PAYLOAD_BYTES}`,
      { size: payload.byteLength, limit: MAX_PAYLOAD_BYTES },
    );
  }
  let text: string;
  try {
    text = utf8.decode(payload);
  } catch {
    return reject("bad_utf8", "payload is not valid UTF-8");
  }

  if (kind === "status") {
    const status = statusPayload.safeParse(text.trim());
    if (!status.success)
      return reject("bad_status", 'status payload must be "online" or "offline"');
    return {
      ok: true,
      message: { kind, payload: status.data, at: receivedAt, tsTrusted: true },
      text,
    };
  }

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return reject("bad_json", `payload is not JSON: ${(error as Error).message}`);
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return reject("not_object", "payload must be a JSON object");
  }

  const parsed = PAYLOAD_SCHEMAS[kind].safeParse(json);
  if (!parsed.success) return fromIssue(json as Record<string, unknown>, parsed.error.issues);

  const ts = parsed.data.ts === undefined ? undefined : Date.parse(parsed.data.ts);
  const tsTrusted = ts === undefined || ts <= receivedAt + maxClockAheadMs;
  const at = ts !== undefined && tsTrusted ? ts : receivedAt;
  // The cast pairs kind and payload, which the schema lookup by kind guarantees.
  return {
    ok: true,
    message: { kind, payload: parsed.data, at, tsTrusted } as DecodedMessage,
    text,
  };
}

function fromIssue(
  input: Record<string, unknown>,
  issues: readonly z.core.$ZodIssue[],
): DecodeResult {
  const issue = issues[0];
  if (!issue) return reject("bad_json", "payload did not validate");
  const path = issue.path.map(String).join(".");
  const field = path || "payload";
  let value: unknown = input;
  for (const key of issue.path) {
    value =
      typeof value === "object" && value !== null
        ? (value as Record<PropertyKey, unknown>)[key]
        : undefined;
  }
  if (value === undefined) return reject(`missing_field:${field}`, `${field} is required`);
  return reject(`bad_field:${field}`, `${field}: ${issue.message}`);
}
