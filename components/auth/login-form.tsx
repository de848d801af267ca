"use client";

import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useRef, useState } from "react";
import { loginErrorMessage } from "@/lib/auth/messages";
import { FormAlert } from "./form-alert";
import { submitJson } from "./submit-json";
import { TextField } from "./text-field";

const buttonClass =
  "bg-brand-600 hover:bg-brand-700 text-on-brand w-full rounded-md px-4 py-2 text-sm font-semibold disabled:opacity-60";

/**
 * Email + password. Posts JSON and shows the server's message; the email is kept after an error,
 * the password is cleared. Without JavaScript the same form posts to the route handler, which
 * redirects back here with the error code and email in the URL.
 */
export function LoginForm() {
  const params = useSearchParams();
  const next = params.get("next") ?? "";
  const initialError = params.get("error");
  const [email, setEmail] = useState(params.get("email") ?? "");
  const [password, setPassword] = useState("");
  const [alert, setAlert] = useState<string | null>(
    initialError ? loginErrorMessage(initialError, Number(params.get("retry") ?? 0)) : null,
  );
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    const result = await submitJson<{ redirectTo: string }>("/api/auth/login", { email, password, next });
    if (result.ok) {
      // A full load, so every island (header menu, like buttons) sees the new session.
      window.location.assign(result.data.redirectTo);
      return;
    }
    setPending(false);
    setFieldErrors(result.problem.errors);
    setAlert(Object.keys(result.problem.errors).length > 0 ? null : result.problem.detail);
    setPassword("");
    passwordRef.current?.focus();
  }

  return (
    <form action="/api/auth/login" method="post" onSubmit={onSubmit} noValidate className="space-y-4">
      <FormAlert message={alert} />
      <input type="hidden" name="next" value={next} />
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={fieldErrors.email}
      />
      <TextField
        ref={passwordRef}
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={fieldErrors.password}
      />
      <button type="submit" className={buttonClass} disabled={pending}>
        {pending ? "Logging in…" : "Log In"}
      </button>
      <p className="text-ink-soft text-sm">
        New to Zonepress?{" "}
        <Link
          href={next ? `/join?next=${encodeURIComponent(next)}` : "/join"}
          className="text-brand-700 font-semibold hover:underline"
        >
          Join
        </Link>
      </p>
    </form>
  );
}
