import { z } from "zod";

/**
 * Text a device sends that becomes something people see: asset and checkpoint ids (an asset
 * nobody provisioned is created with its id as its name), staff names, units and notes.
 *
 * It is normalised to NFC, so that the same name typed on two keyboards is one name, and text
 * that would render as something else is refused rather than cleaned, so that the rejected event
 * shows what was sent:
 * - names and ids: no control characters (C0, DEL, C1), no format characters (bidirectional
 *   marks, embeddings, overrides and isolates; zero-width spaces, joiners and non-joiners; the
 *   byte-order mark; soft hyphens), no line or paragraph separators, no lone surrogates;
 * - notes: no control characters, no bidirectional controls, no line or paragraph separators,
 *   no lone surrogates;
 *   other format characters stay, since emoji sequences and some scripts need the zero-width
 *   joiner and non-joiner.
 */

// A lone surrogate (\p{Cs}) can arrive as a JSON escape: it is no character at all.
const NOT_IN_NAMES = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u;
const BIDI_CONTROLS = "\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069";
const NOT_IN_NOTES = new RegExp(`[\\p{Cc}\\p{Cs}\\p{Zl}\\p{Zp}${BIDI_CONTROLS}]`, "u");

export function isCleanName(value: string): boolean {
  return !NOT_IN_NAMES.test(value);
}

export function isCleanNote(value: string): boolean {
  return !NOT_IN_NOTES.test(value);
}

const nfc = (value: string) => value.normalize("NFC");

/** An id or a name from a device: NFC, 1 to `max` characters, nothing invisible or reordering. */
export function deviceName(max: number) {
  return z
    .string()
    .transform(nfc)
    .pipe(
      z
        .string()
        .min(1)
        .max(max)
        .refine(isCleanName, "must not contain control, bidirectional or zero-width characters"),
    );
}

/** Free text from a device: NFC, at most `max` characters, no control or bidirectional characters. */
export function deviceNote(max: number) {
  return z
    .string()
    .transform(nfc)
    .pipe(
      z
        .string()
        .max(max)
        .refine(isCleanNote, "must not contain control or bidirectional characters"),
    );
}
