"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useId, useRef, useState, useSyncExternalStore } from "react";
import { FormAlert } from "@/components/auth/form-alert";
import { submitJson } from "@/components/auth/submit-json";
import { TextField } from "@/components/auth/text-field";
import { hasSignedInHint } from "@/lib/auth/hint";
import { FREQUENCY_LABELS, type Choice, type Frequency, type Target } from "@/lib/subscriptions/schemas";
import { FrequencyRadios } from "./frequency-radios";

/** What the server says about the visitor and this target (GET /api/subscriptions/mine). */
type Viewer = { signedIn: false } | { signedIn: true; email: string; frequency: Choice };

/** The hint cookie only changes with a full page load (login and logout navigate). */
const subscribeToNothing = () => () => {};

export interface SubscribeButtonProps {
  target: Exclude<Target, "NEWSLETTER">;
  targetId: number;
  /** The zone's, category's or author's name, for the button's and the panel's wording. */
  name: string;
}

/**
 * Subscribe to a zone, category or author by email. The server renders the same button for
 * everyone, so zone, category and profile pages stay cached; after hydration, and only when the
 * hint cookie says someone may be signed in, the member's current choice is fetched. Members
 * subscribe at once; anyone else enters an address and gets a confirmation link.
 */
export function SubscribeButton({ target, targetId, name }: SubscribeButtonProps) {
  const hinted = useSyncExternalStore(subscribeToNothing, hasSignedInHint, () => false);
  const [viewer, setViewer] = useState<Viewer>({ signedIn: false });
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const toggleRef = useRef<HTMLButtonElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);

  // A press outside closes the panel, as menus do; what was typed stays for the next opening.
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open]);

  useEffect(() => {
    if (!hinted) return;
    const controller = new AbortController();
    const query = new URLSearchParams({ target, targetId: String(targetId) });
    fetch(`/api/subscriptions/mine?${query}`, { signal: controller.signal, cache: "no-store" })
      .then((response) => (response.ok ? (response.json() as Promise<Viewer>) : null))
      .then((body) => body && setViewer(body))
      .catch(() => {
        // Aborted or offline: the email form stays, which works for members too.
      });
    return () => controller.abort();
  }, [hinted, target, targetId]);

  const subscribed = viewer.signedIn && viewer.frequency !== "OFF" ? viewer.frequency : null;
  const close = () => {
    setOpen(false);
    toggleRef.current?.focus();
  };

  return (
    <div
      ref={rootRef}
      className="relative inline-block"
      onKeyDown={(e) => e.key === "Escape" && open && close()}
    >
      <button
        ref={toggleRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((v) => !v)}
        className={`inline-flex items-center gap-1.5 rounded-md border px-3 py-1.5 text-sm font-semibold ${
          subscribed
            ? "border-brand-600 bg-brand-600 text-on-brand hover:bg-brand-700"
            : "border-surface-border bg-surface text-ink hover:border-brand-500 hover:text-brand-600"
        }`}
      >
        <MailIcon />
        {subscribed ? `Subscribed · ${FREQUENCY_LABELS[subscribed]}` : "Subscribe"}
        <span className="sr-only"> to {name} by email</span>
      </button>
      <div
        id={panelId}
        hidden={!open}
        className="border-surface-border bg-surface absolute left-0 z-20 mt-2 w-[min(22rem,calc(100vw-2rem))] rounded-lg border p-4 shadow-lg"
      >
        {viewer.signedIn ? (
          <MemberPanel
            target={target}
            targetId={targetId}
            name={name}
            email={viewer.email}
            current={viewer.frequency}
            onSaved={(frequency) => setViewer({ ...viewer, frequency })}
          />
        ) : (
          <EmailPanel target={target} targetId={targetId} name={name} />
        )}
      </div>
    </div>
  );
}

interface PanelProps {
  target: SubscribeButtonProps["target"];
  targetId: number;
  name: string;
}

