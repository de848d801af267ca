import "server-only";
import { db } from "./client";
import type { Prisma } from "./generated/client";
import type { ResourceKind, ResourceSummary } from "./resources";

// The editor's side of Refcards and Trend Reports: the list behind /editor/resources, the form's
// data, and the PDF uploads waiting to be attached. The writes are in lib/db/resource-writes.ts.

export const RESOURCE_ADMIN_PAGE_SIZE = 25;
export const RESOURCE_QUERY_MAX_LENGTH = 100;

export interface ResourceAdminRow {
  id: number;
  kind: ResourceKind;
  number: number | null;
  slug: string;
  title: string;
  /** Null for a resource readers cannot see yet. */
  publishedAt: Date | null;
  downloadCount: number;
  hasFile: boolean;
  updatedAt: Date;
}

export interface ResourceAdminPage {
  resources: ResourceAdminRow[];
  total: number;
  page: number;
  pages: number;
}

/** `%`, `_` and `\` typed into the search box are literal characters, not LIKE wildcards. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Page `page` (from 1) of resources, optionally of one kind, whose title or slug contains
 * `query` (ignoring case); drafts included. Most recently changed first.
 */
export async function listResourcesForEditor(opts: {
  kind: ResourceKind | null;
  query: string;
  page: number;
}): Promise<ResourceAdminPage> {
  const q = escapeLike(opts.query.trim().slice(0, RESOURCE_QUERY_MAX_LENGTH));
  const where: Prisma.ResourceWhereInput = {
    ...(opts.kind ? { kind: opts.kind } : {}),
    ...(q
      ? {
          OR: [
            { title: { contains: q, mode: "insensitive" } },
            { slug: { contains: q, mode: "insensitive" } },
          ],
        }
      : {}),
  };
  const page = Math.max(1, opts.page);
  const [total, rows] = await Promise.all([
    db.resource.count({ where }),
    db.resource.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * RESOURCE_ADMIN_PAGE_SIZE,
      take: RESOURCE_ADMIN_PAGE_SIZE,
      select: {
        id: true,
        kind: true,
        number: true,
        slug: true,
        title: true,
        publishedAt: true,
        downloadCount: true,
        fileUrl: true,
        updatedAt: true,
      },
    }),
  ]);
  return {
    resources: rows.map(({ fileUrl, ...row }) => ({ ...row, hasFile: fileUrl !== null })),
    total,
    page,
    pages: Math.max(1, Math.ceil(total / RESOURCE_ADMIN_PAGE_SIZE)),
  };
}

export interface ResourceAuthorOption {
  id: number;
  name: string;
  username: string;
}

/** Everything the edit form shows, drafts included. */
export interface ResourceForEdit extends Pick<
  ResourceSummary,
  "id" | "kind" | "number" | "slug" | "title" | "summary" | "coverImageUrl"
> {
  bodyMarkdown: string;
  /** The stored PDF (its storage key is only ever used to re-save the form). */
  file: { key: string; size: number | null } | null;
  authors: ResourceAuthorOption[];
  zoneIds: number[];
  publishedAt: Date | null;
  downloadCount: number;
  updatedAt: Date;
}

export const editSelect = {
  id: true,
  kind: true,
  number: true,
  slug: true,
  title: true,
  summary: true,
  bodyMarkdown: true,
  coverImageUrl: true,
  fileUrl: true,
  fileSize: true,
  publishedAt: true,
  downloadCount: true,
  updatedAt: true,
  authors: {
    orderBy: [{ position: "asc" }, { userId: "asc" }],
    select: { user: { select: { id: true, name: true, username: true } } },
  },
  zones: { orderBy: { zoneId: "asc" }, select: { zoneId: true } },
} satisfies Prisma.ResourceSelect;

export function toResourceForEdit({
  fileUrl,
  fileSize,
  authors,
  zones,
  ...row
}: Prisma.ResourceGetPayload<{ select: typeof editSelect }>): ResourceForEdit {
  return {
    ...row,
    file: fileUrl ? { key: fileUrl, size: fileSize } : null,
    authors: authors.map((a) => a.user),
    zoneIds: zones.map((z) => z.zoneId),
  };
}

export async function getResourceForEdit(id: number): Promise<ResourceForEdit | null> {
  const row = await db.resource.findUnique({ where: { id }, select: editSelect });
  return row ? toResourceForEdit(row) : null;
}

/** The number the next Refcard gets unless the editor picks another: one past the highest. */
export async function nextRefcardNumber(tx: Prisma.TransactionClient | typeof db = db): Promise<number> {
  const { _max } = await tx.resource.aggregate({ where: { kind: "REFCARD" }, _max: { number: true } });
  return (_max.number ?? 0) + 1;
}

/** Members to pick as authors: name or username contains `query`; suspended members left out. */
export async function searchAuthorCandidates(query: string, limit = 8): Promise<ResourceAuthorOption[]> {
  const q = escapeLike(query.trim().slice(0, RESOURCE_QUERY_MAX_LENGTH));
  if (!q) return [];
  return db.user.findMany({
    where: {
      suspendedAt: null,
      OR: [
        { name: { contains: q, mode: "insensitive" } },
        { username: { contains: q, mode: "insensitive" } },
      ],
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: limit,
    select: { id: true, name: true, username: true },
  });
}

/**
 * Records an uploaded PDF (already in storage) as the editor's until a save attaches it to a
 * resource; only then does anything point at it, and it is never served from /uploads.
 */
export async function recordPdfUpload(ownerId: number, upload: { key: string; size: number }): Promise<void> {
  await db.upload.create({
    data: { ...upload, mimeType: "application/pdf", ownerId },
    select: { id: true },
  });
}
