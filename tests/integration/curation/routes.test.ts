import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET as searchRoute } from "@/app/api/editor/curation/search/route";
import { GET as getSlotRoute, PUT as putSlotRoute } from "@/app/api/editor/curation/slots/[slot]/route";
import type { CurrentUser } from "@/lib/auth/guards";
import { userForSession } from "@/lib/auth/session-user";
import { db } from "@/lib/db/client";
import type { User } from "@/lib/db/generated/client";
import { createArticle } from "../../factories/articles";
import { createResource } from "../../factories/resources";
import { uniqueSuffix } from "../../factories/unique";
import { createUser } from "../../factories/users";
import { createCategory, createZone } from "../../factories/zones";

// The curation route handlers with the request-scoped parts replaced: who is signed in
// (cookies) and Next's cache invalidation. Everything else is real.
const mocks = vi.hoisted(() => ({ currentUser: null as CurrentUser | null, revalidateTag: vi.fn() }));
vi.mock("@/lib/auth/guards", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/guards")>()),
  getCurrentUser: async () => mocks.currentUser,
}));
vi.mock("next/cache", () => ({ revalidateTag: mocks.revalidateTag }));

const ORIGIN = "http://localhost:3000";

/** The user as the session would present them (read from the database by the app's own code). */
async function signIn(user: User) {
  mocks.currentUser = await userForSession({ userId: user.id, tokenVersion: user.tokenVersion });
}

const slotParams = (slot: string) => ({ params: Promise.resolve({ slot }) });

function put(slot: string, body: unknown, origin = ORIGIN) {
  return putSlotRoute(
    new Request(`${ORIGIN}/api/editor/curation/slots/${slot}`, {
      method: "PUT",
      headers: { "Content-Type": "application/json", Origin: origin },
      body: JSON.stringify(body),
    }),
    slotParams(slot),
  );
}

const getSlot = (slot: string) =>
  getSlotRoute(new Request(`${ORIGIN}/api/editor/curation/slots/${slot}`), slotParams(slot));
const search = (query: string) => searchRoute(new Request(`${ORIGIN}/api/editor/curation/search?${query}`));

async function currentVersion(slot: string): Promise<string> {
  return ((await (await getSlot(slot)).json()) as { slot: { version: string } }).slot.version;
}

beforeEach(() => {
  mocks.currentUser = null;
  vi.clearAllMocks();
});

describe("who may curate", () => {
  it("refuses cross-site writes, signed-out visitors (401) and members (403) on every handler", async () => {
    const category = await createCategory();
    const slot = `category-${category.id}`;
    const body = { version: "x", entries: [] };

    await signIn(await createUser({ role: "EDITOR" }));
    expect((await put(slot, body, "https://evil.example")).status).toBe(403);

    mocks.currentUser = null;
    for (const response of [await put(slot, body), await getSlot(slot), await search(`slot=${slot}`)]) {
      expect(response.status).toBe(401);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
    }

    await signIn(await createUser());
    for (const response of [await put(slot, body), await getSlot(slot), await search(`slot=${slot}`)]) {
      expect(response.status).toBe(403);
    }
    expect(await db.feature.count({ where: { scopeId: category.id } })).toBe(0);
  });
});

