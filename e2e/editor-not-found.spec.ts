import { expect, test } from "@playwright/test";
import { DEMO, logInApi } from "./support/accounts";

// An admin who follows a stale link to something deleted in the editor gets a real 404 status
// (and the not-found page), not a 200 page that only says "not found".

const UNKNOWN_ID = 2_000_000_000;
const PATHS = [
  `/editor/review/${UNKNOWN_ID}`,
  `/editor/resources/${UNKNOWN_ID}`,
  `/editor/events/${UNKNOWN_ID}`,
  `/editor/videos/${UNKNOWN_ID}`,
  `/editor/pages/${UNKNOWN_ID}`,
  `/editor/outbox/${UNKNOWN_ID}`,
  `/editor/taxonomy/categories/${UNKNOWN_ID}`,
  `/editor/taxonomy/zones/${UNKNOWN_ID}`,
  "/editor/review/not-a-number",
];

test("unknown ids in the editor answer 404", async ({ request }) => {
  await logInApi(request, DEMO.admin.email, DEMO.admin.password, "203.0.113.77");
  const answers: string[] = [];
  for (const path of PATHS) {
    const response = await request.get(path);
    const body = await response.text();
    answers.push(`${path} ${response.status()} ${/not found/i.test(body) ? "not-found page" : "other page"}`);
  }
  expect(answers).toEqual(PATHS.map((path) => `${path} 404 not-found page`));
});
