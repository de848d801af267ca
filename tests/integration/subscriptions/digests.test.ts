import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

await vi.hoisted(async () => {
  const { useOwnDatabase } = await import("@/tests/integration/email/own-database");
  await useOwnDatabase();
});

import { NextRequest } from "next/server";
import { POST as unsubscribeRoute } from "@/app/api/unsubscribe/route";
import { db } from "@/lib/db/client";
import { getUnsubscribe } from "@/lib/db/unsubscribe";
import { runDigest } from "@/lib/digest/run";
import { DIGEST_MAX_ARTICLES } from "@/lib/subscriptions/policy";
import { createArticle } from "@/tests/factories/articles";
import { createUser } from "@/tests/factories/users";
import { createCategory, createZone } from "@/tests/factories/zones";
import { address, MINUTE, publish, subscribe } from "./fixtures";
import {
  linksIn,
  recipientOf,
  listUnsubscribeUrl,
  startLoopbackSmtp,
  type LoopbackSmtp,
  type ReceivedEmail,
} from "./smtp";

// Digests end to end below the HTTP layer: subscriptions and articles in the database, the real
// digest run writing the outbox, the real delivery sending it over SMTP to a server on loopback,
// and the received messages checked the way a reader (and their mail client) would see them.

let smtp: LoopbackSmtp;
beforeAll(async () => {
  smtp = await startLoopbackSmtp();
});
afterAll(async () => {
  await smtp.close();
});
beforeEach(async () => {
  smtp.received.length = 0;
  // Each test's readers only: this file's database is its own.
  await db.subscription.deleteMany();
});

/** Runs the daily digest now, delivers the outbox, and returns what arrived by recipient. */
async function sendDaily(runAt = new Date()): Promise<Map<string, ReceivedEmail>> {
  const result = await runDigest("DAILY", runAt);
  expect(result.failed).toBe(0);
  await smtp.deliver();
  const byRecipient = new Map<string, ReceivedEmail>();
  for (const mail of smtp.received) {
    expect(byRecipient.has(recipientOf(mail)), `two digests for ${recipientOf(mail)}`).toBe(false);
    byRecipient.set(recipientOf(mail), mail);
  }
  smtp.received.length = 0;
  return byRecipient;
}

function titlesIn(mail: ReceivedEmail, titles: string[]): string[] {
  return titles.filter((title) => mail.text.includes(title));
}

