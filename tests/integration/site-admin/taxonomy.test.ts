import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createScratchDatabase, type ScratchDatabase } from "../../helpers/database";

// Categories and zones through the site-admin service (lib/site-admin/taxonomy.ts) against a
// database of this file's own: reordering is site-wide, so other files' categories must not
// join the menu being reordered. lib/db/client reads DATABASE_URL when first imported, hence the
// imports after it is set. Only next/cache is replaced, to see which tags each write expires.
const mocks = vi.hoisted(() => ({ expired: [] as string[] }));
vi.mock("next/cache", () => ({
  revalidateTag: (tag: string, profile: unknown) => {
    expect(profile).toEqual({ expire: 0 });
    mocks.expired.push(tag);
  },
}));

let scratch: ScratchDatabase;
let taxonomy: typeof import("@/lib/site-admin/taxonomy");
let redirects: typeof import("@/lib/db/redirects");
let categoriesDb: typeof import("@/lib/db/site-admin-categories");
let schemas: typeof import("@/lib/validation/site-admin");
let zonesFactory: typeof import("../../factories/zones");
let articles: typeof import("../../factories/articles");
let users: typeof import("../../factories/users");
let db: typeof import("@/lib/db/client").db;
let admin: { id: number };

beforeAll(async () => {
  scratch = await createScratchDatabase();
  process.env.DATABASE_URL = scratch.url;
  taxonomy = await import("@/lib/site-admin/taxonomy");
  redirects = await import("@/lib/db/redirects");
  categoriesDb = await import("@/lib/db/site-admin-categories");
  schemas = await import("@/lib/validation/site-admin");
  zonesFactory = await import("../../factories/zones");
  articles = await import("../../factories/articles");
  users = await import("../../factories/users");
  db = (await import("@/lib/db/client")).db;
  admin = await users.createUser({ role: "ADMIN" });
});

afterAll(() => scratch?.drop());

beforeEach(() => {
  mocks.expired.length = 0;
});

const category = (input: { name: string; slug?: string; description?: string }) =>
  schemas.categoryInputSchema.parse(input);
const zone = (input: { name: string; slug?: string; description?: string; categoryId: number }) =>
  schemas.zoneInputSchema.parse(input);

