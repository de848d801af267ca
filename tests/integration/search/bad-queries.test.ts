import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as suggestRoute } from "@/app/api/search/suggest/route";
import { db } from "@/lib/db/client";
import { parseSearchRequest } from "@/lib/search/request";
import { MAX_QUERY_LENGTH } from "@/lib/search/query";
import { runSearch } from "@/lib/search/run-search";
import { suggestResponseSchema } from "@/lib/search/suggestions";
import { createArticle } from "@/tests/factories/articles";
import { fromIp, nonceWord } from "./helpers";

// Whatever lands in ?q= — pasted logs, SQL, emoji, half-typed syntax — a search answers with
// results or a message, never an error. Next's cache functions are no-ops outside Next.
vi.mock("next/cache", () => ({ cacheLife: () => {}, cacheTag: () => {} }));

const word = nonceWord();

beforeAll(async () => {
  await createArticle({
    status: "PUBLISHED",
    title: `Naïve café ${word} in 日本語 🚀`,
    bodyMarkdown: "Ünïcödé everywhere.",
  });
});

const search = (q: string) => runSearch(parseSearchRequest(new URLSearchParams({ q })));

describe("queries that cannot be searched get a message", () => {
  it.each(["!!!", "...?", "***", "&&& |||", "( ) < > :", "—", "the and of", "   "])("%j", async (q) => {
    const { outcome } = await search(q);
    expect(
      outcome.kind === "no-query" || (outcome.kind === "unsearchable" && outcome.reason === "no-words"),
    ).toBe(true);
  });

  it("says so when every word is excluded", async () => {
    expect((await search("-java -kotlin")).outcome).toEqual({
      kind: "unsearchable",
      reason: "only-excluded",
    });
  });
});

describe("odd queries still search", () => {
  it.each([
    `'; DROP TABLE "Article"; --`,
    `${word}' OR '1'='1`,
    "SELECT * FROM users WHERE id = 1",
    '"unterminated phrase',
    "or or or kubernetes",
    "- - - kafka",
    "kafka:* & !pulsar | (streams",
    "\\x00\\u0000 %s %n {{7*7}} ${7*7}",
    "<script>alert(1)</script>",
    "e\u0301clair \u0000 \u202e",
  ])("%j", async (q) => {
    const answer = await search(q);
    expect(["results", "unsearchable"]).toContain(answer.outcome.kind);
  });

  it("finds Unicode words, written composed or decomposed", async () => {
    for (const q of [`café ${word}`, `cafe\u0301 ${word}`, `日本語 ${word}`, `naïve ${word} 🚀`]) {
      const { outcome } = await search(q);
      expect(outcome.kind === "results" && outcome.counts.articles, q).toBe(1);
    }
  });

  it("cuts 10 KB of text to the limit and says so", async () => {
    const request = parseSearchRequest(new URLSearchParams({ q: `${word} ${"lorem ipsum ".repeat(900)}` }));
    expect(request.truncated).toBe(true);
    expect(request.q.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(request.q.startsWith(word)).toBe(true);
    expect((await runSearch(request)).outcome.kind).toBe("results");
  });

  it("leaves the tables alone", async () => {
    await search(`x'; DELETE FROM "Article"; --`);
    expect(await db.article.count()).toBeGreaterThan(0);
  });
});

describe("malformed filters fall back to their defaults", () => {
  it("ignores an unknown type, a malformed zone and a junk page number", () => {
    const request = parseSearchRequest(
      new URLSearchParams({ q: "kafka", type: "spreadsheets", zone: "../../etc", page: "-3" }),
    );
    expect(request).toMatchObject({ q: "kafka", type: null, zone: null, page: 1 });
  });

  it("searches every zone when the zone does not exist, and says so", async () => {
    const answer = await runSearch(
      parseSearchRequest(new URLSearchParams({ q: word, zone: "no-such-zone" })),
    );
    expect(answer.unknownZone).toBe(true);
    expect(answer.outcome.kind === "results" && answer.outcome.counts.articles).toBe(1);
  });
});

describe("suggestions never fail either", () => {
  it.each([
    "",
    "a",
    "!!!",
    `'; DROP TABLE "Article"; --`,
    "x".repeat(10_000),
    "日本",
    "kafka:* & !",
    "\u0000\u0001",
  ])("%j", async (q) => {
    const response = await suggestRoute(
      fromIp(`http://localhost/api/search/suggest?q=${encodeURIComponent(q)}`),
    );
    expect(response.status).toBe(200);
    expect(suggestResponseSchema.parse(await response.json()).suggestions.length).toBeLessThanOrEqual(8);
  });
});