describe("daily digests over SMTP", () => {
  it("sends one digest per recipient with the new articles of their subscriptions, grouped by zone", async () => {
    const category = await createCategory({ name: "Digest Category" });
    const kubernetes = await createZone({ categoryId: category.id, name: "Kube Zone" });
    const security = await createZone({ categoryId: category.id, name: "Security Zone" });
    const elsewhere = await createZone({ name: "Elsewhere Zone" });
    const author = await createUser({ name: "Ada Author" });

    const zoneReader = address("zone");
    const categoryReader = address("category");
    const weeklyReader = address("weekly");
    await subscribe(zoneReader, "ZONE", kubernetes.id);
    await subscribe(categoryReader, "CATEGORY", category.id);
    await subscribe(categoryReader, "AUTHOR", author.id);
    await subscribe(weeklyReader, "ZONE", kubernetes.id, { frequency: "WEEKLY" });

    const kube = await publish(kubernetes.id, 30, { title: "Kube article for the digest" });
    const sec = await publish(security.id, 20, { title: "Security article for the digest" });
    const byAuthor = await publish(elsewhere.id, 10, {
      title: "Author article elsewhere",
      authorId: author.id,
    });
    const old = await publish(kubernetes.id, 120, { title: "Published before anyone subscribed" });
    await createArticle({ zoneId: kubernetes.id, status: "DRAFT", title: "A draft nobody may see" });
    const titles = [kube.title, sec.title, byAuthor.title, old.title, "A draft nobody may see"];

    const mail = await sendDaily();
    expect([...mail.keys()].sort()).toEqual([categoryReader, zoneReader].sort());

    const zoneMail = mail.get(zoneReader)!;
    expect(titlesIn(zoneMail, titles)).toEqual([kube.title]);
    expect(zoneMail.headers["subject"]).toMatch(/daily .*digest: 1 new article$/);

    const categoryMail = mail.get(categoryReader)!;
    expect(titlesIn(categoryMail, titles).sort()).toEqual([kube.title, sec.title, byAuthor.title].sort());
    // Grouped by zone, zones in the order of their newest article (the text part writes
    // headings in capitals).
    const order = ["Elsewhere Zone", byAuthor.title, "Security Zone", sec.title, "Kube Zone", kube.title];
    const positions = order.map((text) => categoryMail.text.toLowerCase().indexOf(text.toLowerCase()));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // Both bodies, absolute links to the articles.
    expect(categoryMail.html).toContain(`href="http://localhost:3000/articles/${sec.slug}"`);
    expect(categoryMail.text).toContain(`http://localhost:3000/articles/${sec.slug}`);
    expect(categoryMail.html).toContain('name="viewport"');
  });

  it("carries RFC 8058 one-click unsubscribe headers whose URL works when posted", async () => {
    const zone = await createZone();
    const reader = address("oneclick");
    await subscribe(reader, "ZONE", zone.id);
    await publish(zone.id, 5);

    const mail = (await sendDaily()).get(reader)!;
    expect(mail.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    const url = listUnsubscribeUrl(mail);
    expect(url).toMatch(/^http:\/\/localhost:3000\/api\/unsubscribe\?token=[A-Za-z0-9_-]{43}&scope=digest$/);

    // What a mail provider sends: a POST from its own servers with the one-click body.
    const response = await unsubscribeRoute(
      new NextRequest(url, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: "https://mail.example" },
        body: "List-Unsubscribe=One-Click",
      }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ removed: 1 });
    expect(await db.subscription.count({ where: { email: reader } })).toBe(0);

    await publish(zone.id, 1);
    expect((await sendDaily()).has(reader)).toBe(false);
  });

  it("links each subscription to its unsubscribe page, and a newer digest's links replace the older ones", async () => {
    const zone = await createZone({ name: "Linked Zone" });
    const author = await createUser({ name: "Linked Author" });
    const reader = address("links");
    await subscribe(reader, "ZONE", zone.id);
    await subscribe(reader, "AUTHOR", author.id);
    await publish(zone.id, 40);

    const first = (await sendDaily(new Date(Date.now() - 30 * MINUTE))).get(reader)!;
    const pages = linksIn(first).filter((link) => link.includes("/unsubscribe?token="));
    // One per subscription and one for the whole digest.
    expect(pages).toHaveLength(3);
    const tokens = pages.map((link) => new URL(link).searchParams.get("token")!);
    const states = await Promise.all(tokens.map((token) => getUnsubscribe(token)));
    expect(states.map((s) => s?.subscription.target?.name).sort()).toEqual(
      ["Linked Author", "Linked Zone", "Linked Zone"].sort(),
    );
    expect(states.every((s) => s?.email === reader)).toBe(true);

    await publish(zone.id, 10);
    const second = (await sendDaily()).get(reader)!;
    const newer = linksIn(second)
      .filter((link) => link.includes("/unsubscribe?token="))
      .map((link) => new URL(link).searchParams.get("token")!);
    expect(newer.some((token) => tokens.includes(token))).toBe(false);
    // The old links now name nothing; the new ones still work.
    expect(await Promise.all(tokens.map((token) => getUnsubscribe(token)))).toEqual([null, null, null]);
    expect(await getUnsubscribe(newer[0]!)).not.toBeNull();
  });

  it("sends nothing when nothing is new, and nothing twice when run again", async () => {
    const zone = await createZone();
    const quiet = address("quiet");
    const busy = address("busy");
    await subscribe(quiet, "ZONE", (await createZone()).id);
    await subscribe(busy, "ZONE", zone.id);
    const article = await publish(zone.id, 15);

    const first = await sendDaily();
    expect(first.has(quiet)).toBe(false);
    expect(titlesIn(first.get(busy)!, [article.title])).toEqual([article.title]);
    expect(await db.emailMessage.count({ where: { to: quiet } })).toBe(0);

    const again = await runDigest("DAILY", new Date());
    expect(again.sent).toBe(0);
    await smtp.deliver();
    expect(smtp.received).toHaveLength(0);
    expect(await db.digestDelivery.count({ where: { recipientEmail: busy } })).toBe(1);
  });

  it("never sends an article twice to one address, even through two subscriptions or both frequencies", async () => {
    const category = await createCategory();
    const zone = await createZone({ categoryId: category.id });
    const author = await createUser();
    const reader = address("overlap");
    await subscribe(reader, "ZONE", zone.id);
    await subscribe(reader, "AUTHOR", author.id);
    await subscribe(reader, "CATEGORY", category.id, { frequency: "WEEKLY" });
    const article = await publish(zone.id, 5, { authorId: author.id });

    const daily = (await sendDaily()).get(reader)!;
    expect(daily.text.split(`/articles/${article.slug}`).length - 1).toBe(1);
    const weekly = await runDigest("WEEKLY", new Date());
    expect(weekly.sent).toBe(0);
    expect(await db.digestDelivery.count({ where: { recipientEmail: reader, articleId: article.id } })).toBe(
      1,
    );
  });

  it("lists at most the cap of articles and says how many more there are", async () => {
    const zone = await createZone();
    const reader = address("many");
    await subscribe(reader, "ZONE", zone.id);
    for (let i = 0; i < DIGEST_MAX_ARTICLES + 3; i++) await publish(zone.id, 50 - i / 10);

    const mail = (await sendDaily()).get(reader)!;
    expect(mail.headers["subject"]).toMatch(new RegExp(`${DIGEST_MAX_ARTICLES + 3} new articles$`));
    expect(mail.text).toContain("And 3 more new articles");
    expect(await db.digestDelivery.count({ where: { recipientEmail: reader } })).toBe(DIGEST_MAX_ARTICLES);
  });

  it("gives newsletter readers the most-read new articles of the whole site", async () => {
    const reader = address("newsletter");
    await subscribe(reader, "NEWSLETTER", null);
    const zone = await createZone();
    const popular = await publish(zone.id, 5, { viewCount: 1_000_000, title: "The most read new article" });

    const mail = (await sendDaily()).get(reader)!;
    expect(mail.text).toContain(popular.title);
    expect(mail.text).toContain("the site newsletter");
  });
});

