"use client";

import { useState } from "react";
import { useFields } from "@/components/ui/use-fields";
import { FormAlert } from "@/components/auth/form-alert";
import { submitJson } from "@/components/auth/submit-json";
import { TextField } from "@/components/auth/text-field";
import { FormStatus } from "./form-status";

type Field = "currentPassword" | "newPassword";

/**
 * Current and new password. On success both fields are emptied (passwords are never kept
 * around), this browser stays signed in and every other session ends.
 */
export function PasswordForm({ username }: { username: string }) {
  const empty = { currentPassword: "", newPassword: "" };
  const { values, setValues, setErrors, bind } = useFields<Field>(empty);
  const [alert, setAlert] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setStatus(null);
    const result = await submitJson<{ message: string }>("/api/account/password", values);
    setPending(false);
    if (result.ok) {
      setValues(empty);
      setErrors({});
      setAlert(null);
      setStatus(result.data.message);
      return;
    }
    setErrors(result.problem.errors);
    const fields = Object.keys(result.problem.errors);
    setAlert(fields.length > 0 ? "Please correct the field below." : result.problem.detail);
    const first = (["currentPassword", "newPassword"] as const).find((f) => result.problem.errors[f]);
    if (first) {
      // The wrong password is cleared so the member types it again, not a fix of it.
      setValues((v) => ({ ...v, [first]: "" }));
      document.querySelector<HTMLInputElement>(`#password-form [name="${first}"]`)?.focus();
    }
  }

  return (
    <form id="password-form" onSubmit={onSubmit} noValidate className="space-y-4">
      <FormAlert message={alert} />
      <FormStatus message={status} />
      {/* Lets password managers file the new password under the right account. */}
      <input type="text" name="username" value={username} autoComplete="username" readOnly hidden />
      <TextField
        label="Current password"
        type="password"
        autoComplete="current-password"
        required
        {...bind("currentPassword")}
      />
      <TextField
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 10 characters; a phrase of a few words works well."
        {...bind("newPassword")}
      />
      <button
        type="submit"
        disabled={pending}
        className="bg-brand-600 hover:bg-brand-700 text-on-brand rounded-md px-4 py-2 text-sm font-semibold disabled:opacity-60"
      >
        {pending ? "Changing…" : "Change password"}
      </button>
    </form>
  );
}
