import { expect, it } from "vitest";
import { POST as createDraft } from "@/app/api/v1/drafts/route";
import { PUT as putDraft } from "@/app/api/v1/drafts/[id]/route";
import { API_LIMITS } from "@/lib/api/rate-limit";
import { createApiToken } from "@/lib/db/api-tokens";
import { limiter } from "@/lib/rate-limit/store";
import { createUser } from "@/tests/factories/users";
import { createZone } from "@/tests/factories/zones";
import { sql } from "@/tests/helpers/database";

// Lost updates (issue 10): two clients save the same draft at the same moment, both from the
// version they last loaded. Guarantee: exactly one save wins (200), the other is told so (409
// problem+json with the stored text and version, so the editor can merge and keep its text),
// and no acknowledged save is ever overwritten unseen: successful saves = version increments.
// Driven through the authoring API's PUT handler with real Request objects on real PostgreSQL.
// Its per-token write limit (60 a minute) would stop a 1,000-round run after 30 rounds, so the
// test resets the two tokens' counters every 25 rounds through the limiter's own API (a fixture
// reset between bursts, not a change to the code under test).

const ROUNDS = 1_000;
const ORIGIN = "http://localhost:3000";
const databaseUrl = process.env.DATABASE_URL!;

interface Saved {
  status: number;
  contentType: string | null;
  json: {
    draft?: { version: number; bodyMarkdown: string };
    current?: { version: number; bodyMarkdown: string };
    code?: string;
    title?: string;
    detail?: string;
  };
}

async function save(token: string, id: number, version: number, bodyMarkdown: string): Promise<Saved> {
  const response = await putDraft(
    new Request(`${ORIGIN}/api/v1/drafts/${id}`, {
      method: "PUT",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      body: JSON.stringify({ version, bodyMarkdown }),
    }),
    { params: Promise.resolve({ id: String(id) }) },
  );
  return {
    status: response.status,
    contentType: response.headers.get("content-type"),
    json: (await response.json()) as Saved["json"],
  };
}

it("of two saves from the same version exactly one wins and the other gets a 409 with the stored text", async () => {
  const zone = await createZone();
  const user = await createUser();
  const tokens: string[] = [];
  const tokenIds: number[] = [];
  for (const name of ["laptop", "tablet"]) {
    const created = await createApiToken(user.id, name);
    if (!created.ok) throw new Error(created.reason);
    tokens.push(created.token);
    tokenIds.push(created.apiToken.id);
  }
  const writeLimit = await limiter(API_LIMITS.write);
  const created = await createDraft(
    new Request(`${ORIGIN}/api/v1/drafts`, {
      method: "POST",
      headers: { Authorization: `Bearer ${tokens[0]}`, "Content-Type": "application/json" },
      body: JSON.stringify({ title: "Two tabs, one draft", zoneId: zone.id }),
    }),
  );
  expect(created.status).toBe(201);
  const { draft } = (await created.json()) as { draft: { id: number; version: number } };
  const startVersion = draft.version;

  let version = draft.version;
  let ok = 0;
  let conflicts = 0;
  let lastWinner = "";
  const problems: string[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    if (round % 25 === 1) for (const id of tokenIds) await writeLimit.delete(String(id));
    const texts = [`Laptop text of round ${round}.`, `Tablet text of round ${round}.`];
    const results = await Promise.all(texts.map((text, i) => save(tokens[i]!, draft.id, version, text)));
    const winners = results.filter((r) => r.status === 200);
    const losers = results.filter((r) => r.status === 409);
    ok += winners.length;
    conflicts += losers.length;
    if (winners.length !== 1 || losers.length !== 1) {
      problems.push(`round ${round}: ${results.map((r) => `${r.status} ${r.json.code ?? ""}`).join(", ")}`);
      break;
    }
    const won = winners[0]!.json.draft!;
    const lost = losers[0]!;
    // The loser learns what is stored now: the winner's text at the winner's version.
    if (
      lost.contentType !== "application/problem+json" ||
      lost.json.code !== "conflict" ||
      !lost.json.detail?.includes(`version ${won.version}`) ||
      lost.json.current?.version !== won.version ||
      lost.json.current?.bodyMarkdown !== won.bodyMarkdown ||
      won.version !== version + 1 ||
      !texts.includes(won.bodyMarkdown)
    ) {
      problems.push(`round ${round}: ${JSON.stringify({ won, lost: lost.json })}`);
      break;
    }
    version = won.version;
    lastWinner = won.bodyMarkdown;
  }

  const [row] = await sql<{ bodyMarkdown: string; version: number }>(
    databaseUrl,
    `SELECT "bodyMarkdown", version FROM "Article" WHERE id = $1`,
    [draft.id],
  );
  const increments = row!.version - startVersion;
  const lost = ok - increments;
  console.log(`faults: lost-update rounds=${ROUNDS} ok200=${ok} conflict409=${conflicts} lost=${lost}`);

  expect(problems).toEqual([]);
  expect(ok).toBe(ROUNDS);
  expect(conflicts).toBe(ROUNDS);
  expect(row!.bodyMarkdown).toBe(lastWinner);
  expect(lost).toBe(0);
}, 600_000);
