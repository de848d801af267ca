"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormAlert } from "@/components/auth/form-alert";
import { submitJson } from "@/components/auth/submit-json";
import { TextField } from "@/components/auth/text-field";
import { useFields } from "@/components/ui/use-fields";
import type { TestEmailResponse } from "./test-email-input";

/**
 * Queues a test email to an address (the admin's own by default) and refreshes the list so it
 * shows up; the address stays as typed after an error, with the message next to it.
 */
export function TestEmailForm({ defaultTo }: { defaultTo: string }) {
  const router = useRouter();
  const { values, setErrors, bind } = useFields<"to">({ to: defaultTo });
  const [alert, setAlert] = useState<string | null>(null);
  const [queued, setQueued] = useState<TestEmailResponse["message"] | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setQueued(null);
    const result = await submitJson<TestEmailResponse>("/api/editor/outbox/test", values);
    setPending(false);
    if (result.ok) {
      setErrors({});
      setAlert(null);
      setQueued(result.data.message);
      router.refresh();
      return;
    }
    setErrors(result.problem.errors);
    setAlert(result.problem.errors.to ? null : result.problem.detail);
    document.querySelector<HTMLInputElement>('#test-email-form [name="to"]')?.focus();
  }

  return (
    <form id="test-email-form" onSubmit={onSubmit} noValidate className="max-w-md space-y-3">
      <FormAlert message={alert} />
      <TextField
        label="Send a test email to"
        type="email"
        autoComplete="email"
        required
        maxLength={320}
        hint="Checks delivery end to end; it appears in the list below."
        {...bind("to")}
      />
      <button
        type="submit"
        disabled={pending}
        className="bg-brand-600 hover:bg-brand-700 text-on-brand rounded-md px-4 py-2 text-sm font-semibold disabled:opacity-60"
      >
        {pending ? "Queueing…" : "Send test email"}
      </button>
      <p aria-live="polite" className="text-ink-soft text-sm">
        {queued && (
          <>
            Test email to {queued.to} queued.{" "}
            <Link href={`/editor/outbox/${queued.id}`} className="text-brand-600 hover:underline">
              View it
            </Link>
          </>
        )}
      </p>
    </form>
  );
}
