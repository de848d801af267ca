"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { FormAlert } from "@/components/auth/form-alert";
import { FormStatus } from "@/components/settings/form-status";
import { sendJson, type FieldValue } from "./use-admin-form";

// The parts every site-management form shares around its fields: the messages at the top
// (errors, "saved", a conflict with someone else's save), the save button and deletion.

export const primaryButton =
  "bg-brand-600 hover:bg-brand-700 text-on-brand rounded-md px-4 py-2 text-sm font-semibold disabled:opacity-60";
export const secondaryButton =
  "border-surface-border text-ink hover:border-brand-500 hover:text-brand-600 rounded-md border px-4 py-2 text-sm font-semibold disabled:opacity-60";
const dangerButton =
  "rounded-md border border-red-600 px-4 py-2 text-sm font-semibold text-red-700 hover:bg-red-50 disabled:opacity-60 dark:text-red-400 dark:hover:bg-red-950";

/** The form's messages: what to correct, what was saved (with a link to see it), a conflict. */
export function FormMessages({
  alert,
  status,
  viewHref,
  conflict,
}: {
  alert: string | null;
  status: string | null;
  /** The public page, linked from the "saved" message. */
  viewHref?: string;
  conflict?: React.ReactNode;
}) {
  return (
    <>
      <FormAlert message={alert} />
      <FormStatus message={status}>
        {status && viewHref && (
          <Link href={viewHref} className="underline">
            View it on the site
          </Link>
        )}
      </FormStatus>
      {conflict}
    </>
  );
}

/**
 * Someone saved the same entity after this form loaded. Shows what they changed (field by field)
 * and lets the admin take their version or save theirs over it; what was typed stays until then.
 */
export function ConflictNotice<V extends { [K in keyof V]: FieldValue }>({
  mine,
  theirs,
  labels,
  onLoadTheirs,
  onKeepMine,
  pending,
}: {
  mine: V;
  theirs: V;
  labels: Partial<Record<keyof V, string>>;
  onLoadTheirs: () => void;
  onKeepMine: () => void;
  pending: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const differing = (Object.keys(labels) as (keyof V & string)[]).filter((key) => mine[key] !== theirs[key]);
  const shown = (value: FieldValue | undefined) => {
    if (value === undefined) return "";
    if (typeof value === "boolean") return value ? "yes" : "no";
    if (value === "") return "(empty)";
    return value.length > 120 ? `${value.slice(0, 120)}…` : value;
  };
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      className="mb-4 rounded-md border border-amber-400 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <p className="font-semibold">Someone else saved this after you opened it.</p>
      <p className="mt-1">Your changes are still in the form. Their version differs in:</p>
      {differing.length > 0 ? (
        <dl className="mt-2 space-y-1">
          {differing.map((key) => (
            <div key={key}>
              <dt className="inline font-semibold">{labels[key]}: </dt>
              <dd className="inline break-words">{shown(theirs[key])}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="mt-2">Nothing you can see here (they saved the same values).</p>
      )}
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="button" className={secondaryButton} onClick={onLoadTheirs} disabled={pending}>
          Load their version
        </button>
        <button type="button" className={primaryButton} onClick={onKeepMine} disabled={pending}>
          Save mine over theirs
        </button>
      </div>
    </div>
  );
}

/**
 * Deleting the entity: asks once more (saying what readers will get), then DELETEs it and goes
 * back to the list. A refusal (e.g. a zone that still has articles) is shown here.
 */
export function DeleteSection({
  url,
  listHref,
  name,
  consequence,
}: {
  url: string;
  listHref: string;
  /** What is deleted, as the admin knows it ("the zone “Kubernetes”"). */
  name: string;
  consequence: string;
}) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (wasConfirming.current) openRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  async function remove() {
    setPending(true);
    setError(null);
    const result = await sendJson(url, "DELETE");
    if (result.ok) {
      router.push(`${listHref}?deleted=${encodeURIComponent(name)}`);
      return;
    }
    setPending(false);
    setConfirming(false);
    setError(result.detail);
  }

  return (
    <section aria-label="Delete" className="border-surface-border mt-10 border-t pt-6">
      {error && (
        <p role="alert" className="mb-3 text-sm font-medium text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
      {confirming ? (
        <div className="flex flex-wrap items-center gap-3">
          <p className="text-ink text-sm">
            Delete {name}? {consequence}
          </p>
          <button ref={confirmRef} type="button" className={dangerButton} onClick={remove} disabled={pending}>
            {pending ? "Deleting…" : "Yes, delete"}
          </button>
          <button
            type="button"
            className={secondaryButton}
            onClick={() => setConfirming(false)}
            disabled={pending}
          >
            Cancel
          </button>
        </div>
      ) : (
        <button ref={openRef} type="button" className={dangerButton} onClick={() => setConfirming(true)}>
          Delete…
        </button>
      )}
    </section>
  );
}
