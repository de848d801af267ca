"use client";

import { useRouter } from "next/navigation";
import { pluralize } from "@/lib/format";
import { AdminForm } from "./admin-form";
import { renameMessage } from "./category-form";
import type { ZoneDto, ZoneValues } from "./dto";
import { SelectField } from "./fields";
import { NameSlugFields } from "./name-fields";
import { pickValues, useAdminForm } from "./use-admin-form";

const FIELDS = ["name", "slug", "categoryId", "description"] as const;
const LABELS = { name: "Name", slug: "Slug", categoryId: "Category", description: "Description" };

const valuesOf = (dto: ZoneValues) => pickValues<ZoneValues>(dto, FIELDS);

/**
 * Create or edit a zone (admins). Choosing another category moves the zone there, last in its
 * list; its articles move with it.
 */
export function ZoneForm({
  saved,
  categories,
  defaultCategoryId,
  articleCount,
  created = false,
}: {
  saved: ZoneDto | null;
  categories: { id: number; name: string }[];
  defaultCategoryId: string;
  /** Articles of every status in the zone (they follow a move). */
  articleCount: number;
  created?: boolean;
}) {
  const router = useRouter();
  const form = useAdminForm<ZoneValues, ZoneDto>({
    initial: saved ? valuesOf(saved) : { name: "", slug: "", description: "", categoryId: defaultCategoryId },
    saved,
    endpoint: "/api/editor/zones",
    noun: "zone",
    formId: "zone-form",
    fields: FIELDS,
    valuesOf,
    onCreated: (dto) => router.push(`/editor/taxonomy/zones/${dto.id}?created=1`),
    savedMessage: (before, after) => {
      const message = renameMessage("/zones", before, after);
      const category = categories.find((c) => String(c.id) === after.categoryId)?.name;
      return before.categoryId !== after.categoryId && category
        ? `${message} The zone is now in ${category}.`
        : message;
    },
    initialStatus: created
      ? "Zone created. It is last in its category; move it on Categories & zones."
      : null,
  });
  const current = form.saved;
  const moving = current !== null && form.values.categoryId !== current.categoryId;
  return (
    <AdminForm
      id="zone-form"
      form={form}
      labels={LABELS}
      valuesOf={valuesOf}
      viewHref={current ? `/zones/${current.slug}` : undefined}
      submitLabel={current ? (moving ? "Save and move zone" : "Save zone") : "Create zone"}
      remove={
        current
          ? {
              url: `/api/editor/zones/${current.id}`,
              listHref: "/editor/taxonomy",
              name: `the zone “${current.name}”`,
              consequence:
                "Only a zone with no articles, events, videos or premium content can be deleted; its page will answer 404.",
            }
          : undefined
      }
    >
      <NameSlugFields bind={form.bind} base="/zones" savedSlug={current?.slug ?? null} />
      <SelectField
        label="Category"
        groups={[
          { label: "Categories", options: categories.map((c) => ({ value: String(c.id), label: c.name })) },
        ]}
        empty={current ? undefined : "Choose a category…"}
        hint={
          moving
            ? `Saving moves this zone and its ${pluralize(articleCount, "article")} to the new category.`
            : "The category whose menu lists this zone."
        }
        {...form.bind("categoryId")}
      />
    </AdminForm>
  );
}
