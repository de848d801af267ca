import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, request as apiRequest, test, type APIRequestContext } from "@playwright/test";
import { DEMO } from "./support/accounts";
import { query } from "./support/database";
import { E2E_STATE, redisKeyPrefix, startInstance, type Instance } from "./support/instances";

// Two `next start` processes from the one e2e build, one database, the machine's Redis
// (REDIS_URL, a key prefix of this run's own): they must behave as one site (docs/scaling.md).
// Redis not answering at 127.0.0.1:6379 fails this spec (the handlers fall back to per-instance
// caches and B serves the stale page).

test.describe.configure({ mode: "serial" });

const basePort = Number(process.env.E2E_PORT ?? 3107);
const VIEWS = 10_000;
const VIEWED_ARTICLES = 5;
const IN_FLIGHT = 64;
const UA =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";

let a: Instance;
let b: Instance;
let zone: { id: number; categoryId: number; slug: string } | undefined;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const { databaseUrl } = JSON.parse(readFileSync(E2E_STATE(String(basePort)), "utf8")) as {
    databaseUrl: string;
  };
  const env = {
    REDIS_URL: process.env.REDIS_URL ?? "redis://127.0.0.1:6379",
    REDIS_KEY_PREFIX: redisKeyPrefix(),
    AUTH_SECRET: randomBytes(32).toString("hex"),
    VIEW_FLUSH_INTERVAL_MS: "1000",
  };
  [zone] = await query<{ id: number; categoryId: number; slug: string }>(
    `SELECT id, "categoryId", slug FROM "Zone" ORDER BY position DESC, id DESC LIMIT 1`,
  );
  // One after the other: two cold starts at once on 2 cores only slow each other down.
  a = await startInstance(basePort + 1, databaseUrl, env);
  // Jobs run once for the site: B serves pages only.
  b = await startInstance(basePort + 2, databaseUrl, { ...env, WORKERS: "off" });
});

test.afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
});

async function signedIn(baseURL: string, email: string, password: string): Promise<APIRequestContext> {
  const context = await apiRequest.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL } });
  const ip = `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
  const response = await context.post("/api/auth/login", {
    data: { email, password },
    headers: { "x-forwarded-for": ip },
  });
  expect(response.status(), `login as ${email} on ${baseURL}`).toBe(200);
  return context;
}

async function insertArticle(
  slug: string,
  title: string,
  status: "PUBLISHED" | "SUBMITTED",
): Promise<number> {
  const [row] = await query<{ id: number }>(
    `INSERT INTO "Article" (slug, title, summary, "bodyHtml", "bodyText", status, "publishedAt", "zoneId", "categoryId", "updatedAt")
     VALUES ($1, $2, 'Two instances, one site.', '<p>Body.</p>', 'Body.', $3::"ArticleStatus", CASE WHEN $3 = 'PUBLISHED' THEN now() END, $4, $5, now())
     RETURNING id`,
    [slug, title, status, zone!.id, zone!.categoryId],
  );
  return row!.id;
}

test("an article published through A shows on B's cached zone page as soon as the publish returns", async () => {
  const slug = `two-instances-${Date.now().toString(36)}`;
  const title = `Publishing across instances ${slug}`;
  const id = await insertArticle(slug, title, "SUBMITTED");
  // B caches the zone page without the article (twice: the second answer is the cached one).
  for (let i = 0; i < 2; i++) {
    const page = await fetch(`${b.url}/zones/${zone!.slug}`);
    expect(page.status).toBe(200);
    expect(await page.text()).not.toContain(title);
  }
  const editor = await signedIn(a.url, DEMO.editor.email, DEMO.editor.password);
  const [{ version }] = (await query<{ version: number }>(`SELECT version FROM "Article" WHERE id = $1`, [
    id,
  ])) as [{ version: number }];
  const published = await editor.post(`/api/editor/articles/${id}/publish`, { data: { version } });
  expect(published.status(), await published.text()).toBe(200);
  const returnedAt = Date.now();
  const onB = await fetch(`${b.url}/zones/${zone!.slug}`);
  const visibleAfterMs = Date.now() - returnedAt;
  expect(await onB.text(), "B's zone page right after A published").toContain(title);
  console.log(
    `[two-instances] published on A, on B's zone page ${visibleAfterMs} ms after the publish returned`,
  );
  await editor.dispose();
});

test("a like on A and a like on B both count, and both instances show 2", async () => {
  const id = await insertArticle(
    `two-likes-${Date.now().toString(36)}`,
    "Liked on two instances",
    "PUBLISHED",
  );
  const member = await signedIn(a.url, DEMO.member.email, DEMO.member.password);
  const editor = await signedIn(b.url, DEMO.editor.email, DEMO.editor.password);
  expect((await member.put(`/api/articles/${id}/like`)).status()).toBe(200);
  expect((await editor.put(`/api/articles/${id}/like`)).status()).toBe(200);
  for (const instance of [a, b]) {
    const state = (await (await fetch(`${instance.url}/api/articles/${id}/like`)).json()) as {
      likeCount: number;
    };
    expect(state.likeCount, `like count on ${instance.url}`).toBe(2);
  }
  await Promise.all([member.dispose(), editor.dispose()]);
});

test("10,000 view pings split across A and B are all stored once both are stopped", async () => {
  test.setTimeout(300_000);
  const ids: number[] = [];
  for (let i = 0; i < VIEWED_ARTICLES; i++) {
    ids.push(
      await insertArticle(
        `two-views-${i}-${Date.now().toString(36)}`,
        `Viewed on two instances ${i}`,
        "PUBLISHED",
      ),
    );
  }
  const sent = new Map<number, number>(ids.map((id) => [id, 0]));
  let next = 0;
  const started = Date.now();
  const pinger = async () => {
    for (let n = next++; n < VIEWS; n = next++) {
      const id = ids[n % ids.length]!;
      const target = n % 2 === 0 ? a : b;
      const response = await fetch(`${target.url}/api/views`, {
        method: "POST",
        headers: {
          "content-type": "text/plain",
          "user-agent": `${UA} visitor/${n}`,
          "x-forwarded-for": `10.${n >> 16}.${(n >> 8) & 255}.${n & 255}`,
        },
        body: JSON.stringify({ articleId: id }),
      });
      expect(response.status).toBe(204);
      sent.set(id, sent.get(id)! + 1);
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, pinger));
  const pingMs = Date.now() - started;
  // SIGTERM both at once: each flushes what it still holds before exiting.
  const codes = await Promise.all([a.stop(), b.stop()]);
  // `next start` ends a SIGTERM with 128 + 15 (observed); anything else is a crash.
  expect(codes).toEqual([143, 143]);
  const stored = await query<{ id: number; views: number; daily: number }>(
    `SELECT a.id, a."viewCount" AS views, COALESCE(SUM(d.count), 0)::int AS daily
       FROM "Article" a LEFT JOIN "ArticleDailyView" d ON d."articleId" = a.id
      WHERE a.id = ANY($1) GROUP BY a.id ORDER BY a.id`,
    [ids],
  );
  expect(stored).toEqual(ids.map((id) => ({ id, views: sent.get(id), daily: sent.get(id) })));
  const total = stored.reduce((sum, row) => sum + row.views, 0);
  expect(total).toBe(VIEWS);
  console.log(
    `[two-instances] ${VIEWS} pings in ${pingMs} ms across 2 instances, ${total} stored after SIGTERM`,
  );
});
