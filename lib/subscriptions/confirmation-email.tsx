import { Section, Text } from "@react-email/components";
import { EmailButton, EmailLayout, EmailMuted, EmailParagraph } from "@/lib/email/layout";
import { absoluteUrl } from "@/lib/email/links";
import { siteInfo } from "@/lib/feeds/site";
import { describeTarget, frequencyAdjective } from "./labels";
import { CONFIRM_LINK_DAYS } from "./policy";
import type { Frequency, Target } from "./schemas";

export interface ConfirmationEmailProps {
  token: string;
  pending: { target: { target: Target; name: string }; frequency: Frequency }[];
}

export function confirmationSubject(): string {
  return `Confirm your ${siteInfo().name} email subscription`;
}

/**
 * The double opt-in email: what was asked for at this address and the one link that confirms
 * it. It is not a list message (nothing was subscribed yet), so it has no unsubscribe link.
 */
export function ConfirmationEmail({ token, pending }: ConfirmationEmailProps) {
  const { name } = siteInfo();
  return (
    <EmailLayout
      preview={`Confirm to start getting email digests from ${name}.`}
      heading="Confirm your subscription"
      footer={
        <EmailMuted>
          The link works for {CONFIRM_LINK_DAYS} days. If you did not ask for this, ignore this email: nothing
          is sent to this address unless the link is used.
        </EmailMuted>
      }
    >
      <EmailParagraph>
        Someone, hopefully you, asked for email digests from {name} at this address:
      </EmailParagraph>
      <Section>
        {pending.map((item) => (
          <Text
            key={`${item.target.target}:${item.target.name}`}
            style={{ margin: "4px 0", fontSize: "16px" }}
          >
            • {capitalize(describeTarget(item.target))}, {frequencyAdjective(item.frequency)}
          </Text>
        ))}
      </Section>
      <EmailButton href={absoluteUrl(`/subscriptions/confirm?token=${token}`)}>
        Confirm subscription
      </EmailButton>
    </EmailLayout>
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
