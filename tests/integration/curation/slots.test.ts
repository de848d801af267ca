import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { slotUpdateSchema, type SlotUpdateInput } from "@/lib/curation/schema";
import type { SlotKey } from "@/lib/curation/slots";
import { createScratchDatabase, type ScratchDatabase } from "../../helpers/database";

// Saving curated slots against a real database: order, dates, validation, the audit trail and
// two editors at once. The home Spotlight is one slot for the whole site, so this file has a
// database of its own; lib/db/client reads DATABASE_URL when first imported, hence the imports
// after it is set.
let scratch: ScratchDatabase;
let curation: typeof import("@/lib/db/curation");
let features: typeof import("@/lib/db/features");
let articles: typeof import("../../factories/articles");
let resources: typeof import("../../factories/resources");
let users: typeof import("../../factories/users");
let zones: typeof import("../../factories/zones");
let db: typeof import("@/lib/db/client").db;

beforeAll(async () => {
  scratch = await createScratchDatabase();
  process.env.DATABASE_URL = scratch.url;
  curation = await import("@/lib/db/curation");
  features = await import("@/lib/db/features");
  articles = await import("../../factories/articles");
  resources = await import("../../factories/resources");
  users = await import("../../factories/users");
  zones = await import("../../factories/zones");
  db = (await import("@/lib/db/client")).db;
});

afterAll(() => scratch?.drop());

const HOUR = 3_600_000;
type Entry = SlotUpdateInput["entries"][number];
const article = (targetId: number, dates: Partial<Entry> = {}): Entry => ({
  kind: "article",
  targetId,
  ...dates,
});
const resource = (targetId: number): Entry => ({ kind: "resource", targetId });

async function editor() {
  return (await users.createUser({ role: "EDITOR" })).id;
}

async function publishedArticles(count: number, zoneId?: number): Promise<number[]> {
  const zone = zoneId ?? (await zones.createZone()).id;
  const ids: number[] = [];
  for (let i = 0; i < count; i++)
    ids.push((await articles.createArticle({ zoneId: zone, status: "PUBLISHED" })).id);
  return ids;
}

/** Saves `entries` over the slot as it is now (the version read first, as the editor page does). */
async function save(actorId: number, key: SlotKey, entries: Entry[], now = new Date()) {
  const current = await curation.getCurationSlot(key, now);
  if (!current) throw new Error(`no slot ${key}`);
  return curation.saveCurationSlot(
    actorId,
    key,
    slotUpdateSchema.parse({ version: current.version, entries }),
    now,
  );
}

const stored = async (key: SlotKey) =>
  (await curation.getCurationSlot(key, new Date()))!.entries.map((e) => `${e.kind}:${e.targetId}`);

const audit = (key: SlotKey) =>
  db.auditLog.findMany({
    where: { targetType: "FeatureSlot", targetId: key },
    orderBy: { id: "asc" },
    select: { actorId: true, action: true, details: true },
  });

