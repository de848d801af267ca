import { expect, test } from "@playwright/test";
import { joinThroughPage, logInThroughPage, newMember, openAccountMenu } from "./support/accounts";

test.describe("accounts", () => {
  test("join, sign out, log in again and come back to the page the reader was on", async ({ page }) => {
    const member = newMember("joiner");
    await joinThroughPage(page, member);

    await openAccountMenu(page);
    const menu = page.getByRole("navigation", { name: "Account" });
    for (const item of [
      "View Profile",
      "Edit Profile",
      "Post an Article",
      "Manage My Drafts",
      "Manage Email Subscriptions",
      "How to Post",
      "Article Submission Guidelines",
    ]) {
      await expect(menu.getByRole("link", { name: item })).toBeVisible();
    }
    await expect(menu.getByRole("link", { name: "Editor Dashboard" })).toHaveCount(0);
    await menu.getByRole("button", { name: "Sign Out" }).click();
    await expect(page.getByRole("link", { name: "Log In" })).toBeVisible();

    // From an article, Log In comes back to it.
    await page.goto("/articles");
    await page.locator("main article h2 a, main article h3 a").first().click();
    await page.waitForURL(/\/articles\/[^/]+$/);
    const articleUrl = page.url();
    await page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Log In" }).click();
    await page.getByLabel("Email", { exact: true }).fill(member.email);
    await page.getByLabel("Password", { exact: true }).fill(member.password);
    await page.getByRole("button", { name: "Log In" }).click();
    await expect(page).toHaveURL(articleUrl);
    await expect(page.getByRole("navigation", { name: "Account" }).getByText(member.name)).toBeVisible();
  });

  test("join names the field that is wrong and keeps everything typed", async ({ page }) => {
    const member = newMember("typo");
    await page.goto("/join");
    await page.getByLabel("Name", { exact: true }).fill(member.name);
    await page.getByLabel("Username", { exact: true }).fill("demo-member");
    await page.getByLabel("Email", { exact: true }).fill(member.email);
    await page.getByLabel("Password", { exact: true }).fill("password123");
    await page.getByRole("button", { name: "Join" }).click();
    await expect(page.getByText("This password is too common")).toBeVisible();
    await expect(page.getByLabel("Password", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await page.getByLabel("Password", { exact: true }).fill(member.password);
    await page.getByRole("button", { name: "Join" }).click();
    await expect(page.getByText("This username is taken; choose another")).toBeVisible();
    await expect(page.getByLabel("Name", { exact: true })).toHaveValue(member.name);
    await expect(page.getByLabel("Email", { exact: true })).toHaveValue(member.email);
  });

  test("six wrong passwords get 429 and a clear message; the right one is refused too until the wait ends", async ({
    page,
  }) => {
    const member = newMember("locked");
    await joinThroughPage(page, member);
    await page.context().clearCookies();

    const alert = page.locator("main").getByRole("alert");
    await logInThroughPage(page, member.email, "wrong password 1");
    await expect(alert).toContainText("The email or password is not right");
    for (let attempt = 2; attempt <= 5; attempt++) {
      // What was typed stays, except the password.
      await expect(page.getByLabel("Email", { exact: true })).toHaveValue(member.email);
      await expect(page.getByLabel("Password", { exact: true })).toHaveValue("");
      await page.getByLabel("Password", { exact: true }).fill(`wrong password ${attempt}`);
      const answered = page.waitForResponse((r) => r.url().endsWith("/api/auth/login"));
      await page.getByRole("button", { name: "Log In" }).click();
      expect((await answered).status()).toBe(401);
      await expect(alert).toContainText("The email or password is not right");
    }
    const sixth = page.waitForResponse((r) => r.url().endsWith("/api/auth/login"));
    await page.getByLabel("Password", { exact: true }).fill("wrong password 6");
    await page.getByRole("button", { name: "Log In" }).click();
    const response = await sixth;
    expect(response.status()).toBe(429);
    expect(Number(response.headers()["retry-after"])).toBeGreaterThan(0);
    await expect(alert).toContainText("Too many failed attempts");
    await expect(alert).toContainText("wait 15 minutes");

    await page.getByLabel("Password", { exact: true }).fill(member.password);
    const right = page.waitForResponse((r) => r.url().endsWith("/api/auth/login"));
    await page.getByRole("button", { name: "Log In" }).click();
    expect((await right).status()).toBe(429);
    await expect(alert).toContainText("Too many failed attempts");
  });
});