async function created<T>(outcome: Promise<{ ok: true; row: T } | { ok: false }>): Promise<T> {
  const result = await outcome;
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result)}`);
  return result.row;
}

const audit = (targetType: string, targetId: number) =>
  db.auditLog.findMany({
    where: { targetType, targetId: String(targetId) },
    orderBy: { id: "asc" },
    select: { actorId: true, action: true, details: true },
  });

const menuOrder = async () =>
  (await categoriesDb.listTaxonomy()).map((c) => c.slug).filter((slug) => slug.startsWith("menu-"));

describe("categories", () => {
  it("creates a category last in the menu, with a slug made from the name when left blank, and audits it", async () => {
    const first = await created(
      taxonomy.createCategory(admin, category({ name: "Menu One", slug: "menu-one" })),
    );
    const second = await created(taxonomy.createCategory(admin, category({ name: "Cloud Native Ops" })));

    expect(second.slug).toBe("cloud-native-ops");
    expect(second.position).toBeGreaterThan(first.position);
    expect(await audit("Category", second.id)).toEqual([
      {
        actorId: admin.id,
        action: "category.create",
        details: { slug: "cloud-native-ops", name: "Cloud Native Ops" },
      },
    ]);
    expect(mocks.expired).toEqual(
      expect.arrayContaining(["categories", "home", "sitemap", "category:cloud-native-ops"]),
    );
  });

  it("refuses a slug another category uses, naming it on the slug field", async () => {
    await created(taxonomy.createCategory(admin, category({ name: "Data Things", slug: "data-things" })));
    expect(await taxonomy.createCategory(admin, category({ name: "Other", slug: "data-things" }))).toEqual({
      ok: false,
      kind: "invalid",
      errors: { slug: "The category “Data Things” already uses this slug" },
    });
    expect(mocks.expired).not.toContain("category:data-things-2");
  });

  it("checks slug rules with a message per field", () => {
    const result = schemas.categoryInputSchema.safeParse({
      name: "",
      slug: "Bad Slug!",
      description: "x".repeat(501),
    });
    expect(result.success).toBe(false);
    const errors = Object.fromEntries(result.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(errors).toEqual({
      name: "Enter a name",
      slug: "Use lowercase letters, digits and single hyphens, starting and ending with a letter or digit",
      description: "Use at most 500 characters",
    });
    expect(schemas.categoryInputSchema.safeParse({ name: "x", slug: "page" }).error?.issues[0]?.message).toBe(
      "This slug is reserved; choose another",
    );
  });

  it("renames a slug: the old address redirects, chains collapse to one hop, and a former slug can be taken back", async () => {
    const row = await created(taxonomy.createCategory(admin, category({ name: "Chain", slug: "chain-a" })));
    const b = await created(
      taxonomy.updateCategory(admin, row.id, category({ name: "Chain", slug: "chain-b" }), row.updatedAt),
    );
    expect(mocks.expired).toEqual(
      expect.arrayContaining(["redirects", "category:chain-a", "category:chain-b", "articles"]),
    );
    const c = await created(
      taxonomy.updateCategory(admin, row.id, category({ name: "Chain", slug: "chain-c" }), b.updatedAt),
    );
    expect(await redirects.findRedirect("/categories/chain-a")).toBe("/categories/chain-c");
    expect(await redirects.findRedirect("/categories/chain-b")).toBe("/categories/chain-c");

    // Nobody else may take chain-a: its old links lead to this category.
    expect(
      await taxonomy.createCategory(admin, category({ name: "Squatter", slug: "chain-a" })),
    ).toMatchObject({
      ok: false,
      errors: {
        slug: expect.stringMatching(/old address of another category redirects from \/categories\/chain-a/),
      },
    });
    // The category itself may go back to it; the redirect from it goes, the others follow it.
    await created(
      taxonomy.updateCategory(admin, row.id, category({ name: "Chain", slug: "chain-a" }), c.updatedAt),
    );
    expect(await redirects.findRedirect("/categories/chain-a")).toBeNull();
    expect(await redirects.findRedirect("/categories/chain-b")).toBe("/categories/chain-a");
    expect(await redirects.findRedirect("/categories/chain-c")).toBe("/categories/chain-a");

    const actions = (await audit("Category", row.id)).map((entry) => entry.action);
    expect(actions).toEqual(["category.create", "category.update", "category.update", "category.update"]);
    expect((await audit("Category", row.id))[1]!.details).toEqual({
      slug: { from: "chain-a", to: "chain-b" },
    });
  });

  it("refuses to save over a newer version and hands back what is stored", async () => {
    const row = await created(
      taxonomy.createCategory(admin, category({ name: "Locked", slug: "locked-cat" })),
    );
    const mine = await created(
      taxonomy.updateCategory(
        admin,
        row.id,
        category({ name: "Locked, first", slug: "locked-cat" }),
        row.updatedAt,
      ),
    );
    mocks.expired.length = 0;
    const stale = await taxonomy.updateCategory(
      admin,
      row.id,
      category({ name: "Locked, second", slug: "locked-cat" }),
      row.updatedAt,
    );
    expect(stale).toMatchObject({
      ok: false,
      kind: "conflict",
      current: { name: "Locked, first", updatedAt: mine.updatedAt },
    });
    expect((await categoriesDb.getAdminCategory(row.id))?.name).toBe("Locked, first");
    expect(mocks.expired).toEqual([]);
  });

  it("reorders the menu one step at a time without touching updatedAt, and audits each move", async () => {
    await db.category.deleteMany({ where: { slug: { startsWith: "menu-" } } });
    const a = await created(taxonomy.createCategory(admin, category({ name: "Menu A", slug: "menu-a" })));
    await created(taxonomy.createCategory(admin, category({ name: "Menu B", slug: "menu-b" })));
    await created(taxonomy.createCategory(admin, category({ name: "Menu C", slug: "menu-c" })));
    expect(await menuOrder()).toEqual(["menu-a", "menu-b", "menu-c"]);

    await created(taxonomy.moveCategory(admin, a.id, "down"));
    await created(taxonomy.moveCategory(admin, a.id, "down"));
    expect(await menuOrder()).toEqual(["menu-b", "menu-c", "menu-a"]);
    // Already last: nothing moves, nothing is logged.
    await created(taxonomy.moveCategory(admin, a.id, "down"));
    expect(await menuOrder()).toEqual(["menu-b", "menu-c", "menu-a"]);
    expect(mocks.expired).toEqual(expect.arrayContaining(["categories", "home"]));

    expect((await categoriesDb.getAdminCategory(a.id))?.updatedAt).toEqual(a.updatedAt);
    const moves = (await audit("Category", a.id)).filter((e) => e.action === "category.reorder");
    expect(moves.map((m) => m.details)).toEqual([
      { slug: "menu-a", from: expect.any(Number), to: expect.any(Number) },
      { slug: "menu-a", from: expect.any(Number), to: expect.any(Number) },
    ]);
    expect(await taxonomy.moveCategory(admin, 999_999, "up")).toEqual({ ok: false, kind: "not-found" });
  });

  it("deletes only an empty category, saying what is left otherwise", async () => {
    const full = await created(taxonomy.createCategory(admin, category({ name: "Full", slug: "full-cat" })));
    await zonesFactory.createZone({ categoryId: full.id });
    await zonesFactory.createZone({ categoryId: full.id });
    expect(await taxonomy.deleteCategory(admin, full.id)).toEqual({
      ok: false,
      kind: "refused",
      message: "“Full” still has 2 zones. Move them to another category or delete them first.",
    });

    const empty = await created(
      taxonomy.createCategory(admin, category({ name: "Empty", slug: "empty-cat" })),
    );
    await created(
      taxonomy.updateCategory(
        admin,
        empty.id,
        category({ name: "Empty", slug: "empty-cat-2" }),
        empty.updatedAt,
      ),
    );
    await created(taxonomy.deleteCategory(admin, empty.id));
    expect(await categoriesDb.getAdminCategory(empty.id)).toBeNull();
    // Its old address no longer points at a page that is gone, and the slug is free again.
    expect(await redirects.findRedirect("/categories/empty-cat")).toBeNull();
    expect((await audit("Category", empty.id)).at(-1)).toMatchObject({ action: "category.delete" });
    expect(mocks.expired).toEqual(expect.arrayContaining(["category:empty-cat-2", "redirects", "sitemap"]));
  });
});

describe("zones", () => {
  it("moves a zone to another category: its articles follow in the same transaction, versions untouched", async () => {
    const from = await created(taxonomy.createCategory(admin, category({ name: "From", slug: "from-cat" })));
    const to = await created(taxonomy.createCategory(admin, category({ name: "To", slug: "to-cat" })));
    const stay = await created(
      taxonomy.createZone(admin, zone({ name: "Stays", slug: "stays-zone", categoryId: from.id })),
    );
    const moving = await created(
      taxonomy.createZone(admin, zone({ name: "Moves", slug: "moves-zone", categoryId: from.id })),
    );
    const published = await articles.createArticle({ zoneId: moving.id, status: "PUBLISHED", version: 4 });
    const draft = await articles.createArticle({ zoneId: moving.id, status: "DRAFT" });
    const other = await articles.createArticle({ zoneId: stay.id, status: "PUBLISHED" });
    mocks.expired.length = 0;

    const outcome = await taxonomy.updateZone(
      admin,
      moving.id,
      zone({ name: "Moves", slug: "moves-zone", categoryId: to.id }),
      moving.updatedAt,
    );

    expect(outcome).toMatchObject({ ok: true, row: { categoryId: to.id }, movedArticles: 2 });
    const after = await db.article.findMany({
      where: { id: { in: [published.id, draft.id, other.id] } },
      select: { id: true, categoryId: true, version: true, updatedAt: true },
      orderBy: { id: "asc" },
    });
    expect(after).toEqual([
      { id: published.id, categoryId: to.id, version: 4, updatedAt: published.updatedAt },
      { id: draft.id, categoryId: to.id, version: draft.version, updatedAt: draft.updatedAt },
      { id: other.id, categoryId: from.id, version: other.version, updatedAt: other.updatedAt },
    ]);
    const tree = await categoriesDb.listTaxonomy();
    expect(tree.find((c) => c.id === to.id)?.zones.map((z) => z.slug)).toEqual(["moves-zone"]);
    expect(tree.find((c) => c.id === from.id)?.zones.map((z) => z.slug)).toEqual(["stays-zone"]);
    expect(mocks.expired).toEqual(
      expect.arrayContaining([
        "categories",
        "category:from-cat",
        "category:to-cat",
        "zone:moves-zone",
        "articles",
        "feeds",
      ]),
    );
    expect((await audit("Zone", moving.id)).at(-1)).toEqual({
      actorId: admin.id,
      action: "zone.move",
      details: { categoryId: { from: from.id, to: to.id }, movedArticles: 2 },
    });
  });

  it("renames a zone's slug with a redirect, refuses taken slugs and unknown categories", async () => {
    const home = await created(
      taxonomy.createCategory(admin, category({ name: "Zones Home", slug: "zones-home" })),
    );
    const z = await created(
      taxonomy.createZone(admin, zone({ name: "Kube", slug: "kube-old", categoryId: home.id })),
    );
    await created(
      taxonomy.createZone(admin, zone({ name: "Taken", slug: "kube-taken", categoryId: home.id })),
    );

    expect(
      await taxonomy.updateZone(
        admin,
        z.id,
        zone({ name: "Kube", slug: "kube-taken", categoryId: home.id }),
        z.updatedAt,
      ),
    ).toEqual({ ok: false, kind: "invalid", errors: { slug: "The zone “Taken” already uses this slug" } });
    expect(
      await taxonomy.updateZone(
        admin,
        z.id,
        zone({ name: "Kube", slug: "kube-old", categoryId: 999_999 }),
        z.updatedAt,
      ),
    ).toEqual({
      ok: false,
      kind: "invalid",
      errors: { categoryId: "This category no longer exists; choose another" },
    });

    const renamed = await taxonomy.updateZone(
      admin,
      z.id,
      zone({ name: "Kubernetes", slug: "kube-new", categoryId: home.id }),
      z.updatedAt,
    );
    expect(renamed).toMatchObject({ ok: true, row: { slug: "kube-new", name: "Kubernetes" } });
    expect(await redirects.findRedirect("/zones/kube-old")).toBe("/zones/kube-new");
    expect(mocks.expired).toEqual(expect.arrayContaining(["zone:kube-old", "zone:kube-new", "redirects"]));
  });

  it("reorders zones within their category only", async () => {
    const c = await created(taxonomy.createCategory(admin, category({ name: "Order", slug: "order-cat" })));
    const other = await created(
      taxonomy.createCategory(admin, category({ name: "Elsewhere", slug: "elsewhere-cat" })),
    );
    const z1 = await created(
      taxonomy.createZone(admin, zone({ name: "Z1", slug: "order-z1", categoryId: c.id })),
    );
    const z2 = await created(
      taxonomy.createZone(admin, zone({ name: "Z2", slug: "order-z2", categoryId: c.id })),
    );
    const z3 = await created(
      taxonomy.createZone(admin, zone({ name: "Z3", slug: "order-z3", categoryId: c.id })),
    );
    await created(taxonomy.createZone(admin, zone({ name: "Far", slug: "order-far", categoryId: other.id })));

    expect(await created(taxonomy.moveZone(admin, z3.id, "up"))).toEqual([z1.id, z3.id, z2.id]);
    expect(await created(taxonomy.moveZone(admin, z1.id, "up"))).toEqual([z1.id, z3.id, z2.id]);
    const tree = await categoriesDb.listTaxonomy();
    expect(tree.find((x) => x.id === c.id)?.zones.map((z) => z.slug)).toEqual([
      "order-z1",
      "order-z3",
      "order-z2",
    ]);
    expect(tree.find((x) => x.id === other.id)?.zones.map((z) => z.slug)).toEqual(["order-far"]);
    expect((await audit("Zone", z3.id)).map((e) => e.action)).toEqual(["zone.create", "zone.reorder"]);
  });

  it("deletes only an empty zone, with its curation entries and subscriptions", async () => {
    const c = await created(taxonomy.createCategory(admin, category({ name: "Del", slug: "del-cat" })));
    const busy = await created(
      taxonomy.createZone(admin, zone({ name: "Busy", slug: "busy-zone", categoryId: c.id })),
    );
    await articles.createArticle({ zoneId: busy.id, status: "DRAFT" });
    await db.event.create({
      data: { slug: "busy-event", title: "E", startsAt: new Date(), zoneId: busy.id, location: "Hall" },
    });
    expect(await taxonomy.deleteZone(admin, busy.id)).toEqual({
      ok: false,
      kind: "refused",
      message: "Only empty zones can be deleted: “Busy” still has 1 article and 1 event.",
    });

    const empty = await created(
      taxonomy.createZone(admin, zone({ name: "Empty", slug: "empty-zone", categoryId: c.id })),
    );
    const article = await articles.createArticle({ status: "PUBLISHED" });
    await db.feature.create({
      data: { slot: "FEATURED", scope: "ZONE", scopeId: empty.id, articleId: article.id },
    });
    await db.subscription.create({
      data: {
        email: "reader@example.test",
        target: "ZONE",
        targetId: empty.id,
        unsubscribeTokenHash: `t-${empty.id}`,
      },
    });
    await created(taxonomy.deleteZone(admin, empty.id));
    expect(await db.zone.findUnique({ where: { id: empty.id } })).toBeNull();
    expect(await db.feature.count({ where: { scope: "ZONE", scopeId: empty.id } })).toBe(0);
    expect(await db.subscription.count({ where: { target: "ZONE", targetId: empty.id } })).toBe(0);
    expect((await audit("Zone", empty.id)).at(-1)).toMatchObject({
      action: "zone.delete",
      details: { slug: "empty-zone", features: 1, subscriptions: 1 },
    });
    expect(mocks.expired).toEqual(
      expect.arrayContaining(["zone:empty-zone", "category:del-cat", "features"]),
    );
  });
});