describe("PUT /api/editor/curation/slots/[slot]", () => {
  it("saves the entries in order, expires the slot's cache tag and answers the new state", async () => {
    const category = await createCategory();
    const zone = await createZone({ categoryId: category.id });
    const slot = `category-${category.id}`;
    const a = await createArticle({ zoneId: zone.id, status: "PUBLISHED" });
    const refcard = await createResource({ zoneIds: [zone.id] });
    const editor = await createUser({ role: "EDITOR" });
    await signIn(editor);

    const response = await put(slot, {
      version: await currentVersion(slot),
      entries: [
        { kind: "resource", targetId: refcard.id, startsAt: null, endsAt: "2030-01-01T00:00:00.000Z" },
        { kind: "article", targetId: a.id },
      ],
    });

    expect(response.status).toBe(200);
    const { slot: state } = (await response.json()) as {
      slot: { title: string; pagePath: string; entries: { title: string; endsAt: string | null }[] };
    };
    expect(state.title).toBe(`Featured ${category.name} Resources`);
    expect(state.pagePath).toBe(`/categories/${category.slug}`);
    expect(state.entries.map((e) => [e.title, e.endsAt])).toEqual([
      [refcard.title, "2030-01-01T00:00:00.000Z"],
      [a.title, null],
    ]);
    expect(mocks.revalidateTag).toHaveBeenCalledWith(`features:${slot}`, { expire: 0 });
    expect(
      await db.auditLog.count({ where: { targetType: "FeatureSlot", targetId: slot, actorId: editor.id } }),
    ).toBe(2);

    // Saving the same list again changes nothing, so no page is regenerated for it.
    vi.clearAllMocks();
    const again = await put(slot, {
      version: await currentVersion(slot),
      entries: [
        { kind: "resource", targetId: refcard.id, endsAt: "2030-01-01T00:00:00.000Z" },
        { kind: "article", targetId: a.id },
      ],
    });
    expect(again.status).toBe(200);
    expect(mocks.revalidateTag).not.toHaveBeenCalled();
  });

  it("answers field errors by entry (422), a stale version with 409 and an unknown slot with 404", async () => {
    const category = await createCategory();
    const slot = `category-${category.id}`;
    const published = await createArticle({ status: "PUBLISHED" });
    const draft = await createArticle({ status: "DRAFT", title: `Unfinished ${uniqueSuffix()}` });
    await signIn(await createUser({ role: "ADMIN" }));
    const version = await currentVersion(slot);

    const invalid = await put(slot, {
      version,
      entries: [
        {
          kind: "article",
          targetId: published.id,
          startsAt: "2030-01-02T00:00:00Z",
          endsAt: "2030-01-01T00:00:00Z",
        },
      ],
    });
    expect(invalid.status).toBe(422);
    expect(await invalid.json()).toMatchObject({
      errors: { "entries.0.endsAt": "The end must be after the start" },
    });

    const unpublished = await put(slot, { version, entries: [{ kind: "article", targetId: draft.id }] });
    expect(unpublished.status).toBe(422);
    expect(await unpublished.json()).toMatchObject({
      errors: { "entries.0.targetId": `“${draft.title}” is not published, so readers could not see it` },
    });

    expect(
      (await put(slot, { version, entries: [{ kind: "article", targetId: published.id }] })).status,
    ).toBe(200);
    const stale = await put(slot, { version, entries: [] });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({
      code: "conflict",
      detail: expect.stringMatching(/Another editor/),
    });

    expect((await put("category-2000000000", { version, entries: [] })).status).toBe(404);
    expect((await put("sidebar", { version, entries: [] })).status).toBe(404);
    const malformed = await put(slot, { version, entries: "everything" });
    expect(malformed.status).toBe(422);
    expect(await malformed.json()).toMatchObject({
      errors: { entries: "Send the slot's entries as a list" },
    });
  });
});

describe("GET /api/editor/curation/search", () => {
  it("offers published items by title, articles only for the home Spotlight, and checks its query", async () => {
    const token = `Route${uniqueSuffix().replace(/-/g, "")}`;
    const zone = await createZone();
    const a = await createArticle({ zoneId: zone.id, status: "PUBLISHED", title: `${token} article` });
    const refcard = await createResource({ title: `${token} refcard`, zoneIds: [zone.id] });
    await signIn(await createUser({ role: "EDITOR" }));

    const zoneSearch = await search(`slot=zone-${zone.id}&q=${token}`);
    expect(zoneSearch.status).toBe(200);
    expect(zoneSearch.headers.get("cache-control")).toBe("no-store");
    const zoneItems = ((await zoneSearch.json()) as { items: { targetId: number; kind: string }[] }).items;
    expect(zoneItems.map((i) => `${i.kind}:${i.targetId}`).sort()).toEqual(
      [`article:${a.id}`, `resource:${refcard.id}`].sort(),
    );

    const homeItems = ((await (await search(`slot=home&q=${token}`)).json()) as { items: { kind: string }[] })
      .items;
    expect(homeItems.map((i) => i.kind)).toEqual(["article"]);

    const tooLong = await search(`slot=home&q=${"x".repeat(101)}`);
    expect(tooLong.status).toBe(422);
    expect(await tooLong.json()).toMatchObject({ errors: { q: "Search with at most 100 characters" } });
    expect((await search(`slot=home&kind=videos`)).status).toBe(422);
    expect((await search(`slot=nowhere&q=x`)).status).toBe(404);
  });
});
