import { rm } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { countDownload } from "@/lib/db/resources";
import { getResourceForEdit, nextRefcardNumber } from "@/lib/db/resource-admin";
import type { ResourceWriteResult } from "@/lib/db/resource-writes";
import { createResourceAsEditor, saveResourceAsEditor } from "@/lib/resources/admin";
import { createResource } from "@/tests/factories/resources";
import { createEditor, resourceFields, uploadedPdf } from "./helpers";

// Creating and saving Refcards and Trend Reports through the service the routes call: real
// rendering, real database, real storage (in a temporary UPLOAD_DIR).
const uploadDir = await vi.hoisted(async () =>
  (await import("./request-scope")).temporaryUploadDir("resource-admin"),
);

afterAll(() => rm(uploadDir, { recursive: true, force: true }));

function saved(result: ResourceWriteResult) {
  if (!result.ok) throw new Error(`expected a save, got ${JSON.stringify(result)}`);
  return result;
}

function fieldErrors(result: ResourceWriteResult): Record<string, string> {
  if (result.ok || result.kind !== "invalid")
    throw new Error(`expected field errors, got ${JSON.stringify(result)}`);
  return result.errors;
}

async function auditOf(resourceId: number) {
  return db.auditLog.findMany({
    where: { targetType: "Resource", targetId: String(resourceId) },
    orderBy: { id: "asc" },
    select: { action: true, actorId: true, details: true },
  });
}

let editorId: number;

beforeAll(async () => {
  editorId = (await createEditor()).id;
});

