import AxeBuilder from "@axe-core/playwright";
import {
  expect,
  request as playwrightRequest,
  test,
  type APIRequestContext,
  type Page,
} from "@playwright/test";
import { DEMO, joinApi, logInApi, logInThroughPage, newMember, requestBase } from "./support/accounts";
import { query } from "./support/database";

// Email subscriptions in the built app (issue 7): an anonymous reader subscribes to a zone,
// confirms through the link in the captured outbox, gets the digest of a newly published
// article, unsubscribes with the one-click URL of the message's List-Unsubscribe header, and
// the next digest skips them; and a member saving Manage Email Subscriptions.

interface Zone {
  id: number;
  slug: string;
  name: string;
  categoryId: number;
}

interface Message {
  id: number;
  text: string;
  html: string;
  headers: Record<string, string>;
}

async function someZone(offset: number): Promise<Zone> {
  const [zone] = await query<Zone>(
    `SELECT id, slug, name, "categoryId" FROM "Zone" ORDER BY position, id OFFSET $1 LIMIT 1`,
    [offset],
  );
  return zone!;
}

/** Publishes a new article in `zone` straight in the database (the editorial UI is tested elsewhere). */
async function publishIn(zone: Zone, title: string): Promise<string> {
  const slug = `e2e-digest-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`;
  await query(
    `INSERT INTO "Article" (slug, title, summary, "bodyHtml", status, "zoneId", "categoryId",
       "authorId", "publishedAt", "updatedAt")
     SELECT $1, $2, 'A new article for the digest test.', '<p>Body.</p>', 'PUBLISHED', $3, $4,
       (SELECT id FROM "User" WHERE email = $5), now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC'`,
    [slug, title, zone.id, zone.categoryId, DEMO.editor.email],
  );
  return slug;
}

async function messagesTo(email: string, kind: string): Promise<Message[]> {
  return query<Message>(
    `SELECT id, text, html, headers FROM "EmailMessage" WHERE "to" = $1 AND kind = $2 ORDER BY id`,
    [email, kind],
  );
}

/** The path and query of an absolute link to this site found in a message's text. */
function linkIn(message: Message, path: string): string {
  const match = new RegExp(`https?://[^\\s"<>]+${path.replace(/[?]/g, "\\?")}[^\\s"<>]*`).exec(message.text);
  expect(match, `a ${path} link in the message`).not.toBeNull();
  const url = new URL(match![0]);
  return `${url.pathname}${url.search}`;
}

async function admin(): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL: requestBase() });
  await logInApi(context, DEMO.admin.email, DEMO.admin.password, "10.77.0.1");
  return context;
}

async function runDailyDigest(context: APIRequestContext): Promise<void> {
  const response = await context.post("/api/editor/digests", {
    data: { frequency: "DAILY" },
    headers: { origin: new URL(requestBase()).origin },
  });
  expect(response.status()).toBe(200);
  expect((await response.json()) as { failed: number }).toMatchObject({ failed: 0 });
}

async function subscribeAnonymously(page: Page, zone: Zone, email: string): Promise<void> {
  await page.goto(`/zones/${zone.slug}`);
  await page.getByRole("button", { name: `Subscribe to ${zone.name} by email` }).click();
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("radio", { name: "Daily" }).check();
  await page.getByRole("button", { name: "Send confirmation link" }).click();
  // The first email of a fresh server starts its renderer thread, which takes a while.
  await expect(page.getByRole("status").filter({ hasText: "Check your inbox" })).toBeVisible({
    timeout: 30_000,
  });
}

