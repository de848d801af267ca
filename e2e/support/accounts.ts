import { expect, type APIRequestContext, type Page } from "@playwright/test";

// Accounts for e2e tests: the demo logins the seed creates (prisma/seed/demo-logins.ts) and
// members who join during the test, each with a unique username and email.

export const DEMO = {
  member: { email: "member@zonepress.dev", password: "zonepress-member", username: "demo-member" },
  editor: { email: "editor@zonepress.dev", password: "zonepress-editor", username: "demo-editor" },
  admin: { email: "admin@zonepress.dev", password: "zonepress-admin", username: "demo-admin" },
} as const;

export interface NewMember {
  name: string;
  username: string;
  email: string;
  password: string;
}

let counter = 0;

export function newMember(label = "reader"): NewMember {
  const id = `${Date.now().toString(36)}${(counter++).toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
  return {
    name: `E2E ${label} ${id}`,
    username: `e2e-${label}-${id}`.slice(0, 30).replace(/-+$/, ""),
    email: `e2e-${label}-${id}@example.test`,
    password: `long enough passphrase ${id}`,
  };
}

/** Joins through the Join page, as a visitor would. */
export async function joinThroughPage(page: Page, member: NewMember): Promise<void> {
  await page.goto("/join");
  await page.getByLabel("Name", { exact: true }).fill(member.name);
  await page.getByLabel("Username", { exact: true }).fill(member.username);
  await page.getByLabel("Email", { exact: true }).fill(member.email);
  await page.getByLabel("Password", { exact: true }).fill(member.password);
  await page.getByRole("button", { name: "Join" }).click();
  await expect(page.getByRole("navigation", { name: "Account" }).getByText(member.name)).toBeVisible();
}

/** Logs in through the Log In page. */
export async function logInThroughPage(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Log In" }).click();
}

/** Opens the header's account menu. */
export async function openAccountMenu(page: Page): Promise<void> {
  await page.getByRole("navigation", { name: "Account" }).locator("summary").click();
}

/**
 * Signs a request context in through the login route handler. `ip` is sent as X-Forwarded-For so
 * throttling counters of one test never touch another's.
 */
export async function logInApi(
  request: APIRequestContext,
  email: string,
  password: string,
  ip: string,
): Promise<void> {
  const response = await request.post("/api/auth/login", {
    data: { email, password },
    headers: { "x-forwarded-for": ip, origin: new URL(requestBase()).origin },
  });
  expect(response.status(), `login as ${email}`).toBe(200);
}

export async function joinApi(request: APIRequestContext, member: NewMember, ip: string): Promise<void> {
  const response = await request.post("/api/auth/join", {
    data: member,
    headers: { "x-forwarded-for": ip, origin: new URL(requestBase()).origin },
  });
  expect(response.status(), `join as ${member.username}`).toBe(201);
}

export function requestBase(): string {
  return `http://127.0.0.1:${process.env.E2E_PORT ?? 3107}`;
}
