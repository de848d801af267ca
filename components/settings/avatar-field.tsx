"use client";

import { useId, useRef, useState } from "react";
import { Avatar } from "@/components/user/avatar";
import { FormStatus } from "./form-status";

const MAX_BYTES = 5 * 1024 * 1024;
const RULES =
  "PNG, JPEG or WebP, at most 5 MB. It is cropped to a square and its metadata (EXIF, GPS) removed.";

type Outcome = { ok: true; avatarUrl: string | null } | { ok: false; message: string };

async function send(method: "POST" | "DELETE", body?: FormData): Promise<Outcome> {
  try {
    const response = await fetch("/api/account/avatar", {
      method,
      body,
      headers: { Accept: "application/json" },
    });
    const json = (await response.json().catch(() => ({}))) as {
      avatarUrl?: string | null;
      detail?: string;
      errors?: Record<string, string>;
    };
    if (response.ok) return { ok: true, avatarUrl: json.avatarUrl ?? null };
    return {
      ok: false,
      message: json.errors?.avatar ?? json.detail ?? "The picture could not be saved. Please try again.",
    };
  } catch {
    return { ok: false, message: "Could not reach the server. Check your connection and try again." };
  }
}

/**
 * The profile picture: choosing a file uploads it at once (the server checks and re-encodes
 * it); Remove goes back to initials. The file's size is checked here first so nobody waits
 * for a 20 MB upload to be refused.
 */
export function AvatarField({ name, initialUrl }: { name: string; initialUrl: string | null }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [url, setUrl] = useState(initialUrl);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function run(method: "POST" | "DELETE", body?: FormData) {
    setPending(true);
    setStatus(null);
    const outcome = await send(method, body);
    setPending(false);
    if (input.current) input.current.value = "";
    if (!outcome.ok) {
      setError(outcome.message);
      return;
    }
    setError(null);
    setUrl(outcome.avatarUrl);
    setStatus(outcome.avatarUrl ? "Profile picture saved." : "Profile picture removed.");
  }

  function onChange(event: React.ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setStatus(null);
      setError("This file is larger than 5 MB. Use a PNG, JPEG or WebP image of at most 5 MB.");
      event.target.value = "";
      return;
    }
    const body = new FormData();
    body.set("avatar", file);
    void run("POST", body);
  }

  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className="flex flex-col gap-4 sm:flex-row sm:items-start">
      <Avatar name={name} url={url} size={96} />
      <div className="min-w-0 flex-1">
        <FormStatus message={status} />
        <label htmlFor={id} className="text-ink block text-sm font-semibold">
          Profile picture
        </label>
        <input
          ref={input}
          id={id}
          name="avatar"
          type="file"
          accept="image/png,image/jpeg,image/webp"
          disabled={pending}
          onChange={onChange}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${hintId}${error ? ` ${errorId}` : ""}`}
          className="text-ink-soft file:border-surface-border file:bg-surface-sunken file:text-ink hover:file:bg-brand-50 mt-1 block w-full text-sm file:mr-3 file:rounded-md file:border file:px-3 file:py-1.5 file:text-sm file:font-semibold"
        />
        <p id={hintId} className="text-muted mt-1 text-xs">
          {RULES}
        </p>
        <div role="alert" aria-live="assertive">
          {error && (
            <p id={errorId} className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
              {error}
            </p>
          )}
        </div>
        <p className="text-muted mt-2 text-sm empty:hidden" aria-live="polite">
          {pending ? "Working on your picture…" : ""}
        </p>
        {url && !pending && (
          <button
            type="button"
            onClick={() => void run("DELETE")}
            className="border-surface-border text-ink hover:bg-surface-sunken mt-3 rounded-md border px-3 py-1.5 text-sm font-semibold"
          >
            Remove picture
          </button>
        )}
      </div>
    </div>
  );
}
