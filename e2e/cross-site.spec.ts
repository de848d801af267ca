import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { joinApi, logInApi, newMember, requestBase } from "./support/accounts";
import { query } from "./support/database";
import { fill, routeInventory, segments } from "./support/routes";

// The forged cross-site walk (issue 10 item 1): every state-changing method of every route
// handler, sent with an admin's cookie session from another site, must be refused with 403
// ("cross-site") before it does anything. The admin passes every role check, so a 403 here can
// only come from the origin check. The exemptions are listed with the reason each is safe.

const EXEMPT: Record<string, string> = {
  "/api/auth/[...nextauth]": "next-auth's own endpoints, protected by its double-submit CSRF token",
  "/api/unsubscribe":
    "one-click unsubscribe (RFC 8058): mail clients POST from elsewhere, authorized by the signed token alone",
  "/api/views": "view beacon: counts a page view, changes nothing a member owns, takes no session",
  "/api/editor/articles/revalidate":
    "internal cache revalidation, authorized by an HMAC signature, not by cookies",
  "/api/v1/drafts":
    "authoring API: Bearer-token authenticated, ignores cookies (a forged form cannot send the header)",
  "/api/v1/drafts/[id]": "authoring API: Bearer-token authenticated, ignores cookies",
  "/api/v1/drafts/[id]/submit": "authoring API: Bearer-token authenticated, ignores cookies",
};

const STATE_CHANGING = ["POST", "PUT", "PATCH", "DELETE"] as const;

const FORGERIES: [string, Record<string, string>][] = [
  ["Origin: https://evil.example", { origin: "https://evil.example" }],
  ["Sec-Fetch-Site: cross-site", { "sec-fetch-site": "cross-site" }],
];

// What a forged request acting as `userId` could have written. Limited to that admin's own rows:
// the rest of the suite writes to the shared tables meanwhile (a global count flickered in CI).
async function snapshot(userId: number): Promise<string> {
  const rows = await query<{ v: string }>(
    `select concat_ws('|',
       (select count(*) from "AuditLog" where "actorId" = $1),
       (select count(*) from "Article" where "authorId" = $1),
       (select max("updatedAt") from "Article" where "authorId" = $1),
       (select count(*) from "ApiToken" where "userId" = $1),
       (select count(*) from "Upload" where "ownerId" = $1),
       (select "updatedAt" from "User" where id = $1)) as v`,
    [userId],
  );
  return rows[0]!.v;
}

test("every state-changing route refuses a forged cross-site request with a cookie session", async () => {
  test.setTimeout(5 * 60_000);
  const admin: APIRequestContext = await playwrightRequest.newContext({
    baseURL: requestBase(),
    extraHTTPHeaders: { "x-forwarded-for": "10.78.0.1" },
  });
  // An admin of its own, so that the rows it could change are its own (the admin passes every
  // role check, so a 403 can only come from the origin check). The role is set before signing in.
  const account = newMember("forgery");
  const joiner = await playwrightRequest.newContext({ baseURL: requestBase() });
  await joinApi(joiner, account, "10.78.0.2");
  const [user] = await query<{ id: number }>(
    `update "User" set role = 'ADMIN' where username = $1 returning id`,
    [account.username],
  );
  await logInApi(admin, account.email, account.password, "10.78.0.1");
  const before = await snapshot(user!.id);
  const failures: string[] = [];
  let sent = 0;
  const routes = routeInventory();
  for (const route of routes) {
    if (route.pattern in EXEMPT) continue;
    const values = Object.fromEntries(
      segments(route.pattern).map((name) => [name, name === "id" ? "999999999" : "home"]),
    );
    for (const method of route.methods.filter((m) => (STATE_CHANGING as readonly string[]).includes(m))) {
      for (const [label, headers] of FORGERIES) {
        const response = await admin.fetch(fill(route.pattern, values), {
          method,
          data: "{}",
          headers: { "content-type": "application/json", ...headers },
          maxRedirects: 0,
        });
        sent++;
        const body = (await response.json().catch(() => ({}))) as { code?: string };
        if (response.status() !== 403 || body.code !== "cross-site")
          failures.push(`${method} ${route.pattern} (${label}) → ${response.status()} ${body.code ?? ""}`);
      }
    }
  }
  console.log(`cross-site walk: ${sent} forged requests, ${Object.keys(EXEMPT).length} exempt routes`);
  expect(failures).toEqual([]);
  expect(await snapshot(user!.id), "nothing changed").toBe(before);
  // The admin is still signed in: even logout refused the forgery.
  const me = (await (await admin.get("/api/me")).json()) as { user: { username: string } | null };
  expect(me.user?.username).toBe(account.username);
});

test("the exempt routes exist, so the list cannot go stale", () => {
  const patterns = new Set(routeInventory().map((route) => route.pattern));
  for (const exempt of Object.keys(EXEMPT)) expect(patterns.has(exempt), exempt).toBe(true);
});
