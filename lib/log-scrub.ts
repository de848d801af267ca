// Masks what must never reach a log line even when it sits inside free text: email addresses,
// bearer credentials and personal API tokens (zp_…). Field-level secrets are handled by pino's
// `redact` in lib/logger.ts; this covers messages and error messages.

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const BEARER = /\bBearer\s+[A-Za-z0-9._~+/=-]+/gi;
const API_TOKEN = /\bzp_[A-Za-z0-9_-]{8,}/g;

export function scrubText(text: string): string {
  return text
    .replace(BEARER, "Bearer [redacted]")
    .replace(API_TOKEN, "zp_[redacted]")
    .replace(EMAIL, "[email]");
}

/** pino's error serializer with the message and stack scrubbed. */
export function scrubError(err: unknown): unknown {
  if (!(err instanceof Error)) return err;
  return {
    type: err.name,
    message: scrubText(err.message),
    ...(err.stack ? { stack: scrubText(err.stack) } : {}),
  };
}
