import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { vi } from "vitest";
import { sessionCookieName } from "@/lib/auth/config";
import type { User } from "@/lib/db/generated/client";

// The request-scoped parts of Next that route tests replace: the cookie store (holding a real
// session cookie, so our own session code runs unchanged) and cache invalidation. Used from the
// test files' vi.hoisted / vi.mock factories through dynamic imports, which is why nothing here
// imports next/headers itself.

export const requestScope = { cookie: null as string | null, revalidateTag: vi.fn() };

/** For vi.hoisted: a fresh UPLOAD_DIR, set before lib/env.ts first reads the environment. */
export function temporaryUploadDir(label: string): string {
  process.env.UPLOAD_DIR = mkdtempSync(join(tmpdir(), `zonepress-${label}-`));
  return process.env.UPLOAD_DIR;
}

/** What vi.mock("next/headers") answers: a cookie store with the signed-in member's session. */
export function nextHeadersMock() {
  return {
    cookies: async () => ({
      get: (name: string) =>
        requestScope.cookie && name === sessionCookieName() ? { value: requestScope.cookie } : undefined,
    }),
  };
}

/** Signs `user` in for the next requests (null: signed out), with the cookie our login issues. */
export async function signIn(user: User | null): Promise<void> {
  const { encodeSession } = await import("@/lib/auth/session");
  requestScope.cookie = user
    ? await encodeSession({ userId: user.id, tokenVersion: user.tokenVersion })
    : null;
}
