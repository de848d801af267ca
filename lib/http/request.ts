import type { z } from "zod";
import { env } from "@/lib/env";
import { fieldErrors, problem, validationProblem } from "./problem";

/**
 * True when a state-changing request comes from our own pages. Browsers send `Origin` on every
 * cross-site POST/PUT/DELETE (and `Sec-Fetch-Site`), so a forged form on another site is refused
 * even though SameSite=Lax cookies already keep the session out of most of them.
 */
export function isSameOrigin(request: Request): boolean {
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") return false;
  const origin = request.headers.get("origin");
  if (!origin) return site === "same-origin" || site === "none" || site === null;
  const allowed = new Set([new URL(request.url).origin, new URL(env().SITE_URL).origin]);
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (host) {
    allowed.add(`http://${host}`);
    allowed.add(`https://${host}`);
  }
  return allowed.has(origin);
}

export function crossSiteProblem(): Response {
  return problem({
    status: 403,
    title: "Cross-site request refused",
    detail: "This request did not come from a Zonepress page",
    code: "cross-site",
  });
}

/**
 * Reads at most `maxBytes` of the request body and stops there: an oversized upload costs the
 * server the limit, not the whole body. Null when the body (declared or actual) is bigger.
 */
export async function readBoundedBytes(
  request: Request,
  maxBytes: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return null;
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** The body as UTF-8 text, read with the same bound; null when it is bigger. */
export async function readBoundedText(request: Request, maxBytes: number): Promise<string | null> {
  const bytes = await readBoundedBytes(request, maxBytes);
  return bytes === null ? null : new TextDecoder().decode(bytes);
}

// C0 controls other than tab, newline and carriage return, and DEL. PostgreSQL cannot store NUL in
// text at all (the save would fail), and the rest are never part of what a person types.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** True when `value` holds a character no text field accepts (see CONTROL_CHARACTERS). */
export function hasControlCharacters(value: string): boolean {
  return CONTROL_CHARACTERS.test(value);
}

/**
 * The path ("title", "links.0") of the first string, key or value, in `input` holding a control
 * character; "form" when it is the whole body; null when there is none.
 */
function controlCharacterField(input: unknown, path: string[] = []): string | null {
  const here = path.length > 0 ? path.join(".") : "form";
  if (typeof input === "string") return hasControlCharacters(input) ? here : null;
  if (input === null || typeof input !== "object") return null;
  for (const [key, value] of Object.entries(input)) {
    if (hasControlCharacters(key)) return here;
    const found = controlCharacterField(value, [...path, key]);
    if (found !== null) return found;
  }
  return null;
}

/**
 * A 400 naming the first query parameter that holds a control character (a NUL cannot even reach
 * PostgreSQL in a LIKE pattern); null when every parameter is clean.
 */
export function controlCharacterParam(request: Request): Response | null {
  for (const [name, value] of new URL(request.url).searchParams) {
    if (hasControlCharacters(value) || hasControlCharacters(name)) {
      return problem({
        status: 400,
        title: "Invalid parameter",
        detail: "A query parameter holds a control character",
        code: "invalid-parameter",
        errors: {
          [hasControlCharacters(name) ? "form" : name]: "must not contain NUL or other control characters",
        },
      });
    }
  }
  return null;
}

export type Parsed<T> = { ok: true; data: T } | { ok: false; response: Response };

/**
 * The request's JSON body (or urlencoded form, for forms posted without JavaScript) checked
 * against `schema`; otherwise a problem response naming each bad field.
 */
export async function parseBody<S extends z.ZodType>(
  request: Request,
  schema: S,
  maxBytes = 16 * 1024,
): Promise<Parsed<z.infer<S>>> {
  const text = await readBoundedText(request, maxBytes);
  if (text === null) {
    return {
      ok: false,
      response: problem({
        status: 413,
        title: "Too large",
        detail: `The request must be at most ${maxBytes} bytes`,
        code: "too-large",
      }),
    };
  }
  let input: unknown;
  if ((request.headers.get("content-type") ?? "").startsWith("application/x-www-form-urlencoded")) {
    input = Object.fromEntries(new URLSearchParams(text));
  } else {
    try {
      input = text === "" ? {} : JSON.parse(text);
    } catch {
      return { ok: false, response: validationProblem({ form: "The request body must be JSON" }) };
    }
  }
  const controlled = controlCharacterField(input);
  if (controlled !== null) {
    return {
      ok: false,
      response: validationProblem({ [controlled]: "must not contain NUL or other control characters" }),
    };
  }
  const parsed = schema.safeParse(input);
  if (!parsed.success) return { ok: false, response: validationProblem(fieldErrors(parsed.error)) };
  return { ok: true, data: parsed.data };
}

/**
 * The client's IP for rate limits. `next start` puts the socket address in X-Forwarded-For when
 * the request has none; behind a reverse proxy each proxy appends the address it saw, so the entry
 * TRUSTED_PROXY_HOPS from the right (default 1: the one our own proxy wrote) is the first one a
 * client cannot forge. Entries further left are whatever the client sent.
 */
export function clientIp(request: Request): string {
  const hops = env().TRUSTED_PROXY_HOPS;
  const entries = (request.headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const ip = entries[Math.max(0, entries.length - hops)] ?? request.headers.get("x-real-ip")?.trim();
  return ip && ip.length <= 64 ? ip : "unknown";
}
