import "server-only";
import type { Digest } from "@/lib/db/digests";
import type { SubscriptionTx } from "@/lib/db/subscriptions";
import { enqueueEmail } from "@/lib/email/outbox";
import { renderEmail } from "@/lib/email/render";
import { DigestEmail, digestSubject, oneClickUnsubscribeUrl } from "./digest-email";

/**
 * Writes `digest` to the outbox in the caller's transaction and returns the message's id. The
 * List-Unsubscribe header ends the whole digest with one POST (RFC 8058; RFC 2369 for the
 * header itself); the body has a link per subscription as well.
 */
export async function enqueueDigest(tx: SubscriptionTx, digest: Digest, runAt: Date): Promise<number> {
  const first = digest.subscriptions[0];
  if (!first) throw new Error("A digest needs at least one subscription to unsubscribe from");
  const { html, text } = await renderEmail(<DigestEmail digest={digest} />);
  const message = await enqueueEmail(tx, {
    to: digest.email,
    subject: digestSubject(digest),
    html,
    text,
    kind: "digest",
    headers: {
      "List-Unsubscribe": `<${oneClickUnsubscribeUrl(first.unsubscribeToken)}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
    // One digest per address, frequency and run; deliverDigest's lock already ensures it, and
    // the outbox refuses a second one if that ever failed.
    dedupeKey: `digest:${digest.frequency.toLowerCase()}:${digest.email}:${runAt.toISOString()}`,
  });
  if (!message) throw new Error("This run already wrote a digest for this address");
  return message.id;
}
