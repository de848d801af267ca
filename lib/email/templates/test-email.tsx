import { EmailButton, EmailLayout, EmailMuted, EmailParagraph } from "../layout";
import { absoluteUrl } from "../links";

export interface TestEmailProps {
  siteName: string;
  /** Who sent it (the admin's name). */
  sentBy: string;
}

/** The message behind "Send a test email" on /editor/outbox: proof that delivery works. */
export function TestEmail({ siteName, sentBy }: TestEmailProps) {
  return (
    <EmailLayout
      preview={`${sentBy} checked that ${siteName} can send email.`}
      heading="Email delivery works"
      footer={
        <EmailMuted>
          You get this because an admin of {siteName} sent a test email to this address.
        </EmailMuted>
      }
    >
      <EmailParagraph>
        {sentBy} sent this test from the {siteName} outbox. If you are reading it, confirmation emails,
        digests and editorial notifications can reach this address too.
      </EmailParagraph>
      <EmailButton href={absoluteUrl("/editor/outbox")}>Open the outbox</EmailButton>
    </EmailLayout>
  );
}
