import type { AttachedPdf } from "./pdf-field";
import type { ResourceRequest } from "./resource-api";
import type { ResourceAuthorDto, ResourceDto } from "./resource-dto";

// The resource form's values and how they map to and from what the routes exchange.

export interface FormValues {
  title: string;
  /** As typed; blank means "made from the title". */
  slug: string;
  /** As typed; blank means "the next free number" (new Refcards) or "unchanged". */
  number: string;
  summary: string;
  bodyMarkdown: string;
  authors: ResourceAuthorDto[];
  zoneIds: number[];
  coverImageUrl: string | null;
  pdf: AttachedPdf | null;
  published: boolean;
}

export const EMPTY_VALUES: FormValues = {
  title: "",
  slug: "",
  number: "",
  summary: "",
  bodyMarkdown: "",
  authors: [],
  zoneIds: [],
  coverImageUrl: null,
  pdf: null,
  published: false,
};

export function valuesOf(resource: ResourceDto): FormValues {
  return {
    title: resource.title,
    slug: resource.slug,
    number: resource.number === null ? "" : String(resource.number),
    summary: resource.summary,
    bodyMarkdown: resource.bodyMarkdown,
    authors: resource.authors,
    zoneIds: resource.zoneIds,
    coverImageUrl: resource.coverImageUrl,
    pdf: resource.file ? { ...resource.file, name: null } : null,
    published: resource.publishedAt !== null,
  };
}

/** The request body; a number that is not digits goes as typed, for the server to name the problem. */
export function requestOf(values: FormValues): ResourceRequest {
  const number = values.number.trim();
  return {
    title: values.title,
    slug: values.slug,
    number: number === "" ? null : /^[0-9]+$/.test(number) ? Number(number) : number,
    summary: values.summary,
    bodyMarkdown: values.bodyMarkdown,
    authorIds: values.authors.map((author) => author.id),
    zoneIds: values.zoneIds,
    coverImageUrl: values.coverImageUrl,
    pdfKey: values.pdf?.key ?? null,
    published: values.published,
  };
}

const LABELS: Record<keyof ResourceRequest, string> = {
  kind: "Kind",
  title: "Title",
  slug: "Slug",
  number: "Number",
  summary: "Summary",
  bodyMarkdown: "Preview body",
  authorIds: "Authors",
  zoneIds: "Zones",
  coverImageUrl: "Cover image",
  pdfKey: "PDF",
  published: "Published",
  updatedAt: "Saved at",
};

/** The names of the fields where `theirs` differs from `mine`, in form order. */
export function differingFields(mine: FormValues, theirs: ResourceDto): string[] {
  const a = requestOf(mine);
  const b = requestOf(valuesOf(theirs));
  return (Object.keys(a) as (keyof ResourceRequest)[])
    .filter((field) => JSON.stringify(a[field]) !== JSON.stringify(b[field]))
    .map((field) => LABELS[field]);
}

/** The fields that can carry a server error, in the order they appear on the page. */
export const FIELD_ORDER = [
  "title",
  "slug",
  "number",
  "summary",
  "authorIds",
  "zoneIds",
  "coverImageUrl",
  "pdfKey",
  "bodyMarkdown",
  "published",
] as const;
