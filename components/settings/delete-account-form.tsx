"use client";

import { useState } from "react";
import { FormAlert } from "@/components/auth/form-alert";
import { submitJson } from "@/components/auth/submit-json";
import { TextField } from "@/components/auth/text-field";

type Choice = "keep" | "delete";

const choices: { value: Choice; label: string; detail: string }[] = [
  {
    value: "keep",
    label: "Keep my published articles",
    detail: "They stay on Zonepress with the byline “Former member”; nothing links to you any more.",
  },
  {
    value: "delete",
    label: "Delete my articles",
    detail: "Every article you wrote is removed from Zonepress.",
  },
];

/**
 * Deletes the account after a required choice about the articles and a confirmation: the
 * password, or for accounts that sign in only with GitHub/Google, the username typed out.
 */
export function DeleteAccountForm({ username, hasPassword }: { username: string; hasPassword: boolean }) {
  const [articles, setArticles] = useState<Choice | null>(null);
  const [confirmation, setConfirmation] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const confirmField = hasPassword ? "password" : "confirmUsername";

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!articles) {
      setErrors({ articles: "Choose what happens to your articles" });
      setAlert("Please correct the field below.");
      document.querySelector<HTMLInputElement>('#delete-account-form [name="articles"]')?.focus();
      return;
    }
    setPending(true);
    const result = await submitJson<{ redirectTo: string }>("/api/account/delete", {
      articles,
      [confirmField]: confirmation,
    });
    if (result.ok) {
      window.location.assign(result.data.redirectTo);
      return;
    }
    setPending(false);
    setErrors(result.problem.errors);
    const fields = Object.keys(result.problem.errors);
    setAlert(fields.length > 0 ? "Please correct the field below." : result.problem.detail);
    if (result.problem.errors[confirmField]) {
      if (hasPassword) setConfirmation("");
      document.querySelector<HTMLInputElement>(`#delete-account-form [name="${confirmField}"]`)?.focus();
    }
  }

  const choiceErrorId = "delete-articles-error";
  return (
    <form id="delete-account-form" onSubmit={onSubmit} noValidate className="space-y-5">
      <FormAlert message={alert} />
      <fieldset aria-describedby={errors.articles ? choiceErrorId : undefined}>
        <legend className="text-ink text-sm font-semibold">What should happen to your articles?</legend>
        <p className="text-muted mt-1 text-xs">
          Drafts and articles not yet published are deleted either way.
        </p>
        <div className="mt-2 space-y-2">
          {choices.map((choice) => (
            <label
              key={choice.value}
              className="border-surface-border has-checked:border-brand-600 flex cursor-pointer gap-3 rounded-md border p-3"
            >
              <input
                type="radio"
                name="articles"
                value={choice.value}
                checked={articles === choice.value}
                onChange={() => setArticles(choice.value)}
                className="mt-1"
              />
              <span>
                <span className="text-ink block text-sm font-semibold">{choice.label}</span>
                <span className="text-ink-soft block text-sm">{choice.detail}</span>
              </span>
            </label>
          ))}
        </div>
        {errors.articles && (
          <p id={choiceErrorId} className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
            {errors.articles}
          </p>
        )}
      </fieldset>
      {hasPassword ? (
        <TextField
          label="Your password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={confirmation}
          error={errors.password}
          onChange={(e) => setConfirmation(e.target.value)}
        />
      ) : (
        <TextField
          label={`Type your username, ${username}, to confirm`}
          name="confirmUsername"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          required
          value={confirmation}
          error={errors.confirmUsername}
          onChange={(e) => setConfirmation(e.target.value)}
        />
      )}
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-red-700 px-4 py-2 text-sm font-semibold text-white hover:bg-red-800 disabled:opacity-60 dark:bg-red-400 dark:text-red-950 dark:hover:bg-red-300"
      >
        {pending ? "Deleting your account…" : "Delete my account"}
      </button>
    </form>
  );
}
