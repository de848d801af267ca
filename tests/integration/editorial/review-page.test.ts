import { afterAll, describe, expect, it } from "vitest";
import { createDraft, submitDraft, type DraftView } from "@/lib/authoring/drafts";
import { listMyArticles } from "@/lib/authoring/my-articles";
import { db } from "@/lib/db/client";
import { listManagedArticles } from "@/lib/db/editorial-articles";
import { getOpenChangeRequest } from "@/lib/db/editorial-feedback";
import { decide } from "@/lib/editorial/decisions";
import { editSubmission } from "@/lib/editorial/edits";
import { GONE_REFRESH_MS, isGoneArticle } from "@/lib/editorial/gone-articles";
import { loadReview } from "@/lib/editorial/review";
import { stopBoss } from "@/lib/jobs/boss";
import { createArticle } from "@/tests/factories/articles";
import { createUser } from "@/tests/factories/users";
import { createZone } from "@/tests/factories/zones";
import { completeDraft } from "../authoring/helpers";

// What the review page, Manage My Drafts, the writing page and article management read, built
// by the real author and editor actions (drafts service → decisions → corrections).

afterAll(() => stopBoss());

async function submitted(authorId: number, zoneId: number, body: string): Promise<DraftView> {
  const created = await createDraft(authorId, completeDraft(zoneId, { bodyMarkdown: body }));
  if (!created.ok) throw new Error("createDraft failed");
  const sent = await submitDraft(authorId, created.draft.id, {
    ...completeDraft(zoneId, { bodyMarkdown: body }),
    version: created.draft.version,
  });
  if (!sent.ok) throw new Error(`submitDraft failed: ${JSON.stringify(sent)}`);
  return sent.draft;
}

const body = (sentence: string) =>
  `## Why pools\n\n${sentence}\n\n${Array.from({ length: 320 }, (_, i) => `word${i}`).join(" ")}`;

describe("the review page's data", () => {
  it("is a first submission, then diffs a resubmission against it, then shows an editor's correction", async () => {
    const zone = await createZone();
    const author = await createUser({ name: "Rita Record" });
    const editor = await createUser({ role: "EDITOR", name: "Ed Itor" });
    // The author's record: one published, one rejected earlier.
    await createArticle({
      zoneId: zone.id,
      authorId: author.id,
      status: "PUBLISHED",
      submittedAt: new Date(),
    });
    await createArticle({
      zoneId: zone.id,
      authorId: author.id,
      status: "REJECTED",
      submittedAt: new Date(),
    });

    const draft = await submitted(author.id, zone.id, body("Pools are small."));
    const first = await loadReview(draft.id);
    expect(first).toMatchObject({
      article: { status: "SUBMITTED", title: "Connection pooling in Node.js services" },
      sincePreviousSubmission: null,
      editorCorrections: null,
      authorRecord: { published: 1, rejected: 1, submitted: 3 },
    });
    expect(first!.authorProfile?.username).toBe(author.username);

    const feedback = "Say how small.";
    await decide(draft.id, editor.id, { kind: "request-changes", version: draft.version, feedback });
    expect(await getOpenChangeRequest(author.id, draft.id)).toMatchObject({
      note: feedback,
      editorName: "Ed Itor",
    });
    // Nobody else's: the request is the author's to read.
    expect(await getOpenChangeRequest(editor.id, draft.id)).toBeNull();

    const current = await db.article.findUniqueOrThrow({ where: { id: draft.id } });
    const again = await submitDraft(author.id, draft.id, {
      ...completeDraft(zone.id, { bodyMarkdown: body("Pools are four connections per core.") }),
      version: current.version,
    });
    if (!again.ok) throw new Error("resubmit failed");
    expect(await getOpenChangeRequest(author.id, draft.id)).toBeNull();

    const second = await loadReview(draft.id);
    const diff = second!.sincePreviousSubmission!.diff;
    expect(diff.title.kind).toBe("unchanged");
    expect(diff.body.kind).toBe("changed");
    if (diff.body.kind === "changed") {
      expect(
        diff.body.parts.filter((p) => p.kind === "removed").map((p) => "text" in p && p.text.trim()),
      ).toEqual(["small"]);
      expect(
        diff.body.parts
          .filter((p) => p.kind === "added")
          .map((p) => ("text" in p ? p.text : ""))
          .join(""),
      ).toContain("four connections per core");
    }
    expect(second!.events.map((e) => e.toStatus)).toEqual(["SUBMITTED", "CHANGES_REQUESTED", "SUBMITTED"]);

    const fixed = await editSubmission(draft.id, editor.id, {
      version: again.draft.version,
      title: "Connection pooling in Node.js services, explained",
      summary: again.draft.summary,
      bodyMarkdown: again.draft.bodyMarkdown,
    });
    expect(fixed).toMatchObject({ ok: true, changed: ["title"] });
    const third = await loadReview(draft.id);
    expect(third!.editorCorrections).toMatchObject({ editors: ["Ed Itor"] });
    expect(third!.editorCorrections!.diff.title.kind).toBe("changed");
    expect(third!.editorCorrections!.diff.body.kind).toBe("unchanged");
    // The correction does not count as the author's change.
    expect(third!.sincePreviousSubmission!.diff.title.kind).toBe("unchanged");
    expect(third!.events[0]).toMatchObject({ reason: "edit", actor: { name: "Ed Itor" } });
  });

  it("is null for an unknown article", async () => {
    expect(await loadReview(2_000_000_000)).toBeNull();
  });
});

