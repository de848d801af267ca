import { beforeEach, describe, expect, it, vi } from "vitest";
import { DELETE as deleteEvent, PATCH as patchEvent } from "@/app/api/editor/events/[id]/route";
import { POST as postEvent } from "@/app/api/editor/events/route";
import { db } from "@/lib/db/client";
import { findRedirect } from "@/lib/db/redirects";
import type { CurrentUser } from "@/lib/auth/guards";
import { createZone } from "@/tests/factories/zones";
import { idContext, jsonRequest, problemOf, userWithRole } from "./helpers";

// /api/editor/events with only "who is signed in" replaced (and next/cache, to see the tags).
const mocks = vi.hoisted(() => ({ currentUser: null as CurrentUser | null, expired: [] as string[] }));
vi.mock("@/lib/auth/guards", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/guards")>()),
  getCurrentUser: async () => mocks.currentUser,
}));
vi.mock("next/cache", () => ({ revalidateTag: (tag: string) => mocks.expired.push(tag) }));

beforeEach(() => {
  mocks.currentUser = null;
  mocks.expired.length = 0;
});

let counter = 0;
function eventBody(overrides: Record<string, unknown> = {}) {
  counter += 1;
  return {
    title: `Platform Summit ${counter} ${Date.now().toString(36)}`,
    slug: "",
    summary: "Two days of talks.",
    bodyMarkdown: "## Agenda\n\n1. **Keynote** <script>alert(1)</script>",
    timezone: "Europe/Berlin",
    startsAt: "2031-07-01T09:00",
    endsAt: "2031-07-01T17:30",
    format: "IN_PERSON",
    location: "Messe Berlin, Hall 4",
    onlineUrl: "",
    registrationUrl: "https://tickets.example.org/summit",
    zoneId: "",
    ...overrides,
  };
}

async function create(overrides: Record<string, unknown> = {}) {
  const response = await postEvent(jsonRequest("/api/editor/events", "POST", eventBody(overrides)));
  expect(response.status).toBe(201);
  return (await response.json()).event as { id: number; slug: string; updatedAt: string; startsAt: string };
}

