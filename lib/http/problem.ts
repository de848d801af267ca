import type { z } from "zod";

// RFC 9457 problem documents for route handlers: a title, a human detail, and for validation
// failures one message per field, so forms can show each next to its input. Never a stack trace.

export interface FieldErrors {
  [field: string]: string;
}

/**
 * Every machine-readable `code` an error answer can carry: a closed list, documented for API
 * clients in docs/api.md ("Problem codes"). Add one here and there, never inline.
 */
export const PROBLEM_CODES = [
  "already-decided",
  "bad-signature",
  "changed",
  "conflict",
  "cross-site",
  "expired",
  "forbidden",
  "internal-error",
  "invalid-credentials",
  "invalid-image",
  "invalid-input",
  "invalid-parameter",
  "invalid-pdf",
  "invalid-token",
  "link-expired",
  "link-refused",
  "not-editable",
  "not-failed",
  "not-found",
  "refused",
  "suspended",
  "throttled",
  "too-large",
  "unauthenticated",
  "unavailable",
  "unsupported-media-type",
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];

export interface ProblemInit {
  status: number;
  title: string;
  detail?: string;
  /** One of PROBLEM_CODES. */
  code?: ProblemCode;
  errors?: FieldErrors;
  headers?: HeadersInit;
}

export function problem({ status, title, detail, code, errors, headers }: ProblemInit): Response {
  return Response.json(
    {
      type: "about:blank",
      title,
      status,
      ...(detail ? { detail } : {}),
      ...(code ? { code } : {}),
      ...(errors ? { errors } : {}),
    },
    {
      status,
      headers: { "Content-Type": "application/problem+json", "Cache-Control": "no-store", ...headers },
    },
  );
}

/** The first message per field of a zod error, keyed by the field's path ("name", "links.0"). */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.length > 0 ? issue.path.join(".") : "form";
    errors[field] ??= issue.message;
  }
  return errors;
}

export function validationProblem(errors: FieldErrors, detail = "Some fields need attention"): Response {
  return problem({ status: 422, title: "Invalid input", detail, code: "invalid-input", errors });
}

export function unauthorized(detail = "Log in to do this"): Response {
  return problem({ status: 401, title: "Not signed in", detail, code: "unauthenticated" });
}

export function forbidden(detail = "You are not allowed to do this"): Response {
  return problem({ status: 403, title: "Forbidden", detail, code: "forbidden" });
}

export function notFoundProblem(detail = "Nothing here"): Response {
  return problem({ status: 404, title: "Not found", detail, code: "not-found" });
}
