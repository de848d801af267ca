"use client";

import { TextField } from "@/components/auth/text-field";
import { SITE_LIMITS } from "@/lib/site-admin/limits";
import { ConflictNotice, DeleteSection, FormMessages, primaryButton } from "./form-parts";
import { slugHint } from "./slug-hint";
import type { AdminFormState, FieldValue, Saved } from "./use-admin-form";

// The frame of every site-management form: messages (errors, saved, conflict), the fields the
// caller passes, the save button, and deletion once the entity exists.

export function AdminForm<V extends { [K in keyof V]: FieldValue }, D extends V & Saved>({
  id,
  form,
  labels,
  valuesOf,
  viewHref,
  submitLabel,
  remove,
  wide = false,
  children,
}: {
  id: string;
  form: AdminFormState<V, D>;
  /** The field names shown in a conflict ("their version differs in: Title…"). */
  labels: Partial<Record<keyof V, string>>;
  valuesOf: (dto: D) => V;
  /** The public page, linked from the "saved" message. */
  viewHref?: string;
  submitLabel: string;
  remove?: { url: string; listHref: string; name: string; consequence: string };
  /** Wider for forms with a markdown body. */
  wide?: boolean;
  children: React.ReactNode;
}) {
  return (
    <>
      <form
        id={id}
        onSubmit={form.onSubmit}
        noValidate
        className={`${wide ? "max-w-3xl" : "max-w-2xl"} space-y-5`}
      >
        <FormMessages
          alert={form.alert}
          status={form.status}
          viewHref={viewHref}
          conflict={
            form.conflict && (
              <ConflictNotice
                mine={form.values}
                theirs={valuesOf(form.conflict)}
                labels={labels}
                onLoadTheirs={form.loadTheirs}
                onKeepMine={form.keepMine}
                pending={form.pending}
              />
            )
          }
        />
        {children}
        <button type="submit" disabled={form.pending} className={primaryButton}>
          {form.pending ? "Saving…" : submitLabel}
        </button>
      </form>
      {remove && form.saved && <DeleteSection {...remove} />}
    </>
  );
}

/** The slug field: where the page lives, and what a change does to its old address. */
export function SlugField({
  base,
  from,
  savedSlug,
  ...field
}: {
  /** "/events". */
  base: string;
  /** What a blank slug is made from ("title", "name"). */
  from: string;
  savedSlug: string | null;
  name: string;
  value: string;
  error?: string;
  onChange: (e: React.ChangeEvent<HTMLInputElement>) => void;
}) {
  return (
    <TextField
      label="Slug"
      autoCapitalize="none"
      spellCheck={false}
      maxLength={SITE_LIMITS.slugMax}
      hint={slugHint(base, field.value, savedSlug, from)}
      {...field}
    />
  );
}
