import "server-only";
import { recordAudit } from "./audit";
import { db } from "./client";
import type { Prisma, Role } from "./generated/client";

// Member administration for editors and admins: the search behind /editor/members and the one
// write that suspends, badges and promotes members, with the rules of who may do what.

export const MEMBERS_PAGE_SIZE = 50;
/** Longer search terms are cut: nobody types 100 characters to find a member. */
export const MEMBER_QUERY_MAX_LENGTH = 100;

export interface MemberRow {
  id: number;
  name: string;
  username: string;
  email: string;
  role: Role;
  isCore: boolean;
  joinedAt: Date;
  suspendedAt: Date | null;
  /** Why the member is suspended (from the audit log), when they are and a reason was given. */
  suspendReason: string | null;
}

export interface MemberSearchPage {
  members: MemberRow[];
  /** Members matching the query on every page. */
  total: number;
  page: number;
  pages: number;
}

const memberSelect = {
  id: true,
  name: true,
  username: true,
  email: true,
  role: true,
  isCore: true,
  createdAt: true,
  suspendedAt: true,
} as const satisfies Prisma.UserSelect;

function toMemberRow(
  { createdAt, ...rest }: Prisma.UserGetPayload<{ select: typeof memberSelect }>,
  suspendReason: string | null = null,
): MemberRow {
  return { ...rest, joinedAt: createdAt, suspendReason: rest.suspendedAt ? suspendReason : null };
}

/** The reason given with each member's latest suspension, for the suspended ones of `ids`. */
async function suspendReasons(ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.auditLog.findMany({
    where: { action: "member.suspend", targetType: "User", targetId: { in: ids.map(String) } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { targetId: true, details: true },
  });
  const reasons = new Map<number, string>();
  for (const row of rows) {
    const id = Number(row.targetId);
    if (reasons.has(id)) continue;
    const details = row.details as { reason?: unknown } | null;
    reasons.set(id, typeof details?.reason === "string" ? details.reason : "");
  }
  return reasons;
}

/** `%`, `_` and `\` typed into the search box are literal characters, not LIKE wildcards. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Page `page` (from 1) of members whose name, username or email contains `query`, ignoring case;
 * every member when the query is blank. Newest members first.
 */
export async function searchMembers(query: string, page: number): Promise<MemberSearchPage> {
  const q = query.trim().slice(0, MEMBER_QUERY_MAX_LENGTH);
  const pattern = escapeLike(q);
  const where: Prisma.UserWhereInput = q
    ? {
        OR: [
          { name: { contains: pattern, mode: "insensitive" } },
          { username: { contains: pattern, mode: "insensitive" } },
          { email: { contains: pattern, mode: "insensitive" } },
        ],
      }
    : {};
  const [total, rows] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (Math.max(1, page) - 1) * MEMBERS_PAGE_SIZE,
      take: MEMBERS_PAGE_SIZE,
      select: memberSelect,
    }),
  ]);
  const reasons = await suspendReasons(rows.filter((r) => r.suspendedAt).map((r) => r.id));
  return {
    members: rows.map((row) => toMemberRow(row, reasons.get(row.id) || null)),
    total,
    page,
    pages: Math.max(1, Math.ceil(total / MEMBERS_PAGE_SIZE)),
  };
}

export interface MemberChange {
  suspended?: boolean;
  isCore?: boolean;
  /** Admins only; nobody becomes (or stops being) an admin through this form. */
  role?: "MEMBER" | "EDITOR";
  /** Why a member is suspended or unsuspended; kept in the audit log. */
  reason?: string;
}

export interface MemberActor {
  id: number;
  role: Role;
}

/**
 * Why `actor` may not make `change` to `target`, or null when they may. Editors and admins manage
 * members (suspension, Core badge); only admins change roles and suspend editors; nobody changes
 * an admin or themselves here, so no one can lock the last admin out or promote themselves.
 */