describe("a run that dies half-way", () => {
  it("keeps what it finished, and the retry sends the rest without duplicates", async () => {
    const zone = await createZone();
    const readers = [address("a-first"), address("b-crash"), address("c-last")];
    for (const reader of readers) await subscribe(reader, "ZONE", zone.id);
    const article = await publish(zone.id, 5);
    const runAt = new Date();

    // The outbox write for one recipient fails (as if the database went away mid-run).
    await db.$executeRawUnsafe(`
      CREATE FUNCTION refuse_digest() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW."to" = '${readers[1]}' THEN RAISE EXCEPTION 'simulated crash'; END IF;
        RETURN NEW;
      END $$`);
    await db.$executeRawUnsafe(
      `CREATE TRIGGER refuse_digest BEFORE INSERT ON "EmailMessage" FOR EACH ROW EXECUTE FUNCTION refuse_digest()`,
    );
    try {
      const crashed = await runDigest("DAILY", runAt);
      expect(crashed).toMatchObject({ sent: 2, failed: 1 });
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER refuse_digest ON "EmailMessage"`);
      await db.$executeRawUnsafe(`DROP FUNCTION refuse_digest()`);
    }
    // Nothing of the failed recipient's transaction is left behind.
    expect(await db.digestDelivery.count({ where: { recipientEmail: readers[1] } })).toBe(0);

    const retried = await runDigest("DAILY", runAt);
    expect(retried).toMatchObject({ recipients: 1, sent: 1, failed: 0 });
    await smtp.deliver();
    expect(smtp.received.map((m) => recipientOf(m)).sort()).toEqual([...readers].sort());
    for (const mail of smtp.received) expect(mail.text).toContain(article.title);
  });

  it("two runs at the same time write one digest per recipient", async () => {
    const zone = await createZone();
    const readers = Array.from({ length: 6 }, (_, i) => address(`race-${i}`));
    for (const reader of readers) await subscribe(reader, "ZONE", zone.id);
    await publish(zone.id, 5);
    const runAt = new Date();

    const [one, two] = await Promise.all([runDigest("DAILY", runAt), runDigest("DAILY", runAt)]);
    expect(one.sent + two.sent).toBe(readers.length);
    expect(await db.emailMessage.count({ where: { to: { in: readers } } })).toBe(readers.length);
  });
});
