"use client";

import { useState } from "react";
import { FormAlert } from "@/components/auth/form-alert";
import { submitJson } from "@/components/auth/submit-json";
import { TextField } from "@/components/auth/text-field";
import { useFields } from "@/components/ui/use-fields";
import { MAX_ACTIVE_TOKENS, TOKEN_NAME_MAX_LENGTH, type CreatedTokenResponse } from "@/lib/api/token-input";

/**
 * Names and creates a token. The name is emptied only once the token exists; on an error it
 * stays as typed, with the message next to it.
 */
export function CreateTokenForm({
  activeCount,
  onCreated,
}: {
  activeCount: number;
  onCreated: (created: CreatedTokenResponse) => void;
}) {
  const { values, setValues, setErrors, bind } = useFields<"name">({ name: "" });
  const [alert, setAlert] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    const result = await submitJson<CreatedTokenResponse>("/api/account/tokens", values);
    setPending(false);
    if (result.ok) {
      setValues({ name: "" });
      setErrors({});
      setAlert(null);
      onCreated(result.data);
      return;
    }
    setErrors(result.problem.errors);
    setAlert(result.problem.errors.name ? "Please correct the field below." : result.problem.detail);
    document.querySelector<HTMLInputElement>('#create-token-form [name="name"]')?.focus();
  }

  return (
    <form id="create-token-form" onSubmit={onSubmit} noValidate className="space-y-4">
      <FormAlert message={alert} />
      <TextField
        label="Token name"
        autoComplete="off"
        required
        maxLength={TOKEN_NAME_MAX_LENGTH}
        hint={`What uses it, e.g. “laptop” or “GitHub Actions”. ${activeCount} of ${MAX_ACTIVE_TOKENS} tokens in use.`}
        {...bind("name")}
      />
      <button
        type="submit"
        disabled={pending}
        className="bg-brand-600 hover:bg-brand-700 text-on-brand rounded-md px-4 py-2 text-sm font-semibold disabled:opacity-60"
      >
        {pending ? "Creating…" : "Create token"}
      </button>
    </form>
  );
}
