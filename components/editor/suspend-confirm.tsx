"use client";

import { SUSPEND_REASON_MAX_LENGTH } from "./member-dto";
import { NoteConfirm } from "./note-confirm";

/**
 * The second step of suspending a member: suspension signs them out everywhere and hides their
 * profile, so it asks once more and takes an optional reason for the audit log.
 */
export function SuspendConfirm({
  name,
  pending,
  onConfirm,
  onCancel,
}: {
  name: string;
  pending: boolean;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}) {
  return (
    <NoteConfirm
      label={`Reason for suspending ${name} (optional)`}
      maxLength={SUSPEND_REASON_MAX_LENGTH}
      confirmLabel="Confirm suspension"
      pendingLabel="Suspending…"
      pending={pending}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
}
