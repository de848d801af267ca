import "server-only";
import { db } from "./client";
import type { Prisma } from "./generated/client";
import { slugEntityWrites } from "./site-admin-entities";

export interface ContentPage {
  slug: string;
  title: string;
  bodyHtml: string;
  updatedAt: Date;
}

export async function getPageBySlug(slug: string): Promise<ContentPage | null> {
  return db.page.findUnique({
    where: { slug },
    select: { slug: true, title: true, bodyHtml: true, updatedAt: true },
  });
}

export async function listPageSlugs(): Promise<string[]> {
  const pages = await db.page.findMany({ select: { slug: true }, orderBy: { slug: "asc" } });
  return pages.map((p) => p.slug);
}

// ---- Admin: /editor/pages ----

export const contentPagePath = (slug: string) => `/pages/${slug}`;

export interface AdminPage {
  id: number;
  slug: string;
  title: string;
  bodyMarkdown: string;
  updatedAt: Date;
}

/** What is stored: the admin's fields plus the body rendered from them at save time. */
export interface PageContent {
  slug: string;
  title: string;
  bodyMarkdown: string;
  bodyHtml: string;
  renderVersion: number;
}

const adminPageSelect = {
  id: true,
  slug: true,
  title: true,
  bodyMarkdown: true,
  updatedAt: true,
} as const satisfies Prisma.PageSelect;

export interface AdminPageListItem {
  id: number;
  slug: string;
  title: string;
  updatedAt: Date;
}

/** Every content page by title (there are a handful). */
export function listAdminPages(): Promise<AdminPageListItem[]> {
  return db.page.findMany({
    orderBy: [{ title: "asc" }, { id: "asc" }],
    select: { id: true, slug: true, title: true, updatedAt: true },
  });
}

export function getAdminPage(id: number): Promise<AdminPage | null> {
  return db.page.findUnique({ where: { id }, select: adminPageSelect });
}

export const pageWrites = slugEntityWrites<AdminPage, PageContent>({
  noun: "page",
  targetType: "Page",
  path: contentPagePath,
  async lock(tx, id) {
    await tx.$queryRaw`SELECT id FROM "Page" WHERE id = ${id} FOR UPDATE`;
    return tx.page.findUnique({ where: { id }, select: adminPageSelect });
  },
  async findOwner(tx, slug) {
    const row = await tx.page.findUnique({ where: { slug }, select: { id: true, title: true } });
    return row && { id: row.id, label: row.title };
  },
  create: (tx, data) => tx.page.create({ data, select: adminPageSelect }),
  update: (tx, id, data) => tx.page.update({ where: { id }, data, select: adminPageSelect }),
  async remove(tx, id) {
    await tx.page.delete({ where: { id } });
  },
  audited: ({ id: _id, updatedAt: _updatedAt, ...fields }) => fields,
  summarized: ["bodyMarkdown"],
  raced: { slug: "Another page took this slug a moment ago; choose another" },
});
