import { expect, test } from "@playwright/test";
import { DEMO, joinThroughPage, logInThroughPage, newMember } from "./support/accounts";

test("a member suspended by an admin is signed out on their next request and cannot log in", async ({
  browser,
}) => {
  // Two browsers, a join and three logins: about 25 s on a quiet machine, past 30 s under CI load.
  test.setTimeout(90_000);
  const memberContext = await browser.newContext();
  const adminContext = await browser.newContext();
  const memberPage = await memberContext.newPage();
  const adminPage = await adminContext.newPage();
  const member = newMember("suspendee");
  await joinThroughPage(memberPage, member);
  await memberPage.goto("/settings/profile");
  await expect(memberPage.getByRole("heading", { name: "Edit Profile", level: 1 })).toBeVisible();

  await logInThroughPage(adminPage, DEMO.admin.email, DEMO.admin.password);
  await expect(adminPage.getByRole("navigation", { name: "Account" }).getByText("Demo Admin")).toBeVisible();
  await adminPage.goto(`/editor/members?q=${encodeURIComponent(member.username)}`);
  const row = adminPage.getByRole("row").filter({ hasText: member.username });
  await row.getByRole("button", { name: "Suspend" }).click();
  await row.getByRole("button", { name: "Confirm suspension" }).click();
  await expect(row.getByText(/^Suspended since/)).toBeVisible();

  // The very next request: the header no longer shows the member, member pages send to login.
  await memberPage.goto("/");
  await expect(
    memberPage.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Log In" }),
  ).toBeVisible();
  await memberPage.goto("/settings/profile");
  await expect(memberPage).toHaveURL(/\/login\?next=%2Fsettings%2Fprofile/);
  await logInThroughPage(memberPage, member.email, member.password);
  await expect(memberPage.locator("main").getByRole("alert")).toContainText("This account is suspended");

  // Unsuspended, the member can log in again.
  await row.getByRole("button", { name: "Unsuspend" }).click();
  await expect(row.getByText("Active", { exact: true })).toBeVisible();
  await logInThroughPage(memberPage, member.email, member.password);
  await expect(memberPage.getByRole("navigation", { name: "Account" }).getByText(member.name)).toBeVisible();

  await memberContext.close();
  await adminContext.close();
});
