import "server-only";
import { EmailButton, EmailLayout, EmailMuted, EmailParagraph } from "@/lib/email/layout";
import { absoluteUrl } from "@/lib/email/links";
import { renderEmail } from "@/lib/email/render";
import { rejectReasonLabel } from "./decision-input";
import { formatDateTimeUtc } from "./time";

// The emails an author gets when an editor decides on their article. Each is rendered before the
// decision's transaction and written to the outbox inside it (lib/editorial/decisions.ts), so the
// author hears of exactly the decisions that happened.

export type DecisionEmail =
  | { kind: "changes-requested"; feedback: string }
  | { kind: "rejected"; reason: string; note: string }
  | { kind: "published" }
  | { kind: "scheduled"; publishAt: Date }
  | { kind: "schedule-cancelled" }
  | { kind: "unpublished"; note: string | null }
  | { kind: "republished" };

export interface EmailArticle {
  id: number;
  slug: string;
  title: string;
}

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

/** A title fit for a subject line: one line, not endless. */
function subjectTitle(title: string): string {
  const line = title.replace(/\s+/g, " ").trim() || "your article";
  return line.length > 120 ? `${line.slice(0, 119)}…` : line;
}

const quoteStyle = {
  borderLeft: "4px solid #1a5fd0",
  margin: "12px 0",
  padding: "4px 12px",
  color: "#3b4252",
  fontSize: "16px",
  lineHeight: "24px",
  whiteSpace: "pre-line",
} as const;

function Quote({ children }: { children: string }) {
  return <div style={quoteStyle}>{children}</div>;
}

function content(email: DecisionEmail, article: EmailArticle) {
  const title = `“${article.title}”`;
  const drafts = absoluteUrl("/drafts");
  switch (email.kind) {
    case "changes-requested":
      return {
        subject: `Changes requested: ${subjectTitle(article.title)}`,
        heading: "Your article needs a few changes",
        body: (
          <>
            <EmailParagraph>
              An editor reviewed {title} and asks for these changes before it can be published:
            </EmailParagraph>
            <Quote>{email.feedback}</Quote>
            <EmailParagraph>Revise it and submit it again; it goes back to the review queue.</EmailParagraph>
            <EmailButton href={absoluteUrl(`/write/${article.id}`)}>Revise your article</EmailButton>
          </>
        ),
      };
    case "rejected":
      return {
        subject: `Not accepted: ${subjectTitle(article.title)}`,
        heading: "Your article was not accepted",
        body: (
          <>
            <EmailParagraph>
              An editor reviewed {title} and decided not to publish it. Reason:{" "}
              {rejectReasonLabel(email.reason)}.
            </EmailParagraph>
            <Quote>{email.note}</Quote>
            <EmailButton href={drafts}>Go to Manage My Drafts</EmailButton>
          </>
        ),
      };
    case "published":
      return {
        subject: `Published: ${subjectTitle(article.title)}`,
        heading: "Your article is published",
        body: (
          <>
            <EmailParagraph>{title} is now live for every reader. Thank you for writing it.</EmailParagraph>
            <EmailButton href={absoluteUrl(`/articles/${article.slug}`)}>Read it on the site</EmailButton>
          </>
        ),
      };
    case "scheduled":
      return {
        subject: `Scheduled: ${subjectTitle(article.title)}`,
        heading: "Your article was accepted",
        body: (
          <>
            <EmailParagraph>
              An editor accepted {title} and scheduled it to be published on{" "}
              {formatDateTimeUtc(email.publishAt)}.
            </EmailParagraph>
            <EmailButton href={drafts}>Go to Manage My Drafts</EmailButton>
          </>
        ),
      };
    case "schedule-cancelled":
      return {
        subject: `No longer scheduled: ${subjectTitle(article.title)}`,
        heading: "Your article’s publish date was cancelled",
        body: (
          <>
            <EmailParagraph>
              An editor cancelled the scheduled publication of {title}. It is back in the review queue and you
              will hear from us again when an editor decides.
            </EmailParagraph>
            <EmailButton href={drafts}>Go to Manage My Drafts</EmailButton>
          </>
        ),
      };
    case "unpublished":
      return {
        subject: `Unpublished: ${subjectTitle(article.title)}`,
        heading: "Your article was unpublished",
        body: (
          <>
            <EmailParagraph>
              An editor took {title} off the site; its address now says the article is gone.
            </EmailParagraph>
            {email.note && <Quote>{email.note}</Quote>}
            <EmailButton href={drafts}>Go to Manage My Drafts</EmailButton>
          </>
        ),
      };
    case "republished":
      return {
        subject: `Back online: ${subjectTitle(article.title)}`,
        heading: "Your article is back online",
        body: (
          <>
            <EmailParagraph>An editor published {title} again, at its old address.</EmailParagraph>
            <EmailButton href={absoluteUrl(`/articles/${article.slug}`)}>Read it on the site</EmailButton>
          </>
        ),
      };
  }
}

/** The subject and bodies of the email telling `authorName` about `email`. */
export async function renderDecisionEmail(
  email: DecisionEmail,
  article: EmailArticle,
  authorName: string,
): Promise<RenderedEmail> {
  const { subject, heading, body } = content(email, article);
  const rendered = await renderEmail(
    <EmailLayout
      preview={subject}
      heading={heading}
      footer={
        <EmailMuted>
          You get this email because you wrote this article. Editors’ decisions are also listed in Manage My
          Drafts.
        </EmailMuted>
      }
    >
      <EmailParagraph>{`Hi ${authorName},`}</EmailParagraph>
      {body}
    </EmailLayout>,
  );
  return { subject, ...rendered };
}
