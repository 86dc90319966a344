import { m } from "@bulbcheck/shared/i18n";

/**
 * What went wrong, in the reader's words: the API's error codes and the fields at fault of a
 * validation error, mapped to sentences that say what happened and what to do. The API's own
 * message (zod's text, ids, programmer words) is never shown; a code nobody mapped still reads
 * as a sentence chosen by its status.
 */
export interface Problem {
  status: number;
  code: string;
  issues?: readonly { path: string; message: string }[];
  /** Seconds to wait, from a 429's Retry-After. */
  retryAfter?: number | null;
}

const BY_CODE: Record<string, () => string> = {
  unauthorized: m.errors_session_ended,
  session_required: m.errors_session_ended,
  forbidden: m.errors_forbidden,
  bad_credentials: m.errors_bad_credentials,
  wrong_password: m.errors_wrong_password,
  username_taken: m.errors_username_taken,
  too_large: m.errors_too_large,
  unsupported_media_type: m.errors_unsupported_media,
  photo_already_attached: m.errors_photo_already_attached,
  busy: m.errors_busy,
  already_resolved: m.errors_already_resolved,
  already_acknowledged: m.errors_already_acknowledged,
  not_resolved: m.errors_not_resolved,
  already_on_hold: m.errors_already_on_hold,
  already_assigned: m.errors_already_assigned,
  due_in_past: m.errors_due_in_past,
  undo_expired: m.errors_undo_expired,
  undo_by_other: m.errors_undo_by_other,
  open_duplicate: m.errors_open_duplicate,
  invalid_cause: m.errors_invalid_cause,
  invalid_assignee: m.errors_invalid_assignee,
  has_history: m.errors_has_history,
  retired_parent: m.errors_retired_parent,
  site_being_removed: m.errors_site_being_removed,
  last_admin: m.errors_last_admin,
  device_revoked: m.errors_device_revoked,
  asset_retired: m.errors_asset_retired,
};

/** What a field (a form's or a filter's) is called on the page. */
const FIELDS: Record<string, () => string> = {
  site: m.errors_field_site,
  sites: m.errors_field_site,
  severity: m.errors_field_severity,
  status: m.errors_field_status,
  category: m.errors_field_category,
  source: m.errors_field_source,
  sort: m.errors_field_sort,
  assignee: m.errors_field_assignee,
  q: m.errors_field_search,
  cursor: m.errors_field_page,
  limit: m.errors_field_page,
  id: m.errors_field_id,
  note: m.errors_field_note,
  comment: m.errors_field_note,
  text: m.errors_field_note,
  reason: m.errors_field_reason,
  dueAt: m.errors_field_due,
  cause: m.errors_field_cause,
  name: m.errors_field_name,
  displayName: m.errors_field_name,
  email: m.errors_field_email,
  phone: m.errors_field_phone,
  password: m.errors_field_password,
  currentPassword: m.errors_field_password,
  newPassword: m.errors_field_password,
  username: m.errors_field_username,
  language: m.errors_field_language,
  from: m.errors_field_from,
  to: m.errors_field_to,
  since: m.errors_field_from,
  until: m.errors_field_to,
};

/** "assignee.user" -> the words for "assignee"; an unknown field is "A value". */
export function fieldWords(path: string): string {
  const [head = ""] = path.split(/[.[]/);
  return (FIELDS[head] ?? m.errors_field_other)();
}

/**
 * One field at fault in words, from what kind of fault zod reported (its text only chooses
 * the sentence; none of it is shown).
 */
export function issueWords(issue: { path: string; message: string }): string {
  const field = fieldWords(issue.path);
  const said = issue.message.toLowerCase();
  if (/received (undefined|null)|required/.test(said)) return m.errors_field_missing({ field });
  if (/nan|expected (number|int)/.test(said)) return m.errors_field_not_number({ field });
  if (/too big|too long|at most/.test(said)) return m.errors_field_too_long({ field });
  if (/too small|too short|at least/.test(said)) return m.errors_field_too_short({ field });
  return m.errors_field_invalid({ field });
}

/** The sentence a person reads for an API failure. */
export function problemWords(problem: Problem): string {
  const known = BY_CODE[problem.code];
  if (known) return known();
  if (problem.status === 400 || problem.status === 422) {
    const [first] = problem.issues ?? [];
    return first ? issueWords(first) : m.errors_check_form();
  }
  if (problem.status === 401) return m.errors_session_ended();
  if (problem.status === 403) return m.errors_forbidden();
  if (problem.status === 404) return m.errors_not_found();
  if (problem.status === 409) return m.errors_conflict();
  if (problem.status === 413) return m.errors_too_large();
  if (problem.status === 429)
    return problem.retryAfter
      ? m.errors_rate_limited_seconds({ count: problem.retryAfter })
      : m.errors_rate_limited();
  if (problem.status === 502 || problem.status === 503 || problem.status === 504)
    return m.errors_unavailable();
  return m.errors_something_wrong();
}

/** What the page's error says for an unknown thing in its address ("There is no site …"). */
export type Unknown =
  | { kind: "site"; id: string; name?: string | undefined }
  | { kind: "defect" | "device" | "photo"; id: string };

export function unknownWords(what: Unknown): string {
  switch (what.kind) {
    case "site":
      return m.errors_unknown_site({ site: what.name ?? what.id });
    case "defect":
      return m.errors_unknown_defect({ id: what.id });
    case "device":
      return m.errors_unknown_device({ id: what.id });
    case "photo":
      return m.errors_unknown_photo({ id: what.id });
  }
}

/** A filter in the address with a value the page does not know, in words. */
export function badFilterWords(key: string, value: string): string {
  return m.errors_filter_unknown({ field: fieldWords(key).toLowerCase(), value });
}
