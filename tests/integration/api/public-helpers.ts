import { randomInt } from "node:crypto";
import { expect } from "vitest";
import type { z } from "zod";

// Calling the public API's route handlers as a client would: from an address of this test file
// (rate limits are per address and shared by the whole run), with the same schemas the handlers
// parse their answers with.

/** An address from the documentation range (RFC 3849), different on every call. */
export function freshIp(): string {
  return `2001:db8::a:${randomInt(1, 0xffff).toString(16)}:${randomInt(1, 0xffff).toString(16)}`;
}

export const CLIENT_IP = freshIp();

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

export function apiRequest(path: string, headers: HeadersInit = {}, ip = CLIENT_IP): Request {
  return new Request(`http://localhost:3000${path}`, { headers: { "x-forwarded-for": ip, ...headers } });
}

/** GET `path` through `handler` (path parameters in `params`). */
export function call(
  handler: Handler,
  path: string,
  params: Record<string, string> = {},
  headers: HeadersInit = {},
): Promise<Response> {
  return handler(apiRequest(path, headers), { params: Promise.resolve(params) });
}

/** A 200 whose JSON body passes `schema`, with the public API's headers. */
export async function ok<S extends z.ZodType>(response: Response, schema: S): Promise<z.output<S>> {
  expect(response.status, await response.clone().text()).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
  expect(response.headers.get("access-control-allow-origin")).toBe("*");
  expect(response.headers.get("cache-control")).toMatch(/^public, max-age=\d+/);
  expect(response.headers.get("etag")).toMatch(/^W\/"[\w-]+"$/);
  return schema.parse(await response.json());
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  code?: string;
  detail?: string;
  errors?: Record<string, string>;
}

/** An RFC 9457 problem with `status`, readable cross-origin. */
export async function problemOf(response: Response, status: number): Promise<Problem> {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  expect(response.headers.get("access-control-allow-origin")).toBe("*");
  const body = (await response.json()) as Problem;
  expect(body).toMatchObject({ type: "about:blank", status });
  return body;
}
