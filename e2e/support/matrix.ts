import type { APIRequestContext, APIResponse } from "@playwright/test";
import { requestBase } from "./accounts";

// Shared shapes of the authorization matrix (e2e/authorization-matrix.spec.ts). Each area's rows
// live in e2e/matrix/<area>.ts; a row may look up what else it needs with query().

export type Role = "anonymous" | "member" | "otherMember" | "editor" | "admin" | "suspended";
// The owner goes last, so everyone else tries an owner-only action (withdraw, delete) while the
// article still exists and is still in the state that allows it.
export const ROLES: Role[] = ["anonymous", "otherMember", "editor", "admin", "suspended", "member"];

export interface Fixtures {
  /** A published article and a draft of the member's (by id and slug). */
  published: { id: number; slug: string };
  draft: { id: number; slug: string; version: number };
  /** The member's article waiting for review. */
  submitted: { id: number };
  zoneId: number;
  /** Members the member-admin rows act on. */
  targetMemberId: number;
  editorId: number;
  adminId: number;
  memberId: number;
}

export interface Row {
  action: string;
  send(ctx: APIRequestContext, f: Fixtures): Promise<APIResponse>;
  expect: Record<Role, number | "login">;
  /** Ownership: what an allowed caller gets must be their own (username of the caller). */
  own?(response: APIResponse): Promise<string | null>;
}

export const origin = () => ({ origin: new URL(requestBase()).origin });
export const page = (path: string) => (ctx: APIRequestContext) => ctx.get(path, { maxRedirects: 0 });
export const SIGNED_IN = { member: 200, otherMember: 200, editor: 200, admin: 200 } as const;
export const SIGNED_OUT_PAGE = { anonymous: "login", suspended: "login" } as const;
export const SIGNED_OUT_API = { anonymous: 401, suspended: 401 } as const;
