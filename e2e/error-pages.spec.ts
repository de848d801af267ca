import { expect, test } from "@playwright/test";

// Production build with ZP_FAULT_INJECTION=1 (scripts/e2e-server.ts): the throwing routes must
// show friendly errors that carry neither the error text, SQL nor stack frames.

const MARKER = "ZP-FAULT-MARKER-7c1e";
const LEAKS = [MARKER, /SELECT\s/i, /passwordHash/, /\bat [\w.<>]+ \(/, /\.tsx?:\d+/, /node_modules/];

function expectNoLeak(text: string): void {
  for (const leak of LEAKS) expect(text).not.toMatch(leak);
}

// The status of a failing page is not asserted: an error caught by app/error.tsx is rendered by
// that boundary inside the page's stream, whose 200 status line has already been sent (App Router
// behaviour; docs/security.md "Error pages"). What a reader sees, and what leaks, is asserted.
test("a failing page shows the friendly error page with a reference and nothing of the error", async ({
  page,
}) => {
  const response = await page.goto("/test-fail");
  await expect(page.getByRole("heading", { name: /Something went wrong/i })).toBeVisible();
  await expect(page.getByText(/^Reference: \w+/)).toBeVisible();
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
