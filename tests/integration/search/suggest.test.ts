import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as suggestRoute } from "@/app/api/search/suggest/route";
import { PUBLIC_LIMITS } from "@/lib/api/public/rate-limit";
import { limiter } from "@/lib/rate-limit/store";
import { suggestResponseSchema } from "@/lib/search/suggestions";
import { createArticle } from "@/tests/factories/articles";
import { createEvent, createVideo } from "@/tests/factories/events-videos";
import { createResource } from "@/tests/factories/resources";
import { freshIp } from "../api/public-helpers";
import { fromIp, nonceWord } from "./helpers";

// The header box's suggestions through the real route handler. Next's cache functions are
// no-ops outside Next.
vi.mock("next/cache", () => ({ cacheLife: () => {}, cacheTag: () => {} }));

const word = nonceWord();
const HOUR = 3_600_000;

async function suggest(q: string, ip?: string) {
  const response = await suggestRoute(
    fromIp(`http://localhost/api/search/suggest?q=${encodeURIComponent(q)}`, ip),
  );
  expect(response.status).toBe(200);
  return suggestResponseSchema.parse(await response.json()).suggestions;
}

beforeAll(async () => {
  for (let i = 0; i < 10; i++) {
    await createArticle({
      status: "PUBLISHED",
      publishedAt: new Date(Date.now() - i * HOUR),
      title: `${word}ize for teams, part ${i}`,
    });
  }
  await createArticle({ status: "DRAFT", title: `${word}ize draft` });
  await createResource({ kind: "REFCARD", title: `Getting started with ${word}ize` });
  await createResource({ kind: "REFCARD", title: `${word}ize unreleased`, publishedAt: null });
  await createEvent({ title: `${word}ize meetup` });
  await createVideo({ title: `${word}ize premiere`, publishedAt: new Date(Date.now() + HOUR) });
});

describe("GET /api/search/suggest", () => {
  it("suggests at most 8 published titles with a word starting with what was typed", async () => {
    // A prefix that is no English stem of the word: suggestions match words as typed.
    const suggestions = await suggest(`${word}iz`);
    expect(suggestions).toHaveLength(8);
    expect(
      suggestions
        .slice(0, 2)
        .map((s) => s.type)
        .sort(),
    ).toEqual(["events", "refcards"]);
    expect(suggestions.slice(2).every((s) => s.type === "articles")).toBe(true);
    expect(suggestions[2]?.title).toBe(`${word}ize for teams, part 0`);
    for (const s of suggestions) {
      expect(s.title.toLowerCase()).toContain(`${word}ize`);
      expect(s.href).toMatch(/^\/(articles|refcards|events)\/[^/]+$/);
      expect(s.title).not.toMatch(/draft|unreleased|premiere/);
    }
  });

  it("needs every typed word, the last one as a prefix, in any case", async () => {
    expect((await suggest(`TEAMS ${word.toUpperCase()}IZ part 3`)).map((s) => s.title)).toEqual([
      `${word}ize for teams, part 3`,
    ]);
  });

  it("suggests nothing for one letter or a word nobody used", async () => {
    expect(await suggest("q")).toEqual([]);
    expect(await suggest(nonceWord())).toEqual([]);
  });

  it(`limits each address to ${PUBLIC_LIMITS.suggest.points} a minute, with RateLimit headers`, async () => {
    const ip = freshIp();
    const first = await suggestRoute(fromIp(`http://localhost/api/search/suggest?q=${word}`, ip));
    expect(first.headers.get("ratelimit-policy")).toBe(`${PUBLIC_LIMITS.suggest.points};w=60`);
    expect(first.headers.get("ratelimit")).toMatch(
      new RegExp(
        `^limit=${PUBLIC_LIMITS.suggest.points}, remaining=${PUBLIC_LIMITS.suggest.points - 1}, reset=\\d+$`,
      ),
    );
    await (await limiter(PUBLIC_LIMITS.suggest)).penalty(ip, PUBLIC_LIMITS.suggest.points);
    const throttled = await suggestRoute(fromIp(`http://localhost/api/search/suggest?q=${word}`, ip));
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get("content-type")).toBe("application/problem+json");
    expect(Number(throttled.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(((await throttled.json()) as { code: string }).code).toBe("throttled");
    // Another address is not affected.
    expect(await suggest(`${word}iz`)).toHaveLength(8);
  });
});
