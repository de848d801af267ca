"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useId, useRef, useState } from "react";
import { FormAlert } from "@/components/auth/form-alert";
import { TextField } from "@/components/auth/text-field";
import { FormStatus } from "@/components/settings/form-status";
import { TextAreaField } from "@/components/settings/text-area-field";
import { BodyEditor } from "@/components/write/body-editor";
import { CoverField } from "@/components/write/cover-field";
import type { ZoneGroup } from "@/components/write/draft-types";
import { PreviewPane } from "@/components/write/preview-pane";
import { RESOURCE_LIMITS, resourceSlug } from "@/lib/resources/input";
import { resourceBasePath, resourceKindLabel } from "@/lib/resources/paths";
import { AuthorPicker } from "./author-picker";
import { ConflictNotice } from "./conflict-notice";
import { EMPTY_VALUES, FIELD_ORDER, requestOf, valuesOf, type FormValues } from "./form-values";
import { PdfField } from "./pdf-field";
import { saveResource, type SaveOutcome } from "./resource-api";
import type { ResourceDto } from "./resource-dto";
import { ZoneCheckboxes } from "./zone-checkboxes";

const noCounts = () => {};
/** The key a field's server error comes back under, where it differs from the field's name. */
const ERROR_KEY: Partial<Record<keyof FormValues, string>> = { authors: "authorIds", pdf: "pdfKey" };

/**
 * Create or edit a Refcard or Trend Report. Everything typed stays in the form whatever the
 * server answers: field errors are shown next to their fields (the first one focused), and a
 * save that someone else's save overtook shows what they changed and lets the editor choose.
 */