export function memberChangeProblem(
  actor: MemberActor,
  target: MemberActor,
  change: MemberChange,
): string | null {
  if (actor.role !== "EDITOR" && actor.role !== "ADMIN") return "Only editors and admins can manage members.";
  if (actor.id === target.id) return "You cannot change your own account here.";
  if (target.role === "ADMIN") return "Administrators cannot be changed or suspended here.";
  if (change.role !== undefined && actor.role !== "ADMIN")
    return "Only administrators can change a member's role.";
  if (change.suspended !== undefined && target.role === "EDITOR" && actor.role !== "ADMIN") {
    return "Only administrators can suspend or unsuspend an editor.";
  }
  return null;
}

/** Which actions `actor` may take on `target`, for the buttons on each member's row. */
export interface MemberPermissions {
  suspend: boolean;
  core: boolean;
  role: boolean;
}

export function memberPermissions(actor: MemberActor, target: MemberActor): MemberPermissions {
  return {
    suspend: memberChangeProblem(actor, target, { suspended: true }) === null,
    core: memberChangeProblem(actor, target, { isCore: true }) === null,
    role: memberChangeProblem(actor, target, { role: "EDITOR" }) === null,
  };
}

export type MemberUpdateResult =
  | { ok: true; member: MemberRow; changed: ("suspended" | "isCore" | "role")[] }
  | { ok: false; reason: "not-found" }
  | { ok: false; reason: "forbidden"; message: string };

/**
 * Applies `change` to member `targetId` on behalf of `actor` and writes one AuditLog row per
 * field that actually changed (asking for the current state again changes and logs nothing).
 * The target's row is locked while the rules are checked, so an admin promoting a member cannot
 * race an editor suspending them under the old role. Suspension bumps the token version in the
 * same update: every session of the member ends on its next request.
 */
export async function updateMember(
  actor: MemberActor,
  targetId: number,
  change: MemberChange,
): Promise<MemberUpdateResult> {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${targetId} FOR UPDATE`;
    const target = await tx.user.findUnique({ where: { id: targetId }, select: memberSelect });
    if (!target) return { ok: false, reason: "not-found" };
    const message = memberChangeProblem(actor, target, change);
    if (message) return { ok: false, reason: "forbidden", message };

    const data: Prisma.UserUpdateInput = {};
    const audits: { action: string; details: Prisma.InputJsonObject }[] = [];
    const base = { username: target.username, ...(change.reason ? { reason: change.reason } : {}) };
    const changed: ("suspended" | "isCore" | "role")[] = [];
    if (change.suspended !== undefined && change.suspended !== (target.suspendedAt !== null)) {
      changed.push("suspended");
      if (change.suspended) {
        data.suspendedAt = new Date();
        data.tokenVersion = { increment: 1 };
      } else {
        data.suspendedAt = null;
      }
      audits.push({ action: change.suspended ? "member.suspend" : "member.unsuspend", details: base });
    }
    if (change.isCore !== undefined && change.isCore !== target.isCore) {
      changed.push("isCore");
      data.isCore = change.isCore;
      audits.push({ action: change.isCore ? "member.core.grant" : "member.core.revoke", details: base });
    }
    if (change.role !== undefined && change.role !== target.role) {
      changed.push("role");
      data.role = change.role;
      audits.push({ action: "member.role.change", details: { ...base, from: target.role, to: change.role } });
    }
    const [current] = target.suspendedAt ? [...(await suspendReasons([targetId])).values()] : [];
    if (changed.length === 0) return { ok: true, member: toMemberRow(target, current || null), changed };

    const updated = await tx.user.update({ where: { id: targetId }, data, select: memberSelect });
    for (const audit of audits) {
      await recordAudit(tx, {
        actorId: actor.id,
        action: audit.action,
        targetType: "User",
        targetId,
        details: audit.details,
      });
    }
    const reason = changed.includes("suspended") ? (change.reason ?? null) : (current ?? null);
    return { ok: true, member: toMemberRow(updated, reason || null), changed };
  });
}
