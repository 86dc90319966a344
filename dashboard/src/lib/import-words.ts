import type { ImportErrorCode } from "@bulbcheck/shared";
import { m } from "@bulbcheck/shared/i18n";
import { pick, say } from "./params-words.ts";

/**
 * What is wrong with an imported row, in the reader's words, from the error's `code` and
 * `params` (docs/api.md#import-error-codes-addition). Column names, row kinds and ids are the
 * file's own words and stay as they are. A code this dashboard does not know, `other`, or
 * parameters it cannot read, show the API's English sentence.
 */
export interface ImportError {
  code: string;
  params: Readonly<Record<string, string | number>>;
  message: string;
}

type Params = Readonly<Record<string, string>>;

/** A phrase after a quoted value ("hotel_oslo: an id is …"), or a sentence of its own. */
function quoted(p: Params, words: string): string {
  if (p.value !== undefined) return `${p.value}: ${words}`;
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}.`;
}

const WORDS: Record<ImportErrorCode, (p: Params) => string | undefined> = {
  unclosed_quote: () => m.setup_imp_err_unclosed_quote(),
  no_header: (p) => say(pick(p, "columns"), m.setup_imp_err_no_header),
  columns_ambiguous: (p) => say(pick(p, "kinds"), m.setup_imp_err_columns_ambiguous),
  columns_fit_nothing: () => m.setup_imp_err_columns_fit_nothing(),
  column_twice: (p) => say(pick(p, "column"), m.setup_imp_err_column_twice),
  unknown_column: (p) => say(pick(p, "column", "columns"), m.setup_imp_err_unknown_column),
  no_id_column: () => m.setup_imp_err_no_id_column(),
  stray_cell: () => m.setup_imp_err_stray_cell(),
  unknown_row_kind: (p) => say(pick(p, "value", "kinds"), m.setup_imp_err_unknown_row_kind),
  kind_missing: (p) => say(pick(p, "kinds"), m.setup_imp_err_kind_missing),
  kind_not_of_file: (p) => say(pick(p, "value", "sheet"), m.setup_imp_err_kind_not_of_file),
  id_missing: () => m.setup_imp_err_id_missing(),
  column_not_of_kind: (p) => say(pick(p, "column"), m.setup_imp_err_column_not_of_kind),
  not_yes_no: () => m.setup_imp_err_not_yes_no(),
  not_whole_number: (p) =>
    p.unit === "minutes"
      ? m.setup_imp_err_whole_minutes()
      : p.unit === "seconds"
        ? m.setup_imp_err_whole_seconds()
        : undefined,
  bad_hours: (p) => say(pick(p, "value"), m.setup_imp_err_bad_hours),
  day_twice: (p) => say(pick(p, "day"), m.setup_imp_err_day_twice),
  site_required: (p) =>
    p.kind === "device" ? m.setup_imp_err_site_required_device() : m.setup_imp_err_site_required(),
  unknown_site: (p) => say(pick(p, "site"), m.setup_imp_err_unknown_site),
  duplicate_id: (p) => say(pick(p, "id", "line"), m.setup_imp_err_duplicate_id),
  required_new: () => m.setup_imp_err_required_new(),
  unknown_zone: (p) => say(pick(p, "zone", "site"), m.setup_imp_err_unknown_zone),
  unknown_ids: (p) => {
    const ids = pick(p, "ids", "site", "count");
    if (!ids) return undefined;
    const inputs = { ...ids, count: Number(ids.count) };
    if (p.what === "asset") return m.setup_imp_err_unknown_assets(inputs);
    if (p.what === "checkpoint") return m.setup_imp_err_unknown_checkpoints(inputs);
    return undefined;
  },
  sensor_serves: () => m.setup_imp_err_sensor_serves(),
  one_of: (p) => say(pick(p, "options"), (i) => quoted(p, m.setup_imp_err_one_of(i))),
  too_long: (p) =>
    p.length !== undefined
      ? say(pick(p, "max", "length"), m.setup_imp_err_too_long_has)
      : say(pick(p, "max"), m.setup_imp_err_too_long),
  too_many_ids: (p) => say(pick(p, "max"), m.setup_imp_err_too_many_ids),
  at_most: (p) =>
    say(pick(p, "max"), (i) =>
      quoted(
        p,
        p.unit === "minutes"
          ? m.setup_imp_err_at_most_minutes(i)
          : p.unit === "seconds"
            ? m.setup_imp_err_at_most_seconds(i)
            : m.setup_imp_err_at_most(i),
      ),
    ),
  empty: () => m.setup_imp_err_empty(),
  at_least: (p) =>
    say(pick(p, "min"), (i) =>
      quoted(
        p,
        p.unit === "minutes"
          ? m.setup_imp_err_at_least_minutes(i)
          : p.unit === "seconds"
            ? m.setup_imp_err_at_least_seconds(i)
            : m.setup_imp_err_at_least(i),
      ),
    ),
  bad_id: (p) => quoted(p, m.setup_imp_err_bad_id()),
  refused: (p) => (p.reason === undefined ? undefined : REFUSED[p.reason]?.()),
  other: () => undefined,
};

/**
 * Provisioning's refusals of a row, by the API's error code: what to do in the reader's words
 * (the codes the setup pages say too). Its checks of references (`invalid_body`) name ids the
 * English sentence says best.
 */
const REFUSED: Record<string, () => string> = {
  retired_parent: m.errors_retired_parent,
  site_being_removed: m.errors_site_being_removed,
  forbidden: m.errors_forbidden,
};

/** The codes with words of their own (`other` has none: its English sentence is all there is). */
export const WORDED_CODES = (Object.keys(WORDS) as ImportErrorCode[]).filter((c) => c !== "other");

export function importErrorWords(error: ImportError): string {
  const p: Record<string, string> = {};
  for (const [key, value] of Object.entries(error.params ?? {})) p[key] = String(value);
  const words = Object.hasOwn(WORDS, error.code)
    ? WORDS[error.code as ImportErrorCode](p)
    : undefined;
  if (words === undefined) return error.message;
  // Where in the cell (an opening-hours day), as the API said it.
  return p.at === undefined ? words : `${p.at}: ${words}`;
}
