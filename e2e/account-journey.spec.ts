import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { joinThroughPage, logInThroughPage, newMember, openAccountMenu } from "./support/accounts";

// The member's journey of issue 4: join → sign out → log in → edit profile with an avatar →
// like an article → still liked after a reload → unlike.
test("join, sign out, log in, edit the profile with an avatar, like and unlike an article", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const member = newMember("journey");
  await joinThroughPage(page, member);

  await openAccountMenu(page);
  await page.getByRole("navigation", { name: "Account" }).getByRole("button", { name: "Sign Out" }).click();
  await expect(
    page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Log In" }),
  ).toBeVisible();
  await logInThroughPage(page, member.email, member.password);
  await expect(page.getByRole("navigation", { name: "Account" }).getByText(member.name)).toBeVisible();

  // Edit Profile from the menu: a picture (a PNG with a misleading name) and a bio in markdown.
  await openAccountMenu(page);
  await page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Edit Profile" }).click();
  await expect(page.getByRole("heading", { name: "Edit Profile", level: 1 })).toBeVisible();
  const picture = await sharp({ create: { width: 640, height: 480, channels: 3, background: "#3366cc" } })
    .png()
    .toBuffer();
  await page
    .getByLabel("Profile picture")
    .setInputFiles({ name: "holiday.jpg", mimeType: "image/jpeg", buffer: picture });
  await expect(page.getByText("Profile picture saved.")).toBeVisible();
  await page.getByLabel("Bio", { exact: true }).fill("I write about **PostgreSQL** internals.");
  const saved = page.waitForResponse(
    (r) => r.url().endsWith("/api/account/profile") && r.request().method() === "PATCH",
  );
  await page.getByRole("button", { name: "Save profile" }).click();
  expect((await saved).status()).toBe(200);

  await page.goto(`/users/${member.username}`);
  await expect(page.getByRole("main").locator("strong", { hasText: "PostgreSQL" })).toBeVisible();
  const avatarSrc = await page.getByRole("main").locator('img[src^="/uploads/"]').first().getAttribute("src");
  expect(avatarSrc).toBeTruthy();
  const avatar = await page.request.get(avatarSrc!);
  expect(avatar.status()).toBe(200);
  expect(avatar.headers()["content-type"]).toBe("image/webp");
  const meta = await sharp(await avatar.body()).metadata();
  expect([meta.format, meta.width, meta.height]).toEqual(["webp", 256, 256]);

  // Like an article, reload, see it liked, unlike.
  await page.goto("/articles");
  await page.locator("main article h2 a, main article h3 a").first().click();
  await page.waitForURL(/\/articles\/[^/]+$/);
  const like = page.getByRole("button", { name: "Like this article" });
  const count = page.locator("[data-like-count]");
  await expect(like).toHaveAttribute("aria-pressed", "false");
  const before = Number(await count.getAttribute("data-like-count"));
  await like.click();
  await expect(like).toHaveAttribute("aria-pressed", "true");
  await expect(count).toHaveAttribute("data-like-count", String(before + 1));
  await page.reload();
  await expect(like).toHaveAttribute("aria-pressed", "true");
  await expect(count).toHaveAttribute("data-like-count", String(before + 1));
  await like.click();
  await expect(like).toHaveAttribute("aria-pressed", "false");
  await expect(count).toHaveAttribute("data-like-count", String(before));
  await page.reload();
  await expect(like).toHaveAttribute("aria-pressed", "false");
});

test("a signed-out reader who clicks Like is sent to log in and comes back to the article", async ({
  page,
}) => {
  await page.goto("/articles");
  await page.locator("main article h2 a, main article h3 a").first().click();
  await page.waitForURL(/\/articles\/[^/]+$/);
  const articlePath = new URL(page.url()).pathname;
  await page.getByRole("button", { name: "Like this article" }).click();
  await expect(page).toHaveURL(`/login?next=${encodeURIComponent(articlePath)}`);
  const member = newMember("liker");
  // No account yet: Join from the login page keeps the way back.
  await page.getByRole("main").getByRole("link", { name: "Join" }).click();
  await expect(page).toHaveURL(`/join?next=${encodeURIComponent(articlePath)}`);
  // Next keeps the login page mounted but hidden after a client-side navigation.
  await page.getByLabel("Name", { exact: true }).filter({ visible: true }).fill(member.name);
  await page.getByLabel("Username", { exact: true }).filter({ visible: true }).fill(member.username);
  await page.getByLabel("Email", { exact: true }).filter({ visible: true }).fill(member.email);
  await page.getByLabel("Password", { exact: true }).filter({ visible: true }).fill(member.password);
  await page.getByRole("button", { name: "Join" }).click();
  await expect(page).toHaveURL(articlePath);
  await expect(page.getByRole("button", { name: "Like this article" })).toBeVisible();
});