describe("saving a slot", () => {
  it("adds entries in the editor's order with their dates; readers see the live ones in that order", async () => {
    const actorId = await editor();
    const [a, b, c] = await publishedArticles(3);
    const now = new Date();
    const later = new Date(now.getTime() + HOUR);

    const result = await save(actorId, "home", [
      article(c!),
      article(a!, { startsAt: later.toISOString() }),
      article(b!, { endsAt: later.toISOString() }),
    ]);

    expect(result).toMatchObject({ ok: true, changed: true });
    if (!result.ok) return;
    expect(result.slot.entries.map((e) => [e.targetId, e.startsAt, e.endsAt])).toEqual([
      [c, null, null],
      [a, later.toISOString(), null],
      [b, null, later.toISOString()],
    ]);
    const live = await features.listActiveFeatures({
      slot: "SPOTLIGHT",
      scope: "SITE",
      scopeId: null,
      now,
      limit: 12,
    });
    expect(live.map((r) => r.articleId)).toEqual([c, b]);
    expect(
      await features.nextFeatureChange({ slot: "SPOTLIGHT", scope: "SITE", scopeId: null, now }),
    ).toEqual(later);
    const rows = await db.feature.findMany({ where: { scope: "SITE" }, orderBy: { position: "asc" } });
    expect(rows.map((r) => [r.articleId, r.position, r.createdById])).toEqual([
      [c, 0, actorId],
      [a, 1, actorId],
      [b, 2, actorId],
    ]);
    expect((await audit("home")).map((row) => row.action)).toEqual([
      "feature.add",
      "feature.add",
      "feature.add",
    ]);
    expect((await audit("home"))[1]).toEqual({
      actorId,
      action: "feature.add",
      details: expect.objectContaining({
        kind: "article",
        targetId: a,
        position: 1,
        startsAt: later.toISOString(),
      }),
    });
  });

  it("reorders, reschedules and removes in one save, rewriting positions 0…n-1 and auditing each change", async () => {
    const actorId = await editor();
    const category = await zones.createCategory();
    const zone = await zones.createZone({ categoryId: category.id });
    const key: SlotKey = `category-${category.id}`;
    const [a, b, c, d] = await publishedArticles(4, zone.id);
    await save(actorId, key, [article(a!), article(b!), article(c!), article(d!)]);
    const before = await db.feature.findMany({
      where: { scopeId: category.id },
      orderBy: { position: "asc" },
    });
    const end = new Date(Date.now() + 2 * HOUR).toISOString();

    const result = await save(actorId, key, [article(d!), article(a!, { endsAt: end }), article(c!)]);

    expect(result).toMatchObject({ ok: true, changed: true });
    expect(await stored(key)).toEqual([`article:${d}`, `article:${a}`, `article:${c}`]);
    const after = await db.feature.findMany({
      where: { scopeId: category.id },
      orderBy: { position: "asc" },
    });
    expect(after.map((r) => [r.articleId, r.position])).toEqual([
      [d, 0],
      [a, 1],
      [c, 2],
    ]);
    // Kept entries keep their row (and their creator); only b's row is gone.
    const idOf = (articleId: number) => before.find((r) => r.articleId === articleId)!.id;
    expect(after.map((r) => r.id)).toEqual([idOf(d!), idOf(a!), idOf(c!)]);
    const actions = (await audit(key)).slice(4);
    expect(actions.map((row) => row.action).sort()).toEqual([
      "feature.remove",
      "feature.reorder",
      "feature.schedule",
    ]);
    expect(actions.find((row) => row.action === "feature.schedule")?.details).toMatchObject({
      targetId: a,
      before: { startsAt: null, endsAt: null },
      after: { startsAt: null, endsAt: end },
    });
    expect(actions.find((row) => row.action === "feature.reorder")?.details).toEqual({
      before: [idOf(a!), idOf(c!), idOf(d!)],
      after: [idOf(d!), idOf(a!), idOf(c!)],
    });
    expect(actions.find((row) => row.action === "feature.remove")?.details).toMatchObject({ targetId: b });
  });

  it("changes and audits nothing when the list is saved as it is", async () => {
    const actorId = await editor();
    const category = await zones.createCategory();
    const key: SlotKey = `category-${category.id}`;
    const [a] = await publishedArticles(1);
    await save(actorId, key, [article(a!)]);

    const again = await save(actorId, key, [article(a!)]);

    expect(again).toMatchObject({ ok: true, changed: false });
    expect(await audit(key)).toHaveLength(1);
  });

  it("features Refcards and Trend Reports in a zone, not in the home Spotlight", async () => {
    const actorId = await editor();
    const zone = await zones.createZone();
    const key: SlotKey = `zone-${zone.id}`;
    const refcard = await resources.createResource({ kind: "REFCARD" });
    const report = await resources.createResource({ kind: "TREND_REPORT" });

    const saved = await save(actorId, key, [resource(report.id), resource(refcard.id)]);
    expect(saved.ok && saved.slot.entries.map((e) => [e.label, e.url])).toEqual([
      ["Trend Report", `/trend-reports/${report.slug}`],
      [`Refcard #${refcard.number}`, `/refcards/${refcard.slug}`],
    ]);

    const home = await save(actorId, "home", [resource(refcard.id)]);
    expect(home).toEqual({
      ok: false,
      reason: "invalid",
      errors: { "entries.0.targetId": "The home Spotlight shows articles only" },
    });
  });
});

