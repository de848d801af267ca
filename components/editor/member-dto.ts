import type { MemberPermissions, MemberRow } from "@/lib/db/members";

export type { MemberPermissions };

/** The longest suspension reason the form takes and the route accepts. */
export const SUSPEND_REASON_MAX_LENGTH = 500;

/** A member as the members table (a client component) and the PATCH route's JSON see it. */
export interface MemberDto {
  id: number;
  name: string;
  username: string;
  email: string;
  role: MemberRow["role"];
  isCore: boolean;
  joinedAt: string;
  suspendedAt: string | null;
  /** The reason given when the member was suspended (null when active or none was given). */
  suspendReason: string | null;
}

export function toMemberDto(member: MemberRow): MemberDto {
  return {
    ...member,
    joinedAt: member.joinedAt.toISOString(),
    suspendedAt: member.suspendedAt?.toISOString() ?? null,
  };
}

/** What PATCH /api/editor/members/[id] answers with on success. */
export interface MemberUpdateResponse {
  member: MemberDto;
  permissions: MemberPermissions;
}

/** What the table asks the route to change (the route's schema checks it again). */
export interface MemberChangeRequest {
  suspended?: boolean;
  isCore?: boolean;
  role?: "MEMBER" | "EDITOR";
  reason?: string;
}
