import "server-only";
import type { EventInput } from "@/lib/validation/site-admin";
import { db } from "./client";
import type { Prisma } from "./generated/client";
import { slugEntityWrites } from "./site-admin-entities";
import { missingZone } from "./site-admin-shared";

// Events for /editor/events (editors and admins): the list, one event to edit, and the audited
// writes. The body is rendered by the caller (lib/site-admin/events.ts) before it gets here.

export const eventPath = (slug: string) => `/events/${slug}`;

export interface AdminEvent {
  id: number;
  slug: string;
  title: string;
  summary: string;
  bodyMarkdown: string;
  startsAt: Date;
  endsAt: Date | null;
  timezone: string;
  location: string | null;
  onlineUrl: string | null;
  registrationUrl: string | null;
  zoneId: number | null;
  updatedAt: Date;
}

/** What is stored: the editor's fields plus the body rendered from them. */
export interface EventContent extends EventInput {
  bodyHtml: string;
  bodyText: string;
  renderVersion: number;
}

export interface AdminEventListItem {
  id: number;
  slug: string;
  title: string;
  startsAt: Date;
  endsAt: Date | null;
  timezone: string;
  location: string | null;
  zone: { name: string } | null;
}

const adminEventSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  bodyMarkdown: true,
  startsAt: true,
  endsAt: true,
  timezone: true,
  location: true,
  onlineUrl: true,
  registrationUrl: true,
  zoneId: true,
  updatedAt: true,
} as const satisfies Prisma.EventSelect;

export const ADMIN_EVENTS_PAGE_SIZE = 50;

/** Page `page` of all events, latest start first (upcoming ones lead), and how many there are. */
export async function listAdminEvents(
  page: number,
): Promise<{ events: AdminEventListItem[]; total: number }> {
  const [total, events] = await Promise.all([
    db.event.count(),
    db.event.findMany({
      orderBy: [{ startsAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * ADMIN_EVENTS_PAGE_SIZE,
      take: ADMIN_EVENTS_PAGE_SIZE,
      select: {
        id: true,
        slug: true,
        title: true,
        startsAt: true,
        endsAt: true,
        timezone: true,
        location: true,
        zone: { select: { name: true } },
      },
    }),
  ]);
  return { events, total };
}

export function getAdminEvent(id: number): Promise<AdminEvent | null> {
  return db.event.findUnique({ where: { id }, select: adminEventSelect });
}

export const eventWrites = slugEntityWrites<AdminEvent, EventContent>({
  noun: "event",
  targetType: "Event",
  path: eventPath,
  async lock(tx, id) {
    await tx.$queryRaw`SELECT id FROM "Event" WHERE id = ${id} FOR UPDATE`;
    return tx.event.findUnique({ where: { id }, select: adminEventSelect });
  },
  async findOwner(tx, slug) {
    const row = await tx.event.findUnique({ where: { slug }, select: { id: true, title: true } });
    return row && { id: row.id, label: row.title };
  },
  create: (tx, data) => tx.event.create({ data, select: adminEventSelect }),
  update: (tx, id, data) => tx.event.update({ where: { id }, data, select: adminEventSelect }),
  async remove(tx, id) {
    await tx.event.delete({ where: { id } });
  },
  audited: ({ id: _id, updatedAt: _updatedAt, ...fields }) => fields,
  summarized: ["bodyMarkdown"],
  check: (tx, data) => missingZone(tx, data.zoneId),
  raced: { slug: "Another event took this slug a moment ago; choose another" },
});
