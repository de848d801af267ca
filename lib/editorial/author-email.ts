import "server-only";
import type { DecisionAlongside, DecisionContext } from "@/lib/db/editorial-decisions";
import { enqueueEmail } from "@/lib/email/outbox";
import { renderDecisionEmail, type DecisionEmail } from "./emails";

/**
 * Renders the author's email about `email` now (outside the transaction, so the row lock is held
 * for the writes only) and returns what writes it to the outbox inside the decision's
 * transaction: one message per transition, as the version it produced is unique to it. A former
 * member's article has nobody to tell.
 */
export async function authorEmailFor(
  context: DecisionContext,
  email: DecisionEmail,
): Promise<DecisionAlongside> {
  const { author } = context;
  if (!author) return async () => {};
  const rendered = await renderDecisionEmail(email, context, author.name);
  return async (tx, result) => {
    await enqueueEmail(tx, {
      to: author.email,
      ...rendered,
      kind: "editorial",
      dedupeKey: `editorial:${context.id}:${result.version}`,
    });
  };
}