describe("what a slot refuses", () => {
  it("refuses unpublished, scheduled and unknown items, naming the entry, and saves nothing", async () => {
    const actorId = await editor();
    const zone = await zones.createZone();
    const key: SlotKey = `zone-${zone.id}`;
    const [ok] = await publishedArticles(1);
    const draft = await articles.createArticle({ status: "DRAFT", title: "A draft nobody may see" });
    const archived = await articles.createArticle({ status: "ARCHIVED", title: "An archived one" });
    const upcoming = await resources.createResource({ publishedAt: new Date(Date.now() + HOUR) });

    const result = await save(actorId, key, [
      article(ok!),
      article(draft.id),
      article(archived.id),
      resource(upcoming.id),
      article(2_000_000_000),
    ]);

    expect(result).toEqual({
      ok: false,
      reason: "invalid",
      errors: {
        "entries.1.targetId": "“A draft nobody may see” is not published, so readers could not see it",
        "entries.2.targetId": "“An archived one” is not published, so readers could not see it",
        "entries.3.targetId": `“${upcoming.title}” is not published, so readers could not see it`,
        "entries.4.targetId": "This article no longer exists",
      },
    });
    expect(await stored(key)).toEqual([]);
    expect(await audit(key)).toEqual([]);
  });

  it("keeps an entry whose article was unpublished after it was featured, so the slot can still be reordered", async () => {
    const actorId = await editor();
    const category = await zones.createCategory();
    const key: SlotKey = `category-${category.id}`;
    const [a, b] = await publishedArticles(2);
    await save(actorId, key, [article(a!), article(b!)]);
    await db.article.update({ where: { id: a! }, data: { status: "ARCHIVED" } });

    const result = await save(actorId, key, [article(b!), article(a!)]);

    expect(result.ok && result.slot.entries.map((e) => [e.targetId, e.published])).toEqual([
      [b, true],
      [a, false],
    ]);
  });

  it("refuses a stale version: the other editor's save stays, and nothing is written or audited", async () => {
    const actorId = await editor();
    const category = await zones.createCategory();
    const key: SlotKey = `category-${category.id}`;
    const [a, b] = await publishedArticles(2);
    await save(actorId, key, [article(a!)]);
    const opened = (await curation.getCurationSlot(key, new Date()))!;
    await save(actorId, key, [article(a!), article(b!)]);

    const stale = await curation.saveCurationSlot(
      actorId,
      key,
      slotUpdateSchema.parse({ version: opened.version, entries: [] }),
      new Date(),
    );

    expect(stale).toMatchObject({ ok: false, reason: "conflict", slot: { key } });
    expect(await stored(key)).toEqual([`article:${a}`, `article:${b}`]);
    expect((await audit(key)).map((row) => row.action)).toEqual(["feature.add", "feature.add"]);
  });

  it("answers not-found for a removed category or zone", async () => {
    const actorId = await editor();
    const update = slotUpdateSchema.parse({ version: "x", entries: [] });
    expect(await curation.saveCurationSlot(actorId, "zone-2000000000", update, new Date())).toEqual({
      ok: false,
      reason: "not-found",
    });
    expect(await curation.getCurationSlot("category-2000000000", new Date())).toBeNull();
  });
});

describe("two editors reordering at once", () => {
  it("lets exactly one of two saves from the same version win; the order is the winner's, positions intact", async () => {
    const actorId = await editor();
    const otherId = await editor();
    const category = await zones.createCategory();
    const key: SlotKey = `category-${category.id}`;
    const ids = await publishedArticles(5);
    await save(
      actorId,
      key,
      ids.map((id) => article(id)),
    );

    for (let round = 0; round < 20; round++) {
      const opened = (await curation.getCurationSlot(key, new Date()))!;
      const current = opened.entries.map((e) => e.targetId);
      const reversed = [...current].reverse();
      const rotated = [...current.slice(1), current[0]!];
      const send = (who: number, order: number[]) =>
        curation.saveCurationSlot(
          who,
          key,
          slotUpdateSchema.parse({ version: opened.version, entries: order.map((id) => article(id)) }),
          new Date(),
        );

      const outcomes = await Promise.all([send(actorId, reversed), send(otherId, rotated)]);

      const won = outcomes.filter((o) => o.ok);
      expect(won).toHaveLength(1);
      expect(outcomes.filter((o) => !o.ok && o.reason === "conflict")).toHaveLength(1);
      const winnerOrder = outcomes[0]!.ok ? reversed : rotated;
      expect(await stored(key)).toEqual(winnerOrder.map((id) => `article:${id}`));
      const positions = await db.feature.findMany({
        where: { scope: "CATEGORY", scopeId: category.id },
        orderBy: { position: "asc" },
        select: { position: true },
      });
      expect(positions.map((p) => p.position)).toEqual([0, 1, 2, 3, 4]);
    }
  });
});

describe("the slots an editor can choose", () => {
  it("lists the home Spotlight first, then every category with its zones", async () => {
    const category = await zones.createCategory({ name: "Zzz Choices" });
    const zone = await zones.createZone({ categoryId: category.id, name: "Zzz Zone" });

    const groups = await curation.listSlotChoices();

    expect(groups[0]).toEqual({
      label: "Home page",
      choices: [{ key: "home", label: "Home page Spotlight" }],
    });
    expect(groups.find((g) => g.label === "Zzz Choices")).toEqual({
      label: "Zzz Choices",
      choices: [
        { key: `category-${category.id}`, label: "Featured Zzz Choices Resources" },
        { key: `zone-${zone.id}`, label: "Zzz Zone zone" },
      ],
    });
  });
});
