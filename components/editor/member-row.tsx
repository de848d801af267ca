"use client";

import Link from "next/link";
import { useEffect, useId, useRef, useState } from "react";
import { submitJson } from "@/components/auth/submit-json";
import { CoreBadge } from "@/components/ui/core-badge";
import { formatDate } from "@/lib/format";
import type { MemberChangeRequest, MemberDto, MemberPermissions, MemberUpdateResponse } from "./member-dto";
import { SuspendConfirm } from "./suspend-confirm";
import { cellClass } from "./table-styles";

const buttonClass =
  "border-surface-border text-ink hover:border-brand-500 hover:text-brand-600 rounded-md border px-2.5 py-1 text-xs font-semibold disabled:opacity-60";

const roleLabels: Record<MemberDto["role"], string> = { MEMBER: "Member", EDITOR: "Editor", ADMIN: "Admin" };

/**
 * One member in the editor's members table with the actions the viewer may take. Each action
 * PATCHes the member and the row shows what the server answered; a refusal is announced and the
 * row keeps its last saved state.
 */
export function MemberTableRow({
  initialMember,
  initialPermissions,
  isSelf,
}: {
  initialMember: MemberDto;
  initialPermissions: MemberPermissions;
  isSelf: boolean;
}) {
  const [member, setMember] = useState(initialMember);
  const [permissions, setPermissions] = useState(initialPermissions);
  const [pending, setPending] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState("");
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  // Focus goes back to the suspend/unsuspend button when the confirmation closes, instead of
  // being lost with the form.
  const suspendRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (wasConfirming.current && !confirming) suspendRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  async function send(change: MemberChangeRequest, done: string): Promise<boolean> {
    setPending(true);
    setError(null);
    setStatus("");
    const result = await submitJson<MemberUpdateResponse>(
      `/api/editor/members/${member.id}`,
      change,
      "PATCH",
    );
    setPending(false);
    if (!result.ok) {
      setError(result.problem.detail);
      return false;
    }
    setMember(result.data.member);
    setPermissions(result.data.permissions);
    setStatus(`${result.data.member.name}: ${done}`);
    return true;
  }

  const suspended = member.suspendedAt !== null;
  const hasActions = permissions.core || permissions.role || permissions.suspend;
  const described = error ? errorId : undefined;
  return (
    <tr>
      <td className={cellClass}>
        <span className="text-ink font-medium">{member.name}</span>
        {member.isCore && <CoreBadge />}
        <span className="text-muted block text-xs break-all">{member.email}</span>
      </td>
      <td className={cellClass}>
        {/* A suspended member's profile answers 404, so it is not linked. */}
        {suspended ? (
          <span>@{member.username}</span>
        ) : (
          <Link href={`/users/${member.username}`} className="text-brand-600 hover:underline">
            @{member.username}
          </Link>
        )}
      </td>
      <td className={cellClass}>{roleLabels[member.role]}</td>
      <td className={cellClass}>
        <time dateTime={member.joinedAt}>{formatDate(new Date(member.joinedAt))}</time>
      </td>
      <td className={cellClass}>
        {suspended && member.suspendedAt ? (
          <>
            <span className="text-ink font-semibold">
              Suspended{" "}
              <span className="text-muted font-normal">since {formatDate(new Date(member.suspendedAt))}</span>
            </span>
            <span className="text-muted block text-xs break-words">
              {member.suspendReason ? `Reason: ${member.suspendReason}` : "No reason given"}
            </span>
          </>
        ) : (
          "Active"
        )}
      </td>
      <td className={cellClass}>
        {hasActions ? (
          <div className="flex flex-wrap gap-2">
            {permissions.core && (
              <button
                type="button"
                className={buttonClass}
                disabled={pending}
                aria-describedby={described}
                onClick={() =>
                  send(
                    { isCore: !member.isCore },
                    member.isCore ? "Core badge revoked." : "Core badge granted.",
                  )
                }
              >
                {member.isCore ? "Revoke Core" : "Grant Core"}
              </button>
            )}
            {permissions.role && (
              <button
                type="button"
                className={buttonClass}
                disabled={pending}
                aria-describedby={described}
                onClick={() =>
                  member.role === "EDITOR"
                    ? send({ role: "MEMBER" }, "now a member.")
                    : send({ role: "EDITOR" }, "now an editor.")
                }
              >
                {member.role === "EDITOR" ? "Make member" : "Make editor"}
              </button>
            )}
            {permissions.suspend &&
              (suspended ? (
                <button
                  ref={suspendRef}
                  type="button"
                  className={buttonClass}
                  disabled={pending}
                  aria-describedby={described}
                  onClick={() => send({ suspended: false }, "unsuspended.")}
                >
                  Unsuspend
                </button>
              ) : (
                !confirming && (
                  <button
                    ref={suspendRef}
                    type="button"
                    className={buttonClass}
                    disabled={pending}
                    aria-describedby={described}
                    onClick={() => setConfirming(true)}
                  >
                    Suspend
                  </button>
                )
              ))}
          </div>
        ) : (
          <span className="text-muted">{isSelf ? "Your account" : "No actions"}</span>
        )}
        {confirming && !suspended && (
          <SuspendConfirm
            name={member.name}
            pending={pending}
            onCancel={() => setConfirming(false)}
            onConfirm={async (reason) => {
              if (await send({ suspended: true, ...(reason ? { reason } : {}) }, "suspended."))
                setConfirming(false);
            }}
          />
        )}
        <p aria-live="polite" className="sr-only">
          {status}
        </p>
        {error && (
          <p id={errorId} role="alert" className="mt-2 text-xs font-medium text-red-700 dark:text-red-400">
            {error}
          </p>
        )}
      </td>
    </tr>
  );
}