function MemberPanel({
  target,
  targetId,
  name,
  email,
  current,
  onSaved,
}: PanelProps & { email: string; current: Choice; onSaved: (frequency: Choice) => void }) {
  const [frequency, setFrequency] = useState<Frequency>(current === "OFF" ? "WEEKLY" : current);
  const [status, setStatus] = useState("");
  const [alert, setAlert] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function save(choice: Choice) {
    setPending(true);
    setStatus("");
    const result = await submitJson(
      "/api/subscriptions/mine",
      { choices: [{ target, targetId, frequency: choice }] },
      "PUT",
    );
    setPending(false);
    if (!result.ok) {
      setAlert(Object.values(result.problem.errors)[0] ?? result.problem.detail);
      return;
    }
    setAlert(null);
    onSaved(choice);
    setStatus(
      choice === "OFF"
        ? `Unsubscribed from ${name}.`
        : `Subscribed: a ${choice === "DAILY" ? "daily" : "weekly"} digest of ${name} goes to ${email}.`,
    );
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void save(frequency);
      }}
    >
      <p className="text-ink text-sm font-semibold">Email digest of {name}</p>
      <p className="text-muted mt-0.5 text-xs break-words">New articles, sent to {email}.</p>
      <FormAlert message={alert} />
      <FrequencyRadios value={frequency} onChange={setFrequency} />
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <button
          type="submit"
          disabled={pending}
          className="bg-brand-600 hover:bg-brand-700 text-on-brand rounded-md px-3 py-1.5 text-sm font-semibold disabled:opacity-60"
        >
          {current === "OFF" ? "Subscribe" : "Save"}
        </button>
        {current !== "OFF" && (
          <button
            type="button"
            disabled={pending}
            onClick={() => void save("OFF")}
            className="text-ink-soft hover:text-brand-600 rounded-md px-2 py-1.5 text-sm font-semibold underline disabled:opacity-60"
          >
            Unsubscribe
          </button>
        )}
      </div>
      <p role="status" aria-live="polite" className="text-ink-soft mt-2 text-xs">
        {status}
      </p>
      <Link
        href="/settings/subscriptions"
        className="text-brand-600 mt-1 inline-block text-xs hover:underline"
      >
        Manage all email subscriptions
      </Link>
    </form>
  );
}

function EmailPanel({ target, targetId, name }: PanelProps) {
  const pathname = usePathname();
  const [email, setEmail] = useState("");
  const [frequency, setFrequency] = useState<Frequency>("WEEKLY");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setStatus("");
    const result = await submitJson<{ message: string }>("/api/subscriptions", {
      email,
      frequency,
      target,
      targetId,
    });
    setPending(false);
    if (result.ok) {
      setErrors({});
      setAlert(null);
      setStatus(result.data.message);
      return;
    }
    setErrors(result.problem.errors);
    const fieldError = result.problem.errors.email ?? result.problem.errors.frequency;
    setAlert(fieldError ? null : (result.problem.errors.form ?? result.problem.detail));
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <p className="text-ink text-sm font-semibold">Email digest of {name}</p>
      <p className="text-muted mt-0.5 mb-3 text-xs">
        We send a link to confirm first.{" "}
        <Link href={`/login?next=${encodeURIComponent(pathname)}`} className="text-brand-600 underline">
          Log in
        </Link>{" "}
        to subscribe with your account.
      </p>
      <FormAlert message={alert} />
      <TextField
        label="Email address"
        name="email"
        type="email"
        autoComplete="email"
        required
        maxLength={254}
        value={email}
        error={errors.email}
        onChange={(e) => setEmail(e.target.value)}
      />
      <FrequencyRadios value={frequency} onChange={setFrequency} error={errors.frequency} />
      <button
        type="submit"
        disabled={pending}
        className="bg-brand-600 hover:bg-brand-700 text-on-brand mt-3 rounded-md px-3 py-1.5 text-sm font-semibold disabled:opacity-60"
      >
        {pending ? "Sending…" : "Send confirmation link"}
      </button>
      <p role="status" aria-live="polite" className="text-ink-soft mt-2 text-xs">
        {status}
      </p>
    </form>
  );
}

function MailIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className="h-4 w-4"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinejoin="round"
    >
      <rect x="3" y="5" width="18" height="14" rx="2" />
      <path d="m3 7 9 6 9-6" />
    </svg>
  );
}