describe("/api/editor/events", () => {
  it("is for editors and admins: members 403, signed-out 401, other sites 403", async () => {
    expect((await postEvent(jsonRequest("/api/editor/events", "POST", eventBody()))).status).toBe(401);
    mocks.currentUser = await userWithRole("MEMBER");
    const member = await postEvent(jsonRequest("/api/editor/events", "POST", eventBody()));
    expect(member.status).toBe(403);
    expect((await problemOf(member)).detail).toBe("Only editors and administrators can manage events.");
    mocks.currentUser = await userWithRole("EDITOR");
    const crossSite = await postEvent(
      jsonRequest("/api/editor/events", "POST", eventBody(), "https://evil.example"),
    );
    expect(crossSite.status).toBe(403);
    expect(await db.auditLog.count({ where: { actorId: mocks.currentUser.id } })).toBe(0);
  });

  it("stores the times typed in the event's own zone, renders the body at save time and audits the creation", async () => {
    const editor = (mocks.currentUser = await userWithRole("EDITOR"));
    const zone = await createZone();
    const event = await create({ zoneId: String(zone.id) });

    const stored = await db.event.findUniqueOrThrow({ where: { id: event.id } });
    // 09:00 in Berlin in July is 07:00 UTC (CEST), whatever zone the server runs in.
    expect(stored.startsAt.toISOString()).toBe("2031-07-01T07:00:00.000Z");
    expect(stored.endsAt?.toISOString()).toBe("2031-07-01T15:30:00.000Z");
    expect(stored.bodyHtml).toContain("<h2");
    expect(stored.bodyHtml).not.toContain("<script");
    expect(stored.bodyText).toContain("Keynote");
    expect(stored.slug).toMatch(/^platform-summit-/);
    expect(stored.zoneId).toBe(zone.id);
    expect(stored.onlineUrl).toBeNull();
    // The form gets its own values back: the wall times in Berlin.
    expect(event.startsAt).toBe("2031-07-01T09:00");
    expect(mocks.expired).toEqual(expect.arrayContaining(["events", `event:${stored.slug}`, "sitemap"]));
    expect(
      await db.auditLog.findFirst({ where: { targetType: "Event", targetId: String(event.id) } }),
    ).toMatchObject({
      actorId: editor.id,
      action: "event.create",
    });
  });

  it("names every bad field: unknown zone name, end before start, missing venue, non-http links", async () => {
    mocks.currentUser = await userWithRole("ADMIN");
    const badZone = await postEvent(
      jsonRequest(
        "/api/editor/events",
        "POST",
        eventBody({ timezone: "Mars/Olympus_Mons", registrationUrl: "javascript:alert(1)" }),
      ),
    );
    expect(badZone.status).toBe(422);
    expect((await problemOf(badZone)).errors).toEqual({
      timezone: "Unknown time zone: use an IANA name like Europe/Berlin or UTC",
      registrationUrl: "Use a full address starting with https:// or http://",
    });

    const backwards = await postEvent(
      jsonRequest("/api/editor/events", "POST", eventBody({ endsAt: "2031-07-01T08:59", location: "" })),
    );
    expect((await problemOf(backwards)).errors).toEqual({
      endsAt: "The end must be after the start",
      location: "Enter the venue of an in-person event",
    });

    const online = await postEvent(
      jsonRequest(
        "/api/editor/events",
        "POST",
        eventBody({ format: "ONLINE", onlineUrl: "ftp://files.example.org" }),
      ),
    );
    expect((await problemOf(online)).errors).toEqual({
      onlineUrl: "Use a full address starting with https:// or http://",
    });

    // 02:30 on the night Berlin's clocks jump from 02:00 to 03:00 never happens.
    const skipped = await postEvent(
      jsonRequest("/api/editor/events", "POST", eventBody({ startsAt: "2031-03-30T02:30", endsAt: "" })),
    );
    expect((await problemOf(skipped)).errors).toEqual({
      startsAt:
        "This start time does not exist in Europe/Berlin (the clocks skip it for daylight saving time)",
    });

    const garbage = await postEvent(
      jsonRequest("/api/editor/events", "POST", eventBody({ startsAt: "next tuesday", format: "HYBRID" })),
    );
    expect((await problemOf(garbage)).errors).toEqual({
      startsAt: "Enter the start date and time",
      format: "Choose in person or online",
    });
  });

  it("keeps an online event's join link and drops the venue", async () => {
    mocks.currentUser = await userWithRole("EDITOR");
    const event = await create({
      format: "ONLINE",
      onlineUrl: "https://meet.example.org/room",
      timezone: "America/New_York",
    });
    const stored = await db.event.findUniqueOrThrow({ where: { id: event.id } });
    expect(stored).toMatchObject({
      location: null,
      onlineUrl: "https://meet.example.org/room",
      timezone: "America/New_York",
    });
    expect(stored.startsAt.toISOString()).toBe("2031-07-01T13:00:00.000Z");
  });

  it("saves over the loaded version only, redirects a renamed slug, and deletes", async () => {
    mocks.currentUser = await userWithRole("EDITOR");
    const event = await create();
    const newSlug = `${event.slug}-renamed`;
    const saved = await patchEvent(
      jsonRequest(`/api/editor/events/${event.id}`, "PATCH", {
        ...eventBody({ slug: newSlug, title: "Renamed" }),
        updatedAt: event.updatedAt,
      }),
      idContext(event.id),
    );
    expect(saved.status).toBe(200);
    expect(await findRedirect(`/events/${event.slug}`)).toBe(`/events/${newSlug}`);
    expect(mocks.expired).toEqual(
      expect.arrayContaining([`event:${event.slug}`, `event:${newSlug}`, "redirects"]),
    );

    const stale = await patchEvent(
      jsonRequest(`/api/editor/events/${event.id}`, "PATCH", {
        ...eventBody({ title: "Overwrite?" }),
        updatedAt: event.updatedAt,
      }),
      idContext(event.id),
    );
    expect(stale.status).toBe(409);
    const conflict = (await stale.json()) as { code: string; current: { title: string; slug: string } };
    expect(conflict).toMatchObject({ code: "conflict", current: { title: "Renamed", slug: newSlug } });

    const missingVersion = await patchEvent(
      jsonRequest(`/api/editor/events/${event.id}`, "PATCH", eventBody({ title: "" })),
      idContext(event.id),
    );
    expect((await problemOf(missingVersion)).errors).toEqual({
      updatedAt: "Reload the page: this form is missing its version",
      title: "Enter a title",
    });

    expect(
      (await deleteEvent(jsonRequest(`/api/editor/events/${event.id}`, "DELETE"), idContext(event.id)))
        .status,
    ).toBe(200);
    expect(await db.event.findUnique({ where: { id: event.id } })).toBeNull();
    // Redirects to a deleted event would lead nowhere; the old slug is free again.
    expect(await findRedirect(`/events/${event.slug}`)).toBeNull();
    expect(
      (await deleteEvent(jsonRequest(`/api/editor/events/${event.id}`, "DELETE"), idContext(event.id)))
        .status,
    ).toBe(404);
    expect(
      (await deleteEvent(jsonRequest("/api/editor/events/abc", "DELETE"), idContext("abc"))).status,
    ).toBe(404);
    const actions = await db.auditLog.findMany({
      where: { targetType: "Event", targetId: String(event.id) },
      orderBy: { id: "asc" },
      select: { action: true, details: true },
    });
    expect(actions.map((a) => a.action)).toEqual(["event.create", "event.update", "event.delete"]);
    expect(actions[1]!.details).toMatchObject({
      title: { to: "Renamed" },
      slug: { from: event.slug, to: newSlug },
    });
  });
});
