import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDatabase, sql, type ScratchDatabase } from "../../helpers/database";

// Two editors deciding on one submission at the same moment: exactly one decision happens, the
// other editor is told who decided what, and nothing is published twice. Real transactions on
// separate connections; the file has a database of its own so "who waits for a lock" is only
// this test's doing (imports after the switch: lib/db/client reads DATABASE_URL when imported).
let scratch: ScratchDatabase;
let db: typeof import("@/lib/db/client").db;
let decide: typeof import("@/lib/editorial/decisions").decide;
let applyDecision: typeof import("@/lib/db/editorial-decisions").applyDecision;
let submission: typeof import("./helpers").submission;
let createUser: typeof import("../../factories/users").createUser;

beforeAll(async () => {
  scratch = await createScratchDatabase();
  process.env.DATABASE_URL = scratch.url;
  ({ db } = await import("@/lib/db/client"));
  ({ decide } = await import("@/lib/editorial/decisions"));
  ({ applyDecision } = await import("@/lib/db/editorial-decisions"));
  ({ submission } = await import("./helpers"));
  ({ createUser } = await import("../../factories/users"));
});

afterAll(() => scratch?.drop());

const publishEvents = (articleId: number) =>
  db.articleEvent.count({ where: { articleId, toStatus: "PUBLISHED" } });

async function waitFor(condition: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("two editors deciding at once", () => {
  it("the second waits for the first one's row lock, then gets 'already decided' with who did it", async () => {
    const { editor, article } = await submission();
    const other = await createUser({ role: "EDITOR", name: "Olga Other" });

    // The first decision takes the lock and holds its transaction open…
    let release!: () => void;
    const holding = new Promise<void>((resolve) => (release = resolve));
    let locked = false;
    const first = applyDecision(
      { articleId: article.id, actorId: other.id, action: "publish", expectedVersion: article.version },
      async () => {
        locked = true;
        await holding;
      },
    );
    await waitFor(async () => locked, "the first decision to hold the lock");

    // …while the second one, on another connection, queues behind it.
    const second = decide(article.id, editor.id, { kind: "publish", version: article.version });
    await waitFor(async () => {
      const waiting = await sql<{ n: number }>(
        scratch.url,
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      return waiting[0]!.n > 0;
    }, "the second decision to wait for the row lock");
    release();

    expect((await first).ok).toBe(true);
    const outcome = await second;
    expect(outcome).toMatchObject({ ok: false, kind: "conflict", code: "already-decided" });
    expect(outcome.ok === false && outcome.kind === "conflict" && outcome.message).toMatch(
      /^Already decided: Olga Other published this article .* ago\. Nothing was changed\.$/,
    );
    expect(await publishEvents(article.id)).toBe(1);
    expect(await db.articleRevision.count({ where: { articleId: article.id, reason: "publish" } })).toBe(1);
  });

  it("of 20 pairs of simultaneous decisions, each article gets exactly one, and one email", async () => {
    for (let round = 0; round < 20; round++) {
      const { author, editor, article } = await submission();
      const other = await createUser({ role: "EDITOR" });
      // Publish against request-changes half the time: different decisions race the same way.
      const outcomes = await Promise.all([
        decide(article.id, editor.id, { kind: "publish", version: article.version }),
        round % 2 === 0
          ? decide(article.id, other.id, { kind: "publish", version: article.version })
          : decide(article.id, other.id, {
              kind: "request-changes",
              version: article.version,
              feedback: "More detail",
            }),
      ]);
      expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1);
      const loser = outcomes.find((outcome) => !outcome.ok);
      expect(loser).toMatchObject({ ok: false, kind: "conflict", code: "already-decided" });
      expect(await db.articleEvent.count({ where: { articleId: article.id } })).toBe(1);
      expect(await publishEvents(article.id)).toBeLessThanOrEqual(1);
      expect(await db.emailMessage.count({ where: { to: author.email } })).toBe(1);
    }
  });
});
