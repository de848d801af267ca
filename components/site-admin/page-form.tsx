"use client";

import { useRouter } from "next/navigation";
import { TextField } from "@/components/auth/text-field";
import { SITE_LIMITS } from "@/lib/site-admin/limits";
import { renameMessage } from "./category-form";
import type { PageDto, PageValues } from "./dto";
import { ConflictNotice, DeleteSection, FormMessages, primaryButton } from "./form-parts";
import { MARKDOWN_HINT, MarkdownBody } from "./markdown-body";
import { slugHint } from "./slug-hint";
import { useAdminForm } from "./use-admin-form";

const FIELDS = ["title", "slug", "bodyMarkdown"] as const;
const LABELS = { title: "Title", slug: "Slug", bodyMarkdown: "Text" };

const valuesOf = ({ title, slug, bodyMarkdown }: PageValues): PageValues => ({ title, slug, bodyMarkdown });

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
  const { values, bind, errors } = form;
  const current = form.saved;
  return (
    <>
      <form id="page-form" onSubmit={form.onSubmit} noValidate className="max-w-3xl space-y-5">
        <FormMessages
          alert={form.alert}
          status={form.status}
          viewHref={current ? `/pages/${current.slug}` : undefined}
          conflict={
            form.conflict && (
              <ConflictNotice
                mine={values}
                theirs={valuesOf(form.conflict)}
                labels={LABELS}
                onLoadTheirs={form.loadTheirs}
                onKeepMine={form.keepMine}
                pending={form.pending}
              />
            )
          }
        />
        <TextField label="Title" required maxLength={SITE_LIMITS.titleMax} {...bind("title")} />
        <TextField
          label="Slug"
          autoCapitalize="none"
          spellCheck={false}
          maxLength={SITE_LIMITS.slugMax}
          hint={slugHint("/pages", values.slug, current?.slug ?? null, "title")}
          {...bind("slug")}
        />
        <MarkdownBody
          label="Text"
          hint={MARKDOWN_HINT}
          value={values.bodyMarkdown}
          onChange={(body) => form.set("bodyMarkdown", body)}
          error={errors.bodyMarkdown}
        />
        <button type="submit" disabled={form.pending} className={primaryButton}>
          {form.pending ? "Saving…" : current ? "Save page" : "Create page"}
        </button>
      </form>
      {current && (
        <DeleteSection
          url={`/api/editor/pages/${current.id}`}
          listHref="/editor/pages"
          name={`the page “${current.title}”`}
          consequence="Links to it (the footer links several pages) will answer 404."
        />
      )}
    </>
  );
}
