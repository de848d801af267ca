"use client";

import { useEffect, useId, useRef, useState } from "react";
import { SUSPEND_REASON_MAX_LENGTH } from "./member-dto";

/**
 * The second step of suspending a member: suspension signs them out everywhere and hides their
 * profile, so it asks once more and takes an optional reason for the audit log. The reason the
 * editor typed stays if the server refuses.
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
  const [reason, setReason] = useState("");
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();

  useEffect(() => inputRef.current?.focus(), []);

  return (
    <form
      className="border-surface-border bg-surface-sunken mt-2 flex flex-col gap-2 rounded-md border p-2"
      onSubmit={(event) => {
        event.preventDefault();
        onConfirm(reason.trim());
      }}
    >
      <label htmlFor={inputId} className="text-ink text-xs font-medium">
        Reason for suspending {name} (optional)
      </label>
      <input
        ref={inputRef}
        id={inputId}
        name="reason"
        value={reason}
        maxLength={SUSPEND_REASON_MAX_LENGTH}
        onChange={(event) => setReason(event.target.value)}
        className="border-surface-border bg-surface text-ink focus:ring-brand-600 rounded-md border px-2 py-1 text-sm focus:ring-2 focus:outline-none"
      />
      <div className="flex gap-2">
        <button
          type="submit"
          disabled={pending}
          className="bg-brand-600 hover:bg-brand-700 text-on-brand rounded-md px-2.5 py-1 text-xs font-semibold disabled:opacity-60"
        >
          {pending ? "Suspending…" : "Confirm suspension"}
        </button>
        <button
          type="button"
          onClick={onCancel}
          className="border-surface-border text-ink hover:border-brand-500 rounded-md border px-2.5 py-1 text-xs font-semibold"
        >
          Cancel
        </button>
      </div>
    </form>
  );
}