test("anonymous subscribe → confirm → digest → one-click unsubscribe → next digest skips them", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const zone = await someZone(3);
  const reader = newMember("digest").email;
  const adminApi = await admin();

  // A member on the same zone, subscribed from the API, shows the later digest does go out.
  const control = newMember("control");
  const controlApi = await playwrightRequest.newContext({ baseURL: requestBase() });
  await joinApi(controlApi, control, "10.77.0.2");
  const put = await controlApi.put("/api/subscriptions/mine", {
    data: { choices: [{ target: "ZONE", targetId: zone.id, frequency: "DAILY" }] },
    headers: { origin: new URL(requestBase()).origin },
  });
  expect(put.status()).toBe(200);

  await subscribeAnonymously(page, zone, reader);
  const [confirmation] = await messagesTo(reader, "confirmation");
  expect(confirmation, "the confirmation email in the outbox").toBeDefined();
  await page.goto(linkIn(confirmation!, "/subscriptions/confirm?token="));
  await expect(page.getByRole("heading", { name: "Confirm your subscription" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: `The ${zone.name} zone` })).toBeVisible();
  await page.getByRole("button", { name: "Confirm subscription" }).click();
  await expect(page.getByRole("heading", { name: "You're subscribed" })).toBeVisible();

  const title = `Digest article ${Date.now().toString(36)}`;
  const slug = await publishIn(zone, title);
  // The admin sends the due digests from the outbox page.
  const adminPage = await browser.newPage();
  await logInThroughPage(adminPage, DEMO.admin.email, DEMO.admin.password);
  await expect(adminPage.getByRole("navigation", { name: "Account" })).toContainText("Demo Admin");
  await adminPage.goto("/editor/outbox");
  await adminPage.getByRole("radio", { name: "Daily" }).check();
  await adminPage.getByRole("button", { name: "Send due digests now" }).click();
  await expect(adminPage.getByRole("status").filter({ hasText: /digests? written/ })).toBeVisible({
    timeout: 30_000,
  });
  await adminPage.close();
  const [digest] = await messagesTo(reader, "digest");
  expect(digest, "the digest in the outbox").toBeDefined();
  expect(digest!.html).toContain(title);
  expect(digest!.text).toContain(`/articles/${slug}`);
  expect(digest!.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");

  // The article link in the digest opens the article.
  await page.goto(linkIn(digest!, `/articles/${slug}`));
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();

  // One click in the mail client: a POST to the header's URL, from outside the site.
  const oneClick = new URL(/<([^>]+)>/.exec(digest!.headers["List-Unsubscribe"]!)![1]!);
  const mailClient = await playwrightRequest.newContext({ baseURL: requestBase() });
  const unsubscribed = await mailClient.post(`${oneClick.pathname}${oneClick.search}`, {
    form: { "List-Unsubscribe": "One-Click" },
    headers: { origin: "https://mail.example" },
  });
  expect(unsubscribed.status()).toBe(200);
  expect(await unsubscribed.json()).toEqual({ removed: 1 });

  await publishIn(zone, `${title} (second)`);
  await runDailyDigest(adminApi);
  expect(await messagesTo(reader, "digest")).toHaveLength(1);
  const controlDigests = await messagesTo(control.email, "digest");
  expect(controlDigests).toHaveLength(2);
  expect(controlDigests[1]!.text).toContain(`${title} (second)`);

  await Promise.all([adminApi.dispose(), controlApi.dispose(), mailClient.dispose()]);
});

test("the unsubscribe page asks first and can stop every email of the address", async ({ page }) => {
  test.setTimeout(90_000);
  const [first, second] = [await someZone(5), await someZone(6)];
  const reader = newMember("unsub-page").email;
  for (const zone of [first, second]) await subscribeAnonymously(page, zone, reader);
  // Both requests are confirmed by the one link (the second sent no email of its own).
  const confirmations = await messagesTo(reader, "confirmation");
  expect(confirmations).toHaveLength(1);
  await page.goto(linkIn(confirmations[0]!, "/subscriptions/confirm?token="));
  await page.getByRole("button", { name: "Confirm subscription" }).click();
  await expect(page.getByText("2 subscriptions confirmed.")).toBeVisible();

  const adminApi = await admin();
  await publishIn(first, `Unsubscribe page article ${Date.now().toString(36)}`);
  await runDailyDigest(adminApi);
  await adminApi.dispose();
  const [digest] = await messagesTo(reader, "digest");
  await page.goto(linkIn(digest!, "/unsubscribe?token="));
  await expect(page.getByRole("heading", { name: "Unsubscribe", level: 1 })).toBeVisible();
  // Opening the page removed nothing.
  expect(await query(`SELECT id FROM "Subscription" WHERE email = $1`, [reader])).toHaveLength(2);
  await page.getByRole("button", { name: "Unsubscribe from everything" }).click();
  await expect(page.getByRole("heading", { name: "You're unsubscribed" })).toBeVisible();
  await expect(page.getByText("2 subscriptions removed.")).toBeVisible();
  expect(await query(`SELECT id FROM "Subscription" WHERE email = $1`, [reader])).toHaveLength(0);
});

