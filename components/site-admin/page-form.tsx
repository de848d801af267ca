"use client";

import { useRouter } from "next/navigation";
import { TextField } from "@/components/auth/text-field";
import { SITE_LIMITS } from "@/lib/site-admin/limits";
import { AdminForm, SlugField } from "./admin-form";
import { renameMessage } from "./category-form";
import type { PageDto, PageValues } from "./dto";
import { MARKDOWN_HINT, MarkdownBody } from "./markdown-body";
import { pickValues, useAdminForm } from "./use-admin-form";

const FIELDS = ["title", "slug", "bodyMarkdown"] as const;
const LABELS = { title: "Title", slug: "Slug", bodyMarkdown: "Text" };

const valuesOf = (dto: PageValues) => pickValues<PageValues>(dto, FIELDS);

/** Create or edit a content page (About, Terms…; admins). Preview renders with the server's pipeline. */
export function PageForm({ saved, created = false }: { saved: PageDto | null; created?: boolean }) {
  const router = useRouter();
  const form = useAdminForm<PageValues, PageDto>({
    initial: saved ? valuesOf(saved) : { title: "", slug: "", bodyMarkdown: "" },
    saved,
    endpoint: "/api/editor/pages",
    noun: "page",
    formId: "page-form",
    fields: FIELDS,
    valuesOf,
    onCreated: (dto) => router.push(`/editor/pages/${dto.id}?created=1`),
    savedMessage: (before, after) => renameMessage("/pages", before, after),
    initialStatus: created ? "Page created." : null,
  });
  const current = form.saved;
  return (
    <AdminForm
      id="page-form"
      form={form}
      labels={LABELS}
      valuesOf={valuesOf}
      viewHref={current ? `/pages/${current.slug}` : undefined}
      submitLabel={current ? "Save page" : "Create page"}
      wide
      remove={
        current
          ? {
              url: `/api/editor/pages/${current.id}`,
              listHref: "/editor/pages",
              name: `the page “${current.title}”`,
              consequence: "Links to it (the footer links several pages) will answer 404.",
            }
          : undefined
      }
    >
      <TextField label="Title" required maxLength={SITE_LIMITS.titleMax} {...form.bind("title")} />
      <SlugField base="/pages" from="title" savedSlug={current?.slug ?? null} {...form.bind("slug")} />
      <MarkdownBody
        label="Text"
        hint={MARKDOWN_HINT}
        value={form.values.bodyMarkdown}
        onChange={(body) => form.set("bodyMarkdown", body)}
        error={form.errors.bodyMarkdown}
      />
    </AdminForm>
  );
}
