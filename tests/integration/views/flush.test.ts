import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { writeViewCounts } from "@/lib/db/views";
import { ViewBuffer } from "@/lib/views/buffer";
import { createViewFlusher, type ViewWriter } from "@/lib/views/flush";
import { createArticle } from "../../factories/articles";
import { createZone } from "../../factories/zones";

// Buffered views reach the database exactly: N views recorded → N counted, in viewCount and
// in the right UTC day's ArticleDailyView row, however recording and flushing interleave.

async function viewCounts(ids: number[]): Promise<Map<number, number>> {
  const rows = await db.article.findMany({
    where: { id: { in: ids } },
    select: { id: true, viewCount: true },
  });
  return new Map(rows.map((r) => [r.id, r.viewCount]));
}

/** `articleId → { "YYYY-MM-DD": count }` for these articles' daily rows. */
async function dailyRows(ids: number[]): Promise<Map<number, Record<string, number>>> {
  const rows = await db.articleDailyView.findMany({ where: { articleId: { in: ids } } });
  const byArticle = new Map<number, Record<string, number>>();
  for (const row of rows) {
    const days = byArticle.get(row.articleId) ?? {};
    days[row.day.toISOString().slice(0, 10)] = row.count;
    byArticle.set(row.articleId, days);
  }
  return byArticle;
}

const yieldToIo = () => new Promise<void>((resolve) => setImmediate(resolve));

