"use client";

import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useState } from "react";
import { useFields } from "@/components/ui/use-fields";
import { FormAlert } from "./form-alert";
import { submitJson } from "./submit-json";
import { TextField } from "./text-field";

type Field = "name" | "username" | "email" | "password";

/** Name, username, email, password. Every field keeps what was typed after an error. */
export function JoinForm() {
  const params = useSearchParams();
  const next = params.get("next") ?? "";
  const { values, setErrors, bind } = useFields<Field>({ name: "", username: "", email: "", password: "" });
  const [alert, setAlert] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    const result = await submitJson<{ redirectTo: string }>("/api/auth/join", { ...values, next });
    if (result.ok) {
      window.location.assign(result.data.redirectTo);
      return;
    }
    setPending(false);
    setErrors(result.problem.errors);
    const fields = Object.keys(result.problem.errors);
    setAlert(
      fields.length > 0
        ? `Please correct ${fields.length === 1 ? "the field" : "the fields"} below.`
        : result.problem.detail,
    );
    // Move focus to the first field in error so keyboard and screen-reader users land on it.
    const first = (["name", "username", "email", "password"] as const).find((f) => result.problem.errors[f]);
    if (first) document.querySelector<HTMLInputElement>(`form [name="${first}"]`)?.focus();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormAlert message={alert} />
      <TextField label="Name" autoComplete="name" required maxLength={80} {...bind("name")} />
      <TextField
        label="Username"
        autoComplete="username"
        required
        maxLength={30}
        autoCapitalize="none"
        spellCheck={false}
        hint={`Your profile address: /users/${values.username.trim().toLowerCase() || "your-name"}`}
        {...bind("username")}
      />
      <TextField
        label="Email"
        type="email"
        autoComplete="email"
        required
        maxLength={254}
        {...bind("email")}
      />
      <TextField
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 10 characters; a phrase of a few words works well."
        {...bind("password")}
      />
      <button
        type="submit"
        disabled={pending}
        className="bg-brand-600 hover:bg-brand-700 text-on-brand w-full rounded-md px-4 py-2 text-sm font-semibold disabled:opacity-60"
      >
        {pending ? "Creating your account…" : "Join"}
      </button>
      <p className="text-ink-soft text-sm">
        Already a member?{" "}
        <Link
          href={next ? `/login?next=${encodeURIComponent(next)}` : "/login"}
          className="text-brand-700 font-semibold hover:underline"
        >
          Log In
        </Link>
      </p>
    </form>
  );
}
