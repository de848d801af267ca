import { describe, expect, it } from "vitest";
import { createDraft, getOwnDraft, saveDraft } from "@/lib/authoring/drafts";
import { createUser } from "@/tests/factories/users";
import { createZone } from "@/tests/factories/zones";
import { completeDraft } from "./helpers";

// Two tabs (two clients) saving the same draft from the same version at the same moment: every
// round exactly one save wins, the other is told about the winner's text, and what is stored
// is always the winner's — never a mix, never the loser's silently on top.

const ROUNDS = 200;

describe("concurrent saves", () => {
  it(`${ROUNDS} rounds of two saves from one version: one wins, one conflicts, nothing lost`, async () => {
    const authorId = (await createUser()).id;
    const zoneId = (await createZone()).id;
    const created = await createDraft(authorId, completeDraft(zoneId, { bodyMarkdown: "Round 0" }));
    if (!created.ok) throw new Error(JSON.stringify(created));
    const id = created.draft.id;

    let version = created.draft.version;
    const winners = { a: 0, b: 0 };
    for (let round = 1; round <= ROUNDS; round++) {
      const save = (tab: "a" | "b") =>
        saveDraft(authorId, id, {
          ...completeDraft(zoneId, { title: `Round ${round} from tab ${tab}`, tags: [`tab-${tab}`] }),
          bodyMarkdown: `Round ${round}, typed in tab ${tab}.`,
          version,
        });
      const [a, b] = await Promise.all([save("a"), save("b")]);
      const outcomes = [a, b];
      const won = outcomes.filter((o) => o.ok);
      const lost = outcomes.filter((o) => !o.ok);
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      const winner = won[0]!;
      const loser = lost[0]!;
      if (!winner.ok || loser.ok || loser.kind !== "conflict")
        throw new Error(`round ${round}: ${JSON.stringify(loser)}`);
      const tab = winner.draft.title.endsWith("tab a") ? "a" : "b";
      winners[tab]++;

      // The loser sees exactly what the winner stored, and that is what the database holds.
      expect(loser.current).toEqual(winner.draft);
      expect(winner.draft).toMatchObject({
        version: version + 1,
        bodyMarkdown: `Round ${round}, typed in tab ${tab}.`,
        tags: [`tab-${tab}`],
      });
      expect(await getOwnDraft(authorId, id)).toEqual(winner.draft);
      version = winner.draft.version;
    }
    expect(version).toBe(1 + ROUNDS);
    expect(winners.a + winners.b).toBe(ROUNDS);
  }, 120_000);
});
