"use client";

import { useRouter } from "next/navigation";
import { AdminForm } from "./admin-form";
import type { CategoryDto, CategoryValues } from "./dto";
import { NameSlugFields } from "./name-fields";
import { pickValues, useAdminForm } from "./use-admin-form";

const FIELDS = ["name", "slug", "description"] as const;
const LABELS = { name: "Name", slug: "Slug", description: "Description" };

const valuesOf = (dto: CategoryValues) => pickValues<CategoryValues>(dto, FIELDS);

/** "Saved.", and where the old address now leads when the slug changed. */
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
    <AdminForm
      id="category-form"
      form={form}
      labels={LABELS}
      valuesOf={valuesOf}
      viewHref={current ? `/categories/${current.slug}` : undefined}
      submitLabel={current ? "Save category" : "Create category"}
      remove={
        current
          ? {
              url: `/api/editor/categories/${current.id}`,
              listHref: "/editor/taxonomy",
              name: `the category “${current.name}”`,
              consequence: "Only a category without zones can be deleted; its page will answer 404.",
            }
          : undefined
      }
    >
      <NameSlugFields bind={form.bind} base="/categories" savedSlug={current?.slug ?? null} />
    </AdminForm>
  );
}
