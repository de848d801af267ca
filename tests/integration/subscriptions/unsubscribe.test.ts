import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as unsubscribeGet, POST as unsubscribePost } from "@/app/api/unsubscribe/route";
import { db } from "@/lib/db/client";
import { getUnsubscribe } from "@/lib/db/unsubscribe";
import { hashToken, issueToken } from "@/lib/subscriptions/tokens";
import { createZone } from "@/tests/factories/zones";
import { address, subscribe } from "./fixtures";

// Unsubscribing by token through the real route handler: one-click posts from mail providers,
// the page's own form, and every way a wrong, reused or foreign token must change nothing else.

const ORIGIN = "http://localhost:3000";

/** A subscription with a token we know (digests issue it the same way). */
async function withToken(...args: Parameters<typeof subscribe>) {
  const row = await subscribe(...args);
  const { token, hash } = issueToken();
  await db.subscription.update({ where: { id: row.id }, data: { unsubscribeTokenHash: hash } });
  return { id: row.id, token };
}

function oneClick(
  token: string,
  scope?: string,
  body: BodyInit = "List-Unsubscribe=One-Click",
  type?: string,
) {
  const query = new URLSearchParams({ token, ...(scope ? { scope } : {}) });
  return unsubscribePost(
    new NextRequest(`${ORIGIN}/api/unsubscribe?${query}`, {
      method: "POST",
      // Mail providers post from their own servers: a foreign origin, or none.
      headers: { Origin: "https://mail.example", ...(type ? { "Content-Type": type } : {}) },
      body,
    }),
  );
}

function pageForm(fields: Record<string, string>) {
  return unsubscribePost(
    new NextRequest(`${ORIGIN}/api/unsubscribe`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: ORIGIN },
      body: new URLSearchParams({ source: "page", ...fields }).toString(),
    }),
  );
}

const exists = async (id: number) => (await db.subscription.count({ where: { id } })) === 1;

let zones: number[];
beforeAll(async () => {
  zones = await Promise.all([createZone(), createZone(), createZone()]).then((z) => z.map((zone) => zone.id));
});

describe("POST /api/unsubscribe", () => {
  it("unsubscribes on a one-click post without login or same-origin, urlencoded or multipart", async () => {
    const email = address();
    const a = await withToken(email, "ZONE", zones[0]!);
    const b = await withToken(email, "ZONE", zones[1]!);

    const urlencoded = await oneClick(
      a.token,
      undefined,
      "List-Unsubscribe=One-Click",
      "application/x-www-form-urlencoded",
    );
    expect(urlencoded.status).toBe(200);
    expect(await urlencoded.json()).toEqual({ removed: 1 });
    const form = new FormData();
    form.set("List-Unsubscribe", "One-Click");
    const multipart = await oneClick(b.token, undefined, form);
    expect(multipart.status).toBe(200);
    expect([await exists(a.id), await exists(b.id)]).toEqual([false, false]);
  });

  it("removes nothing for a wrong, malformed or reused token, and never another subscription", async () => {
    const email = address("owner");
    const other = address("other");
    const mine = await withToken(email, "ZONE", zones[0]!);
    const sibling = await withToken(email, "ZONE", zones[1]!);
    const stranger = await withToken(other, "ZONE", zones[0]!);

    for (const token of [issueToken().token, "short", `${mine.token.slice(0, -1)}x`, hashToken(mine.token)]) {
      const response = await oneClick(token);
      expect(response.status).toBe(404);
    }
    expect(await oneClick(mine.token)).toHaveProperty("status", 200);
    // Used once: it names nothing any more, for any scope.
    for (const scope of ["one", "digest", "all"])
      expect((await oneClick(mine.token, scope)).status).toBe(404);
    expect([await exists(mine.id), await exists(sibling.id), await exists(stranger.id)]).toEqual([
      false,
      true,
      true,
    ]);
    expect(await getUnsubscribe(mine.token)).toBeNull();
  });

  it("with scope digest or all, removes only the token's own address's subscriptions", async () => {
    const email = address("scoped");
    const other = address("neighbour");
    const daily = await withToken(email, "ZONE", zones[0]!, { frequency: "DAILY" });
    const dailyToo = await withToken(email, "ZONE", zones[1]!, { frequency: "DAILY" });
    const weekly = await withToken(email, "ZONE", zones[2]!, { frequency: "WEEKLY" });
    const neighbour = await withToken(other, "ZONE", zones[0]!, { frequency: "DAILY" });

    expect(await getUnsubscribe(daily.token)).toMatchObject({ email, counts: { one: 1, digest: 2, all: 3 } });
    expect(await (await oneClick(daily.token, "digest")).json()).toEqual({ removed: 2 });
    expect([await exists(dailyToo.id), await exists(weekly.id), await exists(neighbour.id)]).toEqual([
      false,
      true,
      true,
    ]);
    expect(await (await oneClick(weekly.token, "all")).json()).toEqual({ removed: 1 });
    expect(await exists(neighbour.id)).toBe(true);
  });

  it("answers the page's form with a page, and refuses an unknown scope", async () => {
    const email = address("form");
    const a = await withToken(email, "ZONE", zones[0]!);
    await withToken(email, "ZONE", zones[1]!);
    const done = await pageForm({ token: a.token, scope: "all" });
    expect(done.status).toBe(303);
    expect(done.headers.get("location")).toBe(`${ORIGIN}/unsubscribe?status=done&count=2`);
    const again = await pageForm({ token: a.token, scope: "one" });
    expect(again.headers.get("location")).toBe(`${ORIGIN}/unsubscribe?status=invalid`);

    const b = await withToken(address(), "ZONE", zones[0]!);
    expect((await oneClick(b.token, "everything")).status).toBe(422);
    expect(await exists(b.id)).toBe(true);
  });
});

describe("GET /api/unsubscribe", () => {
  it("changes nothing and sends the browser to the page that asks", async () => {
    const a = await withToken(address(), "ZONE", zones[0]!);
    const response = unsubscribeGet(
      new NextRequest(`${ORIGIN}/api/unsubscribe?token=${a.token}&scope=digest`),
    );
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`${ORIGIN}/unsubscribe?token=${a.token}&scope=digest`);
    expect(await exists(a.id)).toBe(true);
  });
});