describe("Manage My Drafts after editorial decisions", () => {
  it("shows the rejection reason, the schedule and the unpublish note", async () => {
    const zone = await createZone();
    const author = await createUser();
    const editor = await createUser({ role: "EDITOR" });
    const rejected = await createArticle({ zoneId: zone.id, authorId: author.id, status: "SUBMITTED" });
    await decide(rejected.id, editor.id, {
      kind: "reject",
      version: rejected.version,
      reason: "duplicate",
      note: "We ran the same piece last week.",
    });
    const scheduled = await createArticle({ zoneId: zone.id, authorId: author.id, status: "SUBMITTED" });
    const publishAt = new Date(Math.ceil((Date.now() + 3_600_000) / 60_000) * 60_000);
    await decide(scheduled.id, editor.id, { kind: "schedule", version: scheduled.version, publishAt });
    const live = await createArticle({ zoneId: zone.id, authorId: author.id, status: "PUBLISHED" });
    await decide(live.id, editor.id, { kind: "unpublish", version: live.version, note: "Out of date." });

    const articles = (await listMyArticles(author.id))!.flatMap((group) => group.articles);
    const byId = (id: number) => articles.find((article) => article.id === id)!;
    expect(byId(rejected.id)).toMatchObject({
      status: "REJECTED",
      feedback: "We ran the same piece last week.",
      feedbackReason: "Duplicates an existing article",
    });
    expect(byId(scheduled.id)).toMatchObject({
      status: "SUBMITTED",
      scheduledFor: publishAt,
      feedback: null,
    });
    expect(byId(live.id)).toMatchObject({
      status: "ARCHIVED",
      feedback: "Out of date.",
      feedbackReason: null,
    });
  });
});

describe("published article management", () => {
  it("searches published or unpublished titles, any case, with % and _ taken literally", async () => {
    const zone = await createZone();
    const marker = `Zq${Date.now().toString(36)}`;
    const published = await createArticle({
      zoneId: zone.id,
      status: "PUBLISHED",
      title: `${marker} 100% uptime`,
    });
    await createArticle({ zoneId: zone.id, status: "PUBLISHED", title: `${marker} 100 ways` });
    const archived = await createArticle({ zoneId: zone.id, status: "ARCHIVED", title: `${marker} retired` });
    await createArticle({ zoneId: zone.id, status: "SUBMITTED", title: `${marker} pending` });

    const all = await listManagedArticles("PUBLISHED", marker.toLowerCase(), 1);
    expect(all.total).toBe(2);
    const percent = await listManagedArticles("PUBLISHED", `${marker} 100%`, 1);
    expect(percent.articles.map((a) => a.id)).toEqual([published.id]);
    const gone = await listManagedArticles("ARCHIVED", marker, 1);
    expect(gone).toMatchObject({
      total: 1,
      page: 1,
      pages: 1,
      articles: [{ id: archived.id, status: "ARCHIVED" }],
    });
  });

  it("knows unpublished slugs without a query per call, and picks up other instances' changes", async () => {
    const zone = await createZone();
    const article = await createArticle({ zoneId: zone.id, status: "ARCHIVED" });
    // The first call of this process loads the set.
    expect(await isGoneArticle(article.slug)).toBe(true);
    // Re-published by "another instance" (straight in the database): seen after the refresh.
    await db.article.update({ where: { id: article.id }, data: { status: "PUBLISHED" } });
    expect(await isGoneArticle(article.slug)).toBe(true);
    const realNow = Date.now;
    try {
      Date.now = () => realNow() + GONE_REFRESH_MS + 1_000;
      await isGoneArticle(article.slug); // starts the background refresh
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await isGoneArticle(article.slug)).toBe(false);
    } finally {
      Date.now = realNow;
    }
  });
});
