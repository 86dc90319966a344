import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { z } from "zod";

/**
 * An error a caller can act on: the status, a stable code for programs, a message for people,
 * and for validation errors the fields at fault.
 */
export class ApiError extends Error {
  readonly status: ContentfulStatusCode;
  readonly code: string;
  readonly issues: { path: string; message: string }[] | undefined;
  /** Headers the answer carries, such as `retry-after`. */
  readonly headers: Record<string, string>;

  constructor(
    status: ContentfulStatusCode,
    code: string,
    message: string,
    issues?: { path: string; message: string }[],
    headers: Record<string, string> = {},
  ) {
    super(message);
    this.status = status;
    this.code = code;
    this.issues = issues;
    this.headers = headers;
  }

  toJSON() {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.issues ? { issues: this.issues } : {}),
      },
    };
  }
}

export function notFound(what: string): ApiError {
  return new ApiError(404, "not_found", `${what} not found`);
}

/** `sites[0].zones[2].id` rather than `sites.0.zones.2.id`: how people write a path. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** A 400 naming each field at fault; the message leads with the first. */
export function invalidInput(where: "body" | "query" | "path", error: z.ZodError): ApiError {
  const issues = error.issues.map((issue) => ({
    path: formatPath(issue.path),
    message: issue.message,
  }));
  const [first] = issues;
  const lead = first ? `${first.path || where}: ${first.message}` : "invalid input";
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
  return new ApiError(400, `invalid_${where}`, `${lead}${more}`, issues);
}
