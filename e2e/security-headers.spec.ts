import { expect, test, type Page } from "@playwright/test";
import { DEMO, logInThroughPage, openAccountMenu } from "./support/accounts";

// Security headers on pages and API routes, the site working under its CSP, and the session
// cookies' attributes (production build, e2e server on http://127.0.0.1).

async function firstHref(page: Page, path: string, prefix: string): Promise<string> {
  await page.goto(path);
  const href = await page.getByRole("main").locator(`a[href^="${prefix}"]`).first().getAttribute("href");
  expect(href, `a link starting with ${prefix} on ${path}`).toBeTruthy();
  return href as string;
}

/** Console CSP reports and uncaught page errors collected while the page is used. */
function watchViolations(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}

test("pages and API routes carry the security headers", async ({ page, request }) => {
  const article = await firstHref(page, "/articles", "/articles/");
  for (const path of ["/", article, "/api/health"]) {
    const headers = (await request.get(path)).headers();
    expect(headers["content-security-policy"], path).toContain("default-src 'self'");
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"], path).toContain("object-src 'none'");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(headers["permissions-policy"], path).toContain("camera=()");
    // The e2e site URL is http: no HSTS there.
    expect(headers["strict-transport-security"], path).toBeUndefined();
  }
});

test("API responses carry a request id, keeping a safe incoming one", async ({ request }) => {
  const fresh = await request.get("/api/health");
  expect(fresh.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  const kept = await request.get("/api/health", { headers: { "x-request-id": "lb-trace-00042" } });
  expect(kept.headers()["x-request-id"]).toBe("lb-trace-00042");
});

test("home, an article, a video and the write page work under the CSP", async ({ page }) => {
  const problems = watchViolations(page);
  const article = await firstHref(page, "/articles", "/articles/");
  const video = await firstHref(page, "/videos", "/videos/");
  await page.goto("/");
  await page.goto(article);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.goto(video);
  await expect(page.locator("iframe")).toHaveCount(1);
  await logInThroughPage(page, DEMO.member.email, DEMO.member.password);
  // Wait for the login's own navigation to finish before going on.
  await expect(page.getByRole("navigation", { name: "Account" }).getByText("Demo Member")).toBeVisible();
  await page.goto("/write");
  await expect(page.getByRole("heading", { level: 1, name: "Post an Article" })).toBeVisible();
  // The page is the same for everyone; the header's account island fills in the member's name
  // only when its script ran, so this proves hydration under the CSP.
  const account = page.getByRole("navigation", { name: "Account" });
  await expect(account.getByText("Demo Member")).toBeVisible();
  await openAccountMenu(page);
  expect(problems).toEqual([]);
});

test("signing in sets an HttpOnly Lax session cookie and a harmless Lax hint cookie", async ({
  playwright,
}) => {
  const context = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const response = await context.post("/api/auth/login", {
    data: { email: DEMO.member.email, password: DEMO.member.password },
    headers: { "x-forwarded-for": "203.0.113.77", origin: new URL(test.info().project.use.baseURL!).origin },
  });
  expect(response.status()).toBe(200);
  const cookies = response
    .headersArray()
    .filter((h) => h.name.toLowerCase() === "set-cookie")
    .map((h) => h.value);
  const session = cookies.find((c) => /session-token=/.test(c));
  const hint = cookies.find((c) => c.startsWith("zp_signed_in="));
  expect(session, cookies.join("\n")).toBeDefined();
  expect(session).toMatch(/;\s*HttpOnly/i);
  expect(session).toMatch(/;\s*SameSite=Lax/i);
  expect(hint, cookies.join("\n")).toBeDefined();
  expect(hint).toMatch(/^zp_signed_in=1;/);
  expect(hint).toMatch(/;\s*SameSite=Lax/i);
  expect(hint).not.toMatch(/HttpOnly/i);
  expect(hint).not.toContain(DEMO.member.email);
  await context.dispose();
});
