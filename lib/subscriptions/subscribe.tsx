import "server-only";
import { requestSubscription, type SubscribeOutcome } from "@/lib/db/subscription-confirmations";
import { enqueueEmail } from "@/lib/email/outbox";
import { renderEmail } from "@/lib/email/render";
import { ConfirmationEmail, confirmationSubject } from "./confirmation-email";
import type { Frequency, TargetRef } from "./schemas";

/**
 * An anonymous visitor asks for `frequency` digests of `ref` at `email`: the request is stored
 * unconfirmed and, unless this address got a confirmation in the last few minutes, a
 * confirmation email is written to the outbox in the same transaction.
 */
export async function subscribeByEmail(input: {
  email: string;
  ref: TargetRef;
  frequency: Frequency;
}): Promise<SubscribeOutcome> {
  return requestSubscription(input, async (tx, confirmation) => {
    const { html, text } = await renderEmail(
      <ConfirmationEmail token={confirmation.token} pending={confirmation.pending} />,
    );
    await enqueueEmail(tx, {
      to: confirmation.email,
      subject: confirmationSubject(),
      html,
      text,
      kind: "confirmation",
    });
  });
}
