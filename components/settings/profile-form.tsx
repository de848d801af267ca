"use client";

import Link from "next/link";
import { useState } from "react";
import { useFields } from "@/components/ui/use-fields";
import { FormAlert } from "@/components/auth/form-alert";
import { submitJson } from "@/components/auth/submit-json";
import { TextField } from "@/components/auth/text-field";
import { BIO_MAX_LENGTH } from "@/lib/validation/settings";
import { FormStatus } from "./form-status";
import { TextAreaField } from "./text-area-field";

type Field = "name" | "username" | "bio";

const FIELDS: readonly Field[] = ["name", "username", "bio"];

export interface ProfileFormValues {
  name: string;
  username: string;
  bio: string;
}

const bioHint = (
  <>
    Limited markdown: <code>*italic*</code>, <code>**bold**</code>, <code>`code`</code>, lists, and links as{" "}
    <code>[text](https://…)</code> or a bare https:// address. Line breaks are kept; headings, images and HTML
    are not shown.
  </>
);

/** Name, username and bio. Keeps everything typed after an error; a taken username is shown on its field. */
export function ProfileForm({ initial }: { initial: ProfileFormValues }) {
  const { values, setValues, errors, setErrors, bind } = useFields<Field>({ ...initial });
  const [saved, setSaved] = useState(initial);
  const [alert, setAlert] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setStatus(null);
    const sent = values;
    const result = await submitJson<{ username: string }>("/api/account/profile", sent, "PATCH");
    setPending(false);
    if (result.ok) {
      const next = { username: result.data.username, name: sent.name.trim(), bio: sent.bio.trim() };
      // Show the saved form of what was sent, unless the member kept typing while it saved.
      setValues((current) => (current === sent ? next : current));
      setSaved(next);
      setErrors({});
      setAlert(null);
      setStatus(
        next.username !== saved.username
          ? `Profile saved. Your profile now lives at /users/${next.username}; the old address redirects there.`
          : "Profile saved.",
      );
      return;
    }
    setErrors(result.problem.errors);
    const fields = Object.keys(result.problem.errors);
    setAlert(
      fields.length > 0
        ? `Please correct ${fields.length === 1 ? "the field" : "the fields"} below.`
        : result.problem.detail,
    );
    const first = FIELDS.find((f) => result.problem.errors[f]);
    if (first) document.querySelector<HTMLElement>(`#profile-form [name="${first}"]`)?.focus();
  }

  const previewUsername = values.username.trim().toLowerCase() || "your-name";
  return (
    <form id="profile-form" onSubmit={onSubmit} noValidate className="space-y-5">
      <FormAlert message={alert} />
      <FormStatus message={status}>
        {status && (
          <Link href={`/users/${saved.username}`} className="underline">
            View your profile
          </Link>
        )}
      </FormStatus>
      <TextField label="Name" autoComplete="name" required maxLength={80} {...bind("name")} />
      <TextField
        label="Username"
        autoComplete="username"
        required
        maxLength={30}
        autoCapitalize="none"
        spellCheck={false}
        hint={
          previewUsername === saved.username
            ? `Your profile address: /users/${previewUsername}`
            : `Your profile address becomes /users/${previewUsername}; links to /users/${saved.username} will redirect there.`
        }
        {...bind("username")}
      />
      <TextAreaField
        label="Bio"
        name="bio"
        rows={6}
        maxLength={BIO_MAX_LENGTH}
        value={values.bio}
        error={errors.bio}
        hint={bioHint}
        onChange={(e) => setValues((v) => ({ ...v, bio: e.target.value }))}
      />
      <button
        type="submit"
        disabled={pending}
        className="bg-brand-600 hover:bg-brand-700 text-on-brand rounded-md px-4 py-2 text-sm font-semibold disabled:opacity-60"
      >
        {pending ? "Saving…" : "Save profile"}
      </button>
    </form>
  );
}