describe("creating resources", () => {
  it("numbers a new Refcard past the highest number, makes its slug from the title and audits it", async () => {
    const suggested = await nextRefcardNumber();
    const fields = await resourceFields({ title: "Kafka Streams: the Essentials" });
    const result = saved(await createResourceAsEditor(editorId, "REFCARD", fields));

    expect(result.resource.number).toBeGreaterThanOrEqual(suggested);
    expect(result.resource.slug).toBe("kafka-streams-the-essentials");
    expect(result.resource.publishedAt).toBeNull();
    const stored = await db.resource.findUniqueOrThrow({ where: { id: result.resource.id } });
    expect(stored.bodyHtml).toContain("<h2");
    expect(stored.bodyHtml).toContain("<code>code</code>");
    expect(stored.bodyText).toContain("What the card covers");
    expect(await nextRefcardNumber()).toBeGreaterThan(result.resource.number ?? 0);
    expect(await auditOf(result.resource.id)).toEqual([
      {
        action: "resource.create",
        actorId: editorId,
        details: {
          kind: "REFCARD",
          number: result.resource.number,
          slug: "kafka-streams-the-essentials",
          title: "Kafka Streams: the Essentials",
          published: false,
        },
      },
    ]);
    // Trend Reports are never numbered.
    const report = saved(
      await createResourceAsEditor(editorId, "TREND_REPORT", await resourceFields({ number: 5 })),
    );
    expect(report.resource.number).toBeNull();
  });

  it("keeps a number the editor typed, and names the conflict when it is taken", async () => {
    const free = (await nextRefcardNumber()) + 1000;
    const first = saved(
      await createResourceAsEditor(editorId, "REFCARD", await resourceFields({ number: free })),
    );
    expect(first.resource.number).toBe(free);

    const before = await db.resource.count();
    const errors = fieldErrors(
      await createResourceAsEditor(editorId, "REFCARD", await resourceFields({ number: free })),
    );
    expect(errors.number).toContain(`Refcard #${free} is “${first.resource.title}”`);
    expect(errors.number).toMatch(/leave it blank for the next free one \(#\d+\)/);
    expect(await db.resource.count()).toBe(before);
  });

  it("gives two Refcards created at the same moment different numbers", async () => {
    const [a, b, c] = await Promise.all([
      createResourceAsEditor(editorId, "REFCARD", await resourceFields()),
      createResourceAsEditor(editorId, "REFCARD", await resourceFields()),
      createResourceAsEditor(editorId, "REFCARD", await resourceFields()),
    ]);
    const numbers = [a, b, c].map((result) => saved(result!).resource.number);
    expect(new Set(numbers).size).toBe(3);
    for (const number of numbers) expect(number).toEqual(expect.any(Number));
  });

  it("refuses a slug in use and names each missing piece by its field", async () => {
    const existing = await createResource({ kind: "TREND_REPORT" });
    const errors = fieldErrors(
      await createResourceAsEditor(
        editorId,
        "REFCARD",
        await resourceFields({
          slug: existing.slug,
          authorIds: [999_999_999],
          zoneIds: [999_999_998],
          published: true,
        }),
      ),
    );
    expect(errors).toEqual({
      slug: `“${existing.title}” already uses this slug; choose another.`,
      authorIds: expect.stringMatching(/no longer an active member/),
      zoneIds: expect.stringMatching(/no longer exists/),
      pdfKey: "Upload the PDF before publishing: members download it from the page.",
    });
    // A title with nothing to make a slug from.
    const untitled = fieldErrors(
      await createResourceAsEditor(editorId, "REFCARD", await resourceFields({ title: "!!!" })),
    );
    expect(untitled.slug).toMatch(/Give a slug/);
  });

  it("publishes with a PDF that was uploaded, and gives its file to the resource", async () => {
    const pdf = await uploadedPdf(editorId);
    const result = saved(
      await createResourceAsEditor(
        editorId,
        "REFCARD",
        await resourceFields({ pdfKey: pdf.key, published: true }),
      ),
    );
    expect(result.resource.publishedAt).toBeInstanceOf(Date);
    expect(result.resource.file).toEqual({ key: pdf.key, size: pdf.bytes.byteLength });
    // Deleting the editor's account must not take the Refcard's PDF with it.
    expect(await db.upload.findUnique({ where: { key: pdf.key }, select: { ownerId: true } })).toEqual({
      ownerId: null,
    });

    // A key that was never uploaded, a key that is not a PDF's, one another resource has.
    for (const pdfKey of ["resources/0123456789abcdef0123456789abcdef.pdf", "covers/x.webp", pdf.key]) {
      const errors = fieldErrors(
        await createResourceAsEditor(editorId, "REFCARD", await resourceFields({ pdfKey })),
      );
      expect(errors.pdfKey, pdfKey).toMatch(
        pdfKey === pdf.key ? /belongs to “Test Refcard/ : /Upload the PDF again/,
      );
    }
  });
});

describe("saving resources", () => {
  it("saves over the version it loaded; a stale save is a conflict and overwrites nothing", async () => {
    const created = saved(await createResourceAsEditor(editorId, "REFCARD", await resourceFields()));
    const loadedAt = created.resource.updatedAt;
    const fields = await resourceFields({
      authorIds: created.resource.authors.map((a) => a.id),
      zoneIds: created.resource.zoneIds,
    });

    const first = saved(
      await saveResourceAsEditor(
        editorId,
        created.resource.id,
        { ...fields, title: "First editor's title" },
        loadedAt,
      ),
    );
    expect(first.resource.title).toBe("First editor's title");
    expect(first.resource.updatedAt.getTime()).toBeGreaterThan(loadedAt.getTime());

    const second = await saveResourceAsEditor(
      editorId,
      created.resource.id,
      { ...fields, title: "Second editor's title" },
      loadedAt,
    );
    expect(second).toMatchObject({ ok: false, kind: "conflict", current: { title: "First editor's title" } });
    expect((await getResourceForEdit(created.resource.id))?.title).toBe("First editor's title");

    // Two saves of the same version at once: exactly one wins.
    const version = first.resource.updatedAt;
    const race = await Promise.all([
      saveResourceAsEditor(editorId, created.resource.id, { ...fields, title: "Racer A" }, version),
      saveResourceAsEditor(editorId, created.resource.id, { ...fields, title: "Racer B" }, version),
    ]);
    expect(race.filter((r) => r.ok)).toHaveLength(1);
    expect(race.filter((r) => !r.ok && r.kind === "conflict")).toHaveLength(1);

    expect(await saveResourceAsEditor(editorId, 2_000_000_000, fields, version)).toEqual({
      ok: false,
      kind: "not-found",
    });
  });

  it("publishes, renames (the old address redirects), unpublishes, and audits each with what changed", async () => {
    const pdf = await uploadedPdf(editorId);
    const fields = await resourceFields({ pdfKey: pdf.key });
    const created = saved(await createResourceAsEditor(editorId, "TREND_REPORT", fields));
    const oldSlug = created.resource.slug;

    const published = saved(
      await saveResourceAsEditor(
        editorId,
        created.resource.id,
        { ...fields, published: true },
        created.resource.updatedAt,
      ),
    );
    const publishedAt = published.resource.publishedAt;
    expect(publishedAt).toBeInstanceOf(Date);

    const renamed = saved(
      await saveResourceAsEditor(
        editorId,
        created.resource.id,
        { ...fields, published: true, slug: `${oldSlug}-renamed`, summary: "New summary." },
        published.resource.updatedAt,
      ),
    );
    expect(renamed.resource.publishedAt).toEqual(publishedAt); // publishing again keeps the date
    expect(renamed.slugs).toEqual([oldSlug, `${oldSlug}-renamed`]);
    expect(await db.redirect.findUnique({ where: { fromPath: `/trend-reports/${oldSlug}` } })).toMatchObject({
      toPath: `/trend-reports/${oldSlug}-renamed`,
    });

    // Taking the old slug back removes the redirect away from it and points the other one home.
    const back = saved(
      await saveResourceAsEditor(
        editorId,
        created.resource.id,
        { ...fields, published: false, slug: oldSlug },
        renamed.resource.updatedAt,
      ),
    );
    expect(back.resource.publishedAt).toBeNull();
    expect(await db.redirect.findUnique({ where: { fromPath: `/trend-reports/${oldSlug}` } })).toBeNull();
    expect(
      await db.redirect.findUnique({ where: { fromPath: `/trend-reports/${oldSlug}-renamed` } }),
    ).toMatchObject({
      toPath: `/trend-reports/${oldSlug}`,
    });

    const audit = await auditOf(created.resource.id);
    expect(audit.map((entry) => entry.action)).toEqual([
      "resource.create",
      "resource.publish",
      "resource.update",
      "resource.unpublish",
    ]);
    expect(audit[2]?.details).toEqual({
      changes: {
        slug: { from: oldSlug, to: `${oldSlug}-renamed` },
        summary: { from: "A compact reference for tests.", to: "New summary." },
      },
    });

    // Saving what is stored changes and logs nothing.
    const unchanged = saved(
      await saveResourceAsEditor(
        editorId,
        created.resource.id,
        { ...fields, slug: oldSlug },
        back.resource.updatedAt,
      ),
    );
    expect(unchanged.slugs).toEqual([]);
    expect(await auditOf(created.resource.id)).toHaveLength(4);
  });

  it("replaces the PDF, forgetting the old file, and refuses a slug that still redirects elsewhere", async () => {
    const first = await uploadedPdf(editorId);
    const fields = await resourceFields({ pdfKey: first.key, published: true });
    const created = saved(await createResourceAsEditor(editorId, "REFCARD", fields));
    const second = await uploadedPdf(editorId, "Second edition");
    const replaced = saved(
      await saveResourceAsEditor(
        editorId,
        created.resource.id,
        { ...fields, pdfKey: second.key },
        created.resource.updatedAt,
      ),
    );
    expect(replaced.resource.file).toEqual({ key: second.key, size: second.bytes.byteLength });
    expect(replaced.orphanedKeys).toEqual([first.key]);
    expect(await db.upload.findUnique({ where: { key: first.key } })).toBeNull();

    // Another published resource's old address.
    const other = saved(
      await createResourceAsEditor(
        editorId,
        "REFCARD",
        await resourceFields({ pdfKey: (await uploadedPdf(editorId)).key, published: true }),
      ),
    );
    const otherFields = await resourceFields({
      pdfKey: other.resource.file?.key ?? null,
      published: true,
      authorIds: other.resource.authors.map((a) => a.id),
      zoneIds: other.resource.zoneIds,
    });
    saved(
      await saveResourceAsEditor(
        editorId,
        other.resource.id,
        { ...otherFields, slug: `${other.resource.slug}-v2` },
        other.resource.updatedAt,
      ),
    );
    const errors = fieldErrors(
      await saveResourceAsEditor(
        editorId,
        created.resource.id,
        { ...fields, pdfKey: second.key, slug: other.resource.slug },
        replaced.resource.updatedAt,
      ),
    );
    expect(errors.slug).toMatch(/still leads readers to another page/);
  });

  it("counts downloads without moving updatedAt, so an editor's open form stays current", async () => {
    const pdf = await uploadedPdf(editorId);
    const created = saved(
      await createResourceAsEditor(
        editorId,
        "REFCARD",
        await resourceFields({ pdfKey: pdf.key, published: true }),
      ),
    );
    await Promise.all([countDownload(created.resource.id), countDownload(created.resource.id)]);
    const after = await getResourceForEdit(created.resource.id);
    expect(after?.downloadCount).toBe(2);
    expect(after?.updatedAt).toEqual(created.resource.updatedAt);

    const draft = await createResource({ publishedAt: null, fileUrl: pdf.key });
    expect(await countDownload(draft.id)).toBe(false);
    expect((await getResourceForEdit(draft.id))?.downloadCount).toBe(0);
  });
});
