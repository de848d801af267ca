"use client";

import { useRouter } from "next/navigation";
import type { CategoryDto, CategoryValues } from "./dto";
import { ConflictNotice, DeleteSection, FormMessages, primaryButton } from "./form-parts";
import { NameSlugFields } from "./name-fields";
import { useAdminForm } from "./use-admin-form";

const FIELDS = ["name", "slug", "description"] as const;
const LABELS = { name: "Name", slug: "Slug", description: "Description" };

const valuesOf = ({ name, slug, description }: CategoryValues): CategoryValues => ({
  name,
  slug,
  description,
});

export function renameMessage(base: string, before: { slug: string }, after: { slug: string }): string {
  return before.slug === after.slug
    ? "Saved. Readers see the change on their next visit."
    : `Saved. ${base}/${before.slug} now redirects to ${base}/${after.slug}.`;
}

/** Create or edit a category (admins). */
export function CategoryForm({ saved, created = false }: { saved: CategoryDto | null; created?: boolean }) {
  const router = useRouter();
  const form = useAdminForm<CategoryValues, CategoryDto>({
    initial: saved ? valuesOf(saved) : { name: "", slug: "", description: "" },
    saved,
    endpoint: "/api/editor/categories",
    noun: "category",
    formId: "category-form",
    fields: FIELDS,
    valuesOf,
    onCreated: (dto) => router.push(`/editor/taxonomy/categories/${dto.id}?created=1`),
    savedMessage: (before, after) => renameMessage("/categories", before, after),
    initialStatus: created
      ? "Category created. It is last in the menu; move it on Categories & zones."
      : null,
  });
  const current = form.saved;
  return (
    <>
      <form id="category-form" onSubmit={form.onSubmit} noValidate className="max-w-2xl space-y-5">
        <FormMessages
          alert={form.alert}
          status={form.status}
          viewHref={current ? `/categories/${current.slug}` : undefined}
          conflict={
            form.conflict && (
              <ConflictNotice
                mine={form.values}
                theirs={valuesOf(form.conflict)}
                labels={LABELS}
                onLoadTheirs={form.loadTheirs}
                onKeepMine={form.keepMine}
                pending={form.pending}
              />
            )
          }
        />
        <NameSlugFields bind={form.bind} base="/categories" savedSlug={current?.slug ?? null} />
        <button type="submit" disabled={form.pending} className={primaryButton}>
          {form.pending ? "Saving…" : current ? "Save category" : "Create category"}
        </button>
      </form>
      {current && (
        <DeleteSection
          url={`/api/editor/categories/${current.id}`}
          listHref="/editor/taxonomy"
          name={`the category “${current.name}”`}
          consequence="Only a category without zones can be deleted; its page will answer 404."
        />
      )}
    </>
  );
}