export function ResourceForm({
  kind,
  initial,
  zones,
  nextNumber,
}: {
  kind: ResourceDto["kind"];
  initial: ResourceDto | null;
  zones: ZoneGroup[];
  /** What a blank number becomes for a new Refcard. */
  nextNumber: number;
}) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const bodyId = useId();
  const [loaded, setLoaded] = useState<ResourceDto | null>(initial);
  const [values, setValues] = useState<FormValues>(() => (initial ? valuesOf(initial) : EMPTY_VALUES));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [conflict, setConflict] = useState<ResourceDto | null>(null);
  const [saving, setSaving] = useState(false);
  const label = resourceKindLabel(kind);
  const dirty =
    JSON.stringify(requestOf(values)) !== JSON.stringify(requestOf(loaded ? valuesOf(loaded) : EMPTY_VALUES));

  // Leaving with unsaved changes asks first (the browser's own dialog).
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  function set<K extends keyof FormValues>(field: K, value: FormValues[K]) {
    setValues((old) => ({ ...old, [field]: value }));
    setStatus(null);
    const key = ERROR_KEY[field] ?? field;
    setErrors((old) => {
      if (!(key in old)) return old;
      const rest = { ...old };
      delete rest[key];
      return rest;
    });
  }

  const report = useCallback((outcome: SaveOutcome) => {
    if (outcome.kind === "invalid") {
      setErrors(outcome.errors);
      setAlert(outcome.errors.form ?? `${outcome.detail.replace(/\.?$/, ".")} Each field says what to fix.`);
      const first = FIELD_ORDER.find((field) => field in outcome.errors);
      requestAnimationFrame(() =>
        form.current?.querySelector<HTMLElement>(`[data-field="${first}"]`)?.focus(),
      );
    } else if (outcome.kind === "conflict") {
      setConflict(outcome.current);
    } else if (outcome.kind === "failed") {
      setAlert(outcome.detail);
    }
  }, []);

  async function save(over: ResourceDto | null = loaded) {
    setSaving(true);
    setAlert(null);
    setStatus(null);
    const body = { ...requestOf(values), ...(over ? { updatedAt: over.updatedAt } : { kind }) };
    const outcome = await saveResource(over?.id ?? null, body);
    if (outcome.kind === "saved" && !over) {
      // The edit page of the new resource, with what the server made of it (number, slug).
      router.push(`/editor/resources/${outcome.resource.id}?created=1`);
      return; // stays "saving" until the page changes
    }
    setSaving(false);
    if (outcome.kind !== "saved") return report(outcome);
    setErrors({});
    setConflict(null);
    setLoaded(outcome.resource);
    setValues(valuesOf(outcome.resource));
    router.refresh(); // the page's History gets this save
    setStatus(
      outcome.resource.publishedAt
        ? `Saved. Readers see it at ${outcome.resource.path}.`
        : "Saved as a draft: readers do not see it.",
    );
  }

  const slug = resourceSlug(values);
  const path = `${resourceBasePath(kind)}/${slug || "…"}`;
  const renamed = loaded?.publishedAt && slug !== loaded.slug;
  return (
    <form
      ref={form}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      className="space-y-6"
    >
      <FormAlert message={alert} />
      <FormStatus message={status} />
      {conflict && (
        <ConflictNotice
          label={label}
          mine={values}
          theirs={conflict}
          busy={saving}
          onKeepMine={() => void save(conflict)}
          onLoadTheirs={() => {
            setLoaded(conflict);
            setValues(valuesOf(conflict));
            setConflict(null);
            setErrors({});
            setStatus("Loaded the saved version; your changes were discarded.");
          }}
        />
      )}
      <TextField
        label="Title"
        name="title"
        data-field="title"
        value={values.title}
        maxLength={RESOURCE_LIMITS.titleMax * 2}
        onChange={(event) => set("title", event.target.value)}
        error={errors.title}
        hint={`${RESOURCE_LIMITS.titleMin}–${RESOURCE_LIMITS.titleMax} characters.`}
        autoComplete="off"
      />
      <div className="grid gap-6 md:grid-cols-2">
        <TextField
          label="Slug"
          name="slug"
          data-field="slug"
          value={values.slug}
          placeholder={resourceSlug({ slug: "", title: values.title }) || "made-from-the-title"}
          maxLength={RESOURCE_LIMITS.slugMax * 2}
          onChange={(event) => set("slug", event.target.value)}
          error={errors.slug}
          hint={
            <>
              Its address: <span className="font-mono">{path}</span>.{" "}
              {renamed
                ? "The old address will keep working: it redirects here."
                : "Leave blank to make it from the title."}
            </>
          }
          autoComplete="off"
          spellCheck={false}
        />
        {kind === "REFCARD" && (
          <TextField
            label="Refcard number"
            name="number"
            data-field="number"
            inputMode="numeric"
            value={values.number}
            placeholder={loaded ? "" : String(nextNumber)}
            maxLength={12}
            onChange={(event) => set("number", event.target.value)}
            error={errors.number}
            hint={
              loaded
                ? `Readers know it as #${loaded.number}; change it only to correct a mistake. Numbers are unique.`
                : `Leave blank for the next free number (#${nextNumber}). Numbers are unique.`
            }
            autoComplete="off"
          />
        )}
      </div>
      <TextAreaField
        label="Summary"
        name="summary"
        data-field="summary"
        rows={3}
        value={values.summary}
        maxLength={RESOURCE_LIMITS.summaryMax}
        onChange={(event) => set("summary", event.target.value)}
        error={errors.summary}
        hint="Shown in listings, on the home page and under the title."
      />
      <AuthorPicker
        authors={values.authors}
        onChange={(authors) => set("authors", authors)}
        error={errors.authorIds}
      />
      <ZoneCheckboxes
        zones={zones}
        value={values.zoneIds}
        onChange={(ids) => set("zoneIds", ids)}
        error={errors.zoneIds}
      />
      <div className="grid gap-6 md:grid-cols-2">
        <CoverField
          url={values.coverImageUrl}
          onChange={(url) => set("coverImageUrl", url)}
          error={errors.coverImageUrl}
        />
        <PdfField file={values.pdf} onChange={(pdf) => set("pdf", pdf)} error={errors.pdfKey} />
      </div>
      <div>
        <label htmlFor={bodyId} className="text-ink block text-sm font-semibold">
          Preview body
        </label>
        <p id={`${bodyId}-hint`} className="text-muted mt-1 text-xs">
          Markdown, shown on the page above the Download button: what the {label} covers. Tab indents; press
          Esc, then Tab, to move on.
        </p>
        <div className="mt-2 grid gap-4 lg:grid-cols-2">
          <BodyEditor
            id={bodyId}
            value={values.bodyMarkdown}
            onChange={(body) => set("bodyMarkdown", body)}
            error={errors.bodyMarkdown}
            describedBy={errors.bodyMarkdown ? `${bodyId}-hint ${bodyId}-error` : `${bodyId}-hint`}
          />
          <PreviewPane body={values.bodyMarkdown} visible onCounts={noCounts} />
        </div>
        {errors.bodyMarkdown && (
          <p id={`${bodyId}-error`} className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
            {errors.bodyMarkdown}
          </p>
        )}
      </div>
      <div className="border-surface-border bg-surface-sunken flex flex-wrap items-center gap-4 rounded-md border p-4">
        <label className="text-ink flex items-center gap-2 text-sm font-semibold">
          <input
            type="checkbox"
            name="published"
            data-field="published"
            checked={values.published}
            onChange={(event) => set("published", event.target.checked)}
            className="accent-brand-600 h-4 w-4"
          />
          Published
        </label>
        <p className="text-ink-soft text-sm">
          {values.published
            ? `Readers see it on ${resourceBasePath(kind)} and members can download the PDF.`
            : "A draft: only editors see it."}
        </p>
        <button
          type="submit"
          disabled={saving}
          className="bg-brand-600 hover:bg-brand-700 text-on-brand ml-auto rounded-md px-4 py-2 text-sm font-semibold disabled:opacity-60"
        >
          {saving ? "Saving…" : loaded ? "Save changes" : `Create ${label}`}
        </button>
      </div>
    </form>
  );
}
