"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormAlert } from "@/components/auth/form-alert";
import { submitJson } from "@/components/auth/submit-json";
import type { DigestRunResult } from "@/lib/digest/run";
import { pluralize } from "@/lib/format";
import type { Frequency } from "@/lib/subscriptions/schemas";
import { FrequencyRadios } from "./frequency-radios";

/**
 * For admins on the outbox page: writes the digests that are due now instead of waiting for the
 * daily run, then refreshes the list so they show up. Nothing is sent twice: digests only list
 * articles published since each address's last one.
 */
export function RunDigestForm() {
  const router = useRouter();
  const [frequency, setFrequency] = useState<Frequency>("DAILY");
  const [alert, setAlert] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setStatus("");
    const result = await submitJson<DigestRunResult>("/api/editor/digests", { frequency });
    setPending(false);
    if (!result.ok) {
      setAlert(result.problem.errors.frequency ?? result.problem.detail);
      return;
    }
    setAlert(null);
    const run = result.data;
    setStatus(
      `${pluralize(run.sent, "digest")} written (${pluralize(run.articles, "article")}) for ${pluralize(run.recipients, "address", "addresses")}` +
        (run.failed > 0 ? `; ${run.failed} failed and stay due for the next run.` : "."),
    );
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="max-w-md">
      <FormAlert message={alert} />
      <FrequencyRadios value={frequency} onChange={setFrequency} legend="Which digests" />
      <button
        type="submit"
        disabled={pending}
        className="bg-brand-600 hover:bg-brand-700 text-on-brand mt-3 rounded-md px-4 py-2 text-sm font-semibold disabled:opacity-60"
      >
        {pending ? "Writing digests…" : "Send due digests now"}
      </button>
      <p role="status" aria-live="polite" className="text-ink-soft mt-2 text-sm">
        {status}
      </p>
    </form>
  );
}
