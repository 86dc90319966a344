import { ID_PATTERN } from "@bulbcheck/shared";
import type { z } from "zod";

/**
 * A refusal of the fleet document's schema as a sheet's row says it: the value in the cell and
 * what the cell must hold (`lightning: one of lighting, equipment, …`), not the schema's own
 * words (`Invalid option: expected one of "lighting"|…`), which speak of types to a programmer.
 */
export function cellWords(issue: z.core.$ZodIssue, value: unknown): string {
  const said = typeof value === "string" || typeof value === "number" ? `${value}: ` : "";
  const field = issue.path.findLast((part) => typeof part === "string");
  const unit = field === undefined ? "" : (UNITS[field] ?? "");
  switch (issue.code) {
    case "invalid_value":
      return `${said}one of ${issue.values.map(String).join(", ")}`;
    case "too_big":
      if (issue.origin === "string")
        return `at most ${issue.maximum} characters${typeof value === "string" ? ` (this has ${value.length})` : ""}`;
      if (issue.origin === "array") return `at most ${issue.maximum} ids`;
      return `${said}at most ${issue.maximum}${unit}`;
    case "too_small":
      if (issue.origin === "string") return "must not be empty";
      return `${said}at least ${issue.minimum}${unit}`;
    case "invalid_format":
      if (issue.format === "regex" && issue.pattern === String(ID_PATTERN))
        return `${said}an id is lowercase letters, digits and dashes (not first), up to 63 characters, such as hotel-oslo`;
      return issue.message;
    default:
      return issue.message;
  }
}

const UNITS: Record<string, string> = { intervalMinutes: " minutes", intervalSeconds: " seconds" };

/** The value of a document at an issue's path, for the words to quote. */
export function valueAt(document: unknown, path: readonly PropertyKey[]): unknown {
  let value = document;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