test("a member subscribes from a zone page and saves Manage Email Subscriptions", async ({ page }) => {
  test.setTimeout(90_000);
  const member = newMember("settings");
  const api = await playwrightRequest.newContext({ baseURL: requestBase() });
  await joinApi(api, member, "10.77.0.3");
  await api.dispose();
  await logInThroughPage(page, member.email, member.password);
  await expect(page.getByRole("navigation", { name: "Account" }).getByText(member.name)).toBeVisible();

  const zone = await someZone(0);
  await page.goto(`/zones/${zone.slug}`);
  await page.getByRole("button", { name: `Subscribe to ${zone.name} by email` }).click();
  await expect(page.getByText(`New articles, sent to ${member.email}.`)).toBeVisible();
  await page.getByRole("radio", { name: "Daily" }).check();
  await page.getByRole("button", { name: "Subscribe", exact: true }).click();
  await expect(
    page.getByRole("button", { name: `Subscribed · Daily to ${zone.name} by email` }),
  ).toBeVisible();

  await page.goto("/settings/subscriptions");
  await expect(page.getByRole("heading", { name: "Manage Email Subscriptions", level: 1 })).toBeVisible();
  const zoneChoice = page.getByLabel(zone.name, { exact: true });
  await expect(zoneChoice).toHaveValue("DAILY");
  await zoneChoice.selectOption("WEEKLY");
  await page.getByLabel("Site newsletter", { exact: true }).selectOption("DAILY");
  await expect(page.getByText("Unsaved changes")).toBeVisible();
  await page.getByRole("button", { name: "Save subscriptions" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved. 2 subscriptions on." })).toBeVisible();

  await page.reload();
  await expect(page.getByLabel(zone.name, { exact: true })).toHaveValue("WEEKLY");
  await expect(page.getByLabel("Site newsletter", { exact: true })).toHaveValue("DAILY");
  const rows = await query<{ target: string; frequency: string }>(
    `SELECT s.target, s.frequency FROM "Subscription" s JOIN "User" u ON u.id = s."userId"
     WHERE u.email = $1 ORDER BY s.target`,
    [member.email],
  );
  expect(rows).toEqual([
    { target: "ZONE", frequency: "WEEKLY" },
    { target: "NEWSLETTER", frequency: "DAILY" },
  ]);
});

async function seriousViolations(page: Page, label: string): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${label}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

for (const scheme of ["light", "dark"] as const) {
  test(`subscription pages have no serious accessibility violations and fit a phone (${scheme})`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 360, height: 740 });
    const violations: string[] = [];
    // Nothing in the page's own content wider than the screen (the shared header is checked
    // by the accessibility spec).
    const fits = async (label: string) => {
      const wide = await page.evaluate(() =>
        [...document.querySelectorAll("main *")]
          .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
          .map(
            (el) =>
              `${el.tagName.toLowerCase()}.${(el.getAttribute("class") ?? "").split(" ").slice(0, 3).join(".")}`,
          ),
      );
      if (wide.length > 0) violations.push(`${label}: wider than the screen: ${wide.slice(0, 3).join(", ")}`);
    };

    const zone = await someZone(1);
    await page.goto(`/zones/${zone.slug}`);
    await page.getByRole("button", { name: `Subscribe to ${zone.name} by email` }).click();
    await page.getByLabel("Email address").fill("not an address");
    await page.getByRole("button", { name: "Send confirmation link" }).click();
    await expect(page.getByText("Enter an email address like name@example.com")).toBeVisible({
      timeout: 30_000,
    });
    // What was typed stays, with the message tied to the field.
    await expect(page.getByLabel("Email address")).toHaveValue("not an address");
    await expect(page.getByLabel("Email address")).toHaveAttribute("aria-invalid", "true");
    violations.push(...(await seriousViolations(page, "zone page, subscribe panel with an error")));
    await fits("zone page");

    for (const path of ["/subscriptions/confirm?token=unknown", "/unsubscribe?token=unknown"]) {
      await page.goto(path);
      violations.push(...(await seriousViolations(page, path)));
      await fits(path);
    }

    const member = newMember(`a11y-${scheme}`);
    const api = await playwrightRequest.newContext({ baseURL: requestBase() });
    await joinApi(api, member, scheme === "light" ? "10.77.0.4" : "10.77.0.5");
    await api.dispose();
    await logInThroughPage(page, member.email, member.password);
    await expect(page.getByRole("navigation", { name: "Account" })).toContainText(member.name);
    await page.goto("/settings/subscriptions");
    await page.getByRole("button", { name: "Save subscriptions" }).waitFor();
    violations.push(...(await seriousViolations(page, "/settings/subscriptions")));
    await fits("/settings/subscriptions");
    expect(violations).toEqual([]);
  });
}
