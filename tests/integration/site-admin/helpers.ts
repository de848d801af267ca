import { expect } from "vitest";
import type { CurrentUser } from "@/lib/auth/guards";
import type { Role } from "@/lib/db/auth";
import { createUser } from "@/tests/factories/users";

// Requests and sign-ins for the site-admin route handler tests: each test file replaces only
// "who is signed in" (getCurrentUser) and records the cache tags the handlers expire.

export const ORIGIN = "http://localhost:3000";

export function jsonRequest(path: string, method: string, body?: unknown, origin = ORIGIN): Request {
  return new Request(`${ORIGIN}${path}`, {
    method,
    headers: { "Content-Type": "application/json", Origin: origin },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

export const idContext = (id: number | string) => ({ params: Promise.resolve({ id: String(id) }) });

/** A new user with `role`, as the session would present them. */
export async function userWithRole(role: Role): Promise<CurrentUser> {
  const user = await createUser({ role });
  return {
    id: user.id,
    email: user.email,
    username: user.username,
    name: user.name,
    role: user.role,
    avatarUrl: null,
    isCore: false,
    tokenVersion: user.tokenVersion,
  };
}

export async function problemOf(
  response: Response,
): Promise<{ detail?: string; errors?: Record<string, string>; code?: string }> {
  expect(response.headers.get("content-type")).toContain("application/problem+json");
  return response.json();
}