describe("view flush", () => {
  let zoneId: number;
  beforeAll(async () => {
    zoneId = (await createZone()).id;
  });

  it("counts 1,000 views across 7 articles exactly, including views recorded during flushes", async () => {
    const articles = await Promise.all(
      Array.from({ length: 7 }, () => createArticle({ zoneId, status: "PUBLISHED" })),
    );
    const ids = articles.map((a) => a.id);
    const day = new Date(Date.UTC(2031, 4, 6, 15, 30));
    const buffer = new ViewBuffer();
    const expected = new Map(ids.map((id) => [id, 0]));
    const record = (i: number) => {
      const id = ids[(i * 5) % ids.length] as number;
      buffer.record(id, day);
      expected.set(id, (expected.get(id) ?? 0) + 1);
    };

    // 300 views before any flush; the other 700 arrive while flushes are writing: the writer
    // records views between starting its database write and awaiting it, as concurrent
    // requests would.
    for (let i = 0; i < 300; i++) record(i);
    let recorded = 300;
    let writes = 0;
    const flusher = createViewFlusher(buffer, async (batch) => {
      writes += 1;
      const writing = writeViewCounts(batch);
      for (let n = 0; n < 100 && recorded < 1000; n++) {
        record(recorded++);
        if (n % 10 === 0) await yieldToIo();
      }
      await writing;
    });

    // Three flushes asked for at once run one after another, never on the same views.
    await Promise.all([flusher.flush(), flusher.flush(), flusher.flush()]);
    for (let guard = 0; recorded < 1000 && guard < 20; guard++) await flusher.flush();
    expect(recorded).toBe(1000);
    expect(buffer.pendingViews).toBeGreaterThan(0); // views landed during the last write…
    await flusher.flush(); // …and the final flush picks them up
    expect(buffer.pendingViews).toBe(0);
    expect(writes).toBeGreaterThanOrEqual(8);

    const counts = await viewCounts(ids);
    const daily = await dailyRows(ids);
    let total = 0;
    for (const id of ids) {
      expect(counts.get(id)).toBe(expected.get(id));
      expect(daily.get(id)).toEqual({ "2031-05-06": expected.get(id) });
      total += counts.get(id) ?? 0;
    }
    expect(total).toBe(1000);

    // Nothing left: a second flush writes nothing and changes nothing.
    expect(await flusher.flush()).toEqual({ status: "empty" });
    expect(await viewCounts(ids)).toEqual(counts);
  });

  it("does not count views of drafts, archived articles or unknown ids", async () => {
    const published = await createArticle({ zoneId, status: "PUBLISHED" });
    const draft = await createArticle({ zoneId, status: "DRAFT" });
    const archived = await createArticle({ zoneId, status: "ARCHIVED", publishedAt: new Date() });
    const buffer = new ViewBuffer();
    for (const id of [published.id, draft.id, archived.id, 2_000_000_000]) {
      for (let i = 0; i < 3; i++) buffer.record(id);
    }
    const outcome = await createViewFlusher(buffer, writeViewCounts).flush();
    expect(outcome).toMatchObject({ status: "written", views: 12 });

    const counts = await viewCounts([published.id, draft.id, archived.id]);
    expect(counts.get(published.id)).toBe(3);
    expect(counts.get(draft.id)).toBe(0);
    expect(counts.get(archived.id)).toBe(0);
    const daily = await dailyRows([published.id, draft.id, archived.id]);
    expect([...daily.keys()]).toEqual([published.id]);
  });

  it("keeps the views of a failed flush and writes them, once, on the next flush", async () => {
    const article = await createArticle({ zoneId, status: "PUBLISHED" });
    const buffer = new ViewBuffer();
    for (let i = 0; i < 40; i++) buffer.record(article.id);

    let calls = 0;
    const flakyWrite: ViewWriter = async (batch) => {
      calls += 1;
      if (calls === 1) throw new Error("connection refused (simulated outage)");
      await writeViewCounts(batch);
    };
    const flusher = createViewFlusher(buffer, flakyWrite);

    const failed = await flusher.flush();
    expect(failed).toMatchObject({ status: "failed", views: 40 });
    expect((await viewCounts([article.id])).get(article.id)).toBe(0);
    expect(buffer.pendingViews).toBe(40);

    for (let i = 0; i < 2; i++) buffer.record(article.id); // readers keep reading meanwhile
    expect(await flusher.flush()).toMatchObject({ status: "written", views: 42 });
    expect(await flusher.flush()).toEqual({ status: "empty" });
    expect((await viewCounts([article.id])).get(article.id)).toBe(42);
  });

  it("puts views on the UTC day they happened, across UTC midnight", async () => {
    const article = await createArticle({ zoneId, status: "PUBLISHED" });
    const buffer = new ViewBuffer();
    // 23:59 UTC is 20:59 in São Paulo (the tests' time zone) and 00:01 UTC is still the
    // previous local evening: a local-date bug would put all of these on one day.
    const beforeMidnight = new Date(Date.UTC(2031, 11, 31, 23, 59, 59, 999));
    const afterMidnight = new Date(Date.UTC(2032, 0, 1, 0, 0, 1));
    for (let i = 0; i < 5; i++) buffer.record(article.id, beforeMidnight);
    for (let i = 0; i < 2; i++) buffer.record(article.id, afterMidnight);

    // Flushed after midnight, the evening's views still belong to Dec 31.
    await createViewFlusher(buffer, writeViewCounts).flush();
    buffer.record(article.id, afterMidnight);
    await createViewFlusher(buffer, writeViewCounts).flush();

    expect((await dailyRows([article.id])).get(article.id)).toEqual({ "2031-12-31": 5, "2032-01-01": 3 });
    expect((await viewCounts([article.id])).get(article.id)).toBe(8);
  });

  it("adds up two instances flushing overlapping batches at the same time", async () => {
    const articles = await Promise.all(
      Array.from({ length: 20 }, () => createArticle({ zoneId, status: "PUBLISHED" })),
    );
    const ids = articles.map((a) => a.id);
    const instances = [new ViewBuffer(), new ViewBuffer()];
    // Opposite orders maximise the chance of a lock-order deadlock if the write had one.
    ids.forEach((id, i) => instances[0]?.record(id, new Date(), i + 1));
    [...ids].reverse().forEach((id, i) => instances[1]?.record(id, new Date(), 100 + i));
    const expectedTotal = ids.reduce((sum, _id, i) => sum + (i + 1) + (100 + (ids.length - 1 - i)), 0);

    const outcomes = await Promise.all(instances.map((b) => createViewFlusher(b, writeViewCounts).flush()));
    expect(outcomes.map((o) => o.status)).toEqual(["written", "written"]);
    const counts = await viewCounts(ids);
    ids.forEach((id, i) => expect(counts.get(id)).toBe(i + 1 + 100 + (ids.length - 1 - i)));
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(expectedTotal);
  });
});
