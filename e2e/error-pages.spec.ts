import { expect, test } from "@playwright/test";

// Production build with ZP_FAULT_INJECTION=1 (scripts/e2e-server.ts): the throwing routes must
// show friendly errors that carry neither the error text, SQL nor stack frames.

const MARKER = "ZP-FAULT-MARKER-7c1e";
const LEAKS = [MARKER, /SELECT\s/i, /passwordHash/, /\bat [\w.<>]+ \(/, /\.tsx?:\d+/, /node_modules/];

function expectNoLeak(text: string): void {
  for (const leak of LEAKS) expect(text).not.toMatch(leak);
}

test("a failing page answers 500 with the friendly error page and nothing of the error", async ({ page }) => {
  const response = await page.goto("/test-fail");
  expect(response?.status()).toBe(500);
  await expect(page.getByRole("heading", { name: /Something went wrong/i })).toBeVisible();
  expectNoLeak(await response!.text());
  expectNoLeak(await page.content());
});

test("a failing API route answers a 500 problem document without the error", async ({ request }) => {
  const response = await request.get("/api/test/fail");
  expect(response.status()).toBe(500);
  expect(response.headers()["content-type"]).toContain("application/problem+json");
  const text = await response.text();
  expectNoLeak(text);
  expect(JSON.parse(text)).toMatchObject({
    status: 500,
    title: "Something went wrong",
    code: "internal-error",
  });
  expect(JSON.parse(text).detail).toContain(response.headers()["x-request-id"]);
});
