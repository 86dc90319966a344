/**
 * Bulb Check's languages (English, Norwegian bokmål, Danish, Swedish): the message catalogues in
 * shared/messages/{locale}/{area}.json, compiled by Paraglide into ./paraglide (`pnpm i18n`
 * after changing a catalogue; a test says when the compiled output is stale).
 */
export * from "./format.ts";
export * from "./locale.ts";
export { m } from "./paraglide/messages.js";
export { getLocale, overwriteGetLocale, setLocale } from "./paraglide/runtime.js";
export * from "./words.ts";
