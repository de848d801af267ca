import { beforeAll, describe, expect, it } from "vitest";
import {
  createDraft,
  deleteDraft,
  getOwnDraft,
  previewMarkdown,
  saveDraft,
  submitDraft,
  withdrawDraft,
  type DraftView,
} from "@/lib/authoring/drafts";
import { db } from "@/lib/db/client";
import { listMyArticles } from "@/lib/authoring/my-articles";
import { RENDER_VERSION } from "@/lib/markdown/render";
import { createArticle } from "@/tests/factories/articles";
import { createUser } from "@/tests/factories/users";
import { createZone } from "@/tests/factories/zones";
import { bodyOf, completeDraft } from "./helpers";

// The drafts service as the writing page, Manage My Drafts and the token API use it.

async function newDraft(authorId: number, zoneId: number, overrides = {}): Promise<DraftView> {
  const outcome = await createDraft(authorId, completeDraft(zoneId, overrides));
  if (!outcome.ok) throw new Error(`createDraft failed: ${JSON.stringify(outcome)}`);
  return outcome.draft;
}

describe("drafts service", () => {
  let zoneId: number;
  let authorId: number;
  beforeAll(async () => {
    zoneId = (await createZone()).id;
    authorId = (await createUser()).id;
  });

  it("creates a draft with a placeholder slug and the body rendered at save time", async () => {
    const draft = await newDraft(authorId, zoneId);
    expect(draft).toMatchObject({ status: "DRAFT", version: 1, editable: true, submittedAt: null, zoneId });
    expect(draft.slug).toMatch(/^draft-[0-9a-f]{16}$/);
    expect(draft.wordCount).toBe(322);
    expect(draft.readingMinutes).toBe(1);
    const row = await db.article.findUniqueOrThrow({ where: { id: draft.id } });
    expect(row.bodyHtml).toContain('<h2 id="why-pools">');
    expect(row.bodyText).toContain("word319");
    expect(row.renderVersion).toBe(RENDER_VERSION);
    expect(row.toc).toEqual([{ depth: 2, id: "why-pools", text: "Why pools" }]);
    expect(row.authorId).toBe(authorId);
  });

  it("needs a zone even for a draft, and an existing one", async () => {
    expect(await createDraft(authorId, completeDraft(zoneId, { zoneId: null }))).toEqual({
      ok: false,
      kind: "invalid",
      errors: { zoneId: "Choose a zone to save your draft" },
    });
    const unknown = await createDraft(authorId, completeDraft(2_000_000_000));
    expect(unknown).toMatchObject({
      ok: false,
      kind: "invalid",
      errors: { zoneId: "Choose one of the zones" },
    });
  });

  it("keeps categoryId in step with the zone", async () => {
    const other = await createZone();
    const draft = await newDraft(authorId, zoneId);
    const zone = await db.zone.findUniqueOrThrow({ where: { id: zoneId } });
    expect((await db.article.findUniqueOrThrow({ where: { id: draft.id } })).categoryId).toBe(
      zone.categoryId,
    );
    const moved = await saveDraft(authorId, draft.id, { ...completeDraft(other.id), version: draft.version });
    expect(moved).toMatchObject({ ok: true, draft: { zoneId: other.id, version: 2 } });
    expect((await db.article.findUniqueOrThrow({ where: { id: draft.id } })).categoryId).toBe(
      other.categoryId,
    );
  });

  it("refuses a save from a stale version and returns what is stored", async () => {
    const draft = await newDraft(authorId, zoneId);
    const first = await saveDraft(authorId, draft.id, {
      ...completeDraft(zoneId, { title: "Saved in the first tab" }),
      version: 1,
    });
    expect(first).toMatchObject({ ok: true, draft: { version: 2, title: "Saved in the first tab" } });
    const second = await saveDraft(authorId, draft.id, {
      ...completeDraft(zoneId, { title: "Typed in the second tab" }),
      version: 1,
    });
    expect(second).toMatchObject({
      ok: false,
      kind: "conflict",
      current: { version: 2, title: "Saved in the first tab" },
    });
    expect(await getOwnDraft(authorId, draft.id)).toMatchObject({
      version: 2,
      title: "Saved in the first tab",
    });
  });

  it("names every field that misses the submission guidelines and stores nothing", async () => {
    const draft = await newDraft(authorId, zoneId);
    const outcome = await submitDraft(authorId, draft.id, {
      ...completeDraft(zoneId, { title: "Too short", summary: "Short.", bodyMarkdown: bodyOf(120) }),
      version: 1,
    });
    expect(outcome).toEqual({
      ok: false,
      kind: "invalid",
      errors: {
        title: "The title needs 10–150 characters (now 9)",
        summary: "The summary needs 50–300 characters (now 6)",
        bodyMarkdown: "Articles need at least 300 words (now 120)",
      },
    });
    expect(await getOwnDraft(authorId, draft.id)).toMatchObject({
      status: "DRAFT",
      version: 1,
      wordCount: 322,
    });
    const noZone = await submitDraft(authorId, draft.id, {
      ...completeDraft(zoneId, { zoneId: null, title: "" }),
      version: 1,
    });
    expect(noZone).toMatchObject({
      kind: "invalid",
      errors: { zoneId: expect.any(String), title: expect.any(String) },
    });
  });

  it("submits: status, titled slug, event and revision; a resubmission keeps the slug", async () => {
    const editorId = (await createUser({ role: "EDITOR" })).id;
    const draft = await newDraft(authorId, zoneId);
    const submitted = await submitDraft(authorId, draft.id, { ...completeDraft(zoneId), version: 1 });
    if (!submitted.ok) throw new Error(JSON.stringify(submitted));
    expect(submitted.draft).toMatchObject({ status: "SUBMITTED", editable: false, version: 3 });
    expect(submitted.draft.slug).toMatch(/^connection-pooling-in-node-js-services-[0-9a-z]{6}$/);
    expect(submitted.draft.submittedAt).not.toBeNull();
    const events = await db.articleEvent.findMany({ where: { articleId: draft.id } });
    expect(events).toMatchObject([{ actorId: authorId, fromStatus: "DRAFT", toStatus: "SUBMITTED" }]);
    const revisions = await db.articleRevision.findMany({ where: { articleId: draft.id } });
    expect(revisions).toMatchObject([
      { reason: "submit", version: 3, title: "Connection pooling in Node.js services" },
    ]);

    // Changes requested → the author edits and resubmits; the URL chosen first stays.
    await db.$transaction(async (tx) => {
      const { transitionArticle } = await import("@/lib/db/article-transitions");
      await transitionArticle(tx, {
        articleId: draft.id,
        actorId: editorId,
        action: "request-changes",
        note: "More",
      });
    });
    const resubmitted = await submitDraft(authorId, draft.id, {
      ...completeDraft(zoneId, { title: "A different title entirely" }),
      version: 4,
    });
    expect(resubmitted).toMatchObject({
      ok: true,
      draft: { status: "SUBMITTED", slug: submitted.draft.slug },
    });
  });

  it("does not let a submitted article be saved or submitted again until withdrawn", async () => {
    const draft = await newDraft(authorId, zoneId);
    await submitDraft(authorId, draft.id, { ...completeDraft(zoneId), version: 1 });
    const save = await saveDraft(authorId, draft.id, { ...completeDraft(zoneId), version: 3 });
    expect(save).toMatchObject({
      ok: false,
      kind: "not-editable",
      message: expect.stringMatching(/withdraw/),
    });
    expect(await submitDraft(authorId, draft.id, { ...completeDraft(zoneId), version: 3 })).toMatchObject({
      kind: "not-editable",
    });
    const withdrawn = await withdrawDraft(authorId, draft.id);
    expect(withdrawn).toMatchObject({ ok: true, draft: { status: "DRAFT", editable: true, version: 4 } });
    expect(await withdrawDraft(authorId, draft.id)).toMatchObject({ ok: false, kind: "not-editable" });
    expect(await saveDraft(authorId, draft.id, { ...completeDraft(zoneId), version: 4 })).toMatchObject({
      ok: true,
    });
  });

  it("deletes drafts only", async () => {
    const draft = await newDraft(authorId, zoneId);
    expect(await deleteDraft(authorId, draft.id)).toEqual({ ok: true });
    expect(await db.article.findUnique({ where: { id: draft.id } })).toBeNull();
    expect(await deleteDraft(authorId, draft.id)).toEqual({ ok: false, kind: "not-found" });
    for (const status of ["SUBMITTED", "CHANGES_REQUESTED", "PUBLISHED", "REJECTED", "ARCHIVED"] as const) {
      const article = await createArticle({ zoneId, authorId, status });
      expect(await deleteDraft(authorId, article.id)).toMatchObject({ ok: false, kind: "not-editable" });
      expect(await db.article.findUnique({ where: { id: article.id } })).not.toBeNull();
    }
  });

  it("answers not-found for everything about another author's articles, and changes nothing", async () => {
    const stranger = (await createUser()).id;
    const draft = await newDraft(authorId, zoneId);
    const submitted = await createArticle({ zoneId, authorId, status: "SUBMITTED" });
    const input = { ...completeDraft(zoneId, { title: "Hijacked title here" }), version: 1 };
    expect(await getOwnDraft(stranger, draft.id)).toBeNull();
    expect(await saveDraft(stranger, draft.id, input)).toEqual({ ok: false, kind: "not-found" });
    expect(await submitDraft(stranger, draft.id, input)).toEqual({ ok: false, kind: "not-found" });
    expect(await withdrawDraft(stranger, submitted.id)).toEqual({ ok: false, kind: "not-found" });
    expect(await deleteDraft(stranger, draft.id)).toEqual({ ok: false, kind: "not-found" });
    expect(await getOwnDraft(authorId, draft.id)).toMatchObject({
      version: 1,
      title: draft.title,
      status: "DRAFT",
    });
    expect((await db.article.findUniqueOrThrow({ where: { id: submitted.id } })).status).toBe("SUBMITTED");
  });

  it("creates each tag once, by slug, whatever the spelling or concurrency", async () => {
    const tag = `Rust${Date.now()}`;
    const drafts = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        newDraft(authorId, zoneId, { tags: [i % 2 ? tag : tag.toUpperCase()] }),
      ),
    );
    const rows = await db.tag.findMany({ where: { slug: tag.toLowerCase() } });
    expect(rows).toHaveLength(1);
    const links = await db.articleTag.count({ where: { tagId: rows[0]!.id } });
    expect(links).toBe(8);
    // Every draft shows the tag as it was first spelled.
    expect(new Set(drafts.map((d) => d.tags[0]))).toEqual(new Set([rows[0]!.name]));
    // Repeats in one draft count once; removing a tag on save unlinks it.
    const one = await newDraft(authorId, zoneId, { tags: ["Go", "go", "GO", "Kafka"] });
    expect(one.tags).toEqual(
      ["Go", "Kafka"].map((name) => expect.stringMatching(new RegExp(`^${name}$`, "i"))),
    );
    const saved = await saveDraft(authorId, one.id, {
      ...completeDraft(zoneId, { tags: ["Kafka"] }),
      version: 1,
    });
    expect(saved).toMatchObject({ ok: true, draft: { tags: [expect.stringMatching(/^kafka$/i)] } });
  });

  it("refuses bad tags, covers and over-long fields on their field", async () => {
    const outcome = await createDraft(
      authorId,
      completeDraft(zoneId, {
        title: "t".repeat(151),
        tags: ["ok-tag", "x"],
        coverImageUrl: "javascript:alert(1)",
      }),
    );
    expect(outcome).toMatchObject({
      ok: false,
      kind: "invalid",
      errors: { title: expect.any(String), tags: expect.any(String), coverImageUrl: expect.any(String) },
    });
    const many = await createDraft(
      authorId,
      completeDraft(zoneId, { tags: ["aa", "bb", "cc", "dd", "ee", "ff"] }),
    );
    expect(many).toMatchObject({ kind: "invalid", errors: { tags: "Use at most 5 tags" } });
    const big = await createDraft(authorId, completeDraft(zoneId, { bodyMarkdown: "a".repeat(101 * 1024) }));
    expect(big).toMatchObject({ kind: "invalid", errors: { bodyMarkdown: expect.stringMatching(/100 KB/) } });
  });

  it("previews with the save pipeline and stores nothing", async () => {
    const before = await db.article.count();
    const preview = await previewMarkdown("# Hi\n\n**bold** words\n\n<script>alert(1)</script>");
    expect(preview).toMatchObject({ ok: true, wordCount: 3, readingMinutes: 1 });
    if (preview.ok) {
      expect(preview.html).toContain("<strong>bold</strong>");
      expect(preview.html).not.toContain("<script");
    }
    expect(await previewMarkdown("a".repeat(101 * 1024))).toMatchObject({
      ok: false,
      errors: { bodyMarkdown: expect.any(String) },
    });
    expect(await db.article.count()).toBe(before);
  });

  it("lists only the author's own articles for Manage My Drafts, with history and feedback", async () => {
    const writer = (await createUser()).id;
    const editorId = (await createUser({ role: "EDITOR" })).id;
    expect(await listMyArticles(writer)).toBeNull();
    const draft = await newDraft(writer, zoneId, { title: "My own draft title" });
    const sent = await newDraft(writer, zoneId);
    await submitDraft(writer, sent.id, { ...completeDraft(zoneId), version: 1 });
    await db.$transaction(async (tx) => {
      const { transitionArticle } = await import("@/lib/db/article-transitions");
      await transitionArticle(tx, {
        articleId: sent.id,
        actorId: editorId,
        action: "request-changes",
        note: "Cite sources",
      });
    });
    await newDraft(authorId, zoneId, { title: "Someone else's draft" });

    const groups = (await listMyArticles(writer))!;
    const byHeading = Object.fromEntries(groups.map((g) => [g.heading, g.articles.map((a) => a.title)]));
    expect(byHeading).toEqual({
      Drafts: ["My own draft title"],
      Submitted: [],
      "Changes requested": [completeDraft(zoneId).title],
      Published: [],
      Rejected: [],
    });
    const changed = groups.find((g) => g.status === "CHANGES_REQUESTED")!.articles[0]!;
    expect(changed.feedback).toBe("Cite sources");
    expect(changed.events.map((e) => [e.fromStatus, e.toStatus, e.note])).toEqual([
      ["SUBMITTED", "CHANGES_REQUESTED", "Cite sources"],
      ["DRAFT", "SUBMITTED", null],
    ]);
    expect(groups[0]!.articles[0]!.id).toBe(draft.id);
  });
});
