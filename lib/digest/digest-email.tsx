import { Heading, Section, Text } from "@react-email/components";
import type { Digest, DigestArticle } from "@/lib/db/digests";
import { EmailLayout, EmailLink, EmailMuted, EmailParagraph } from "@/lib/email/layout";
import { absoluteUrl } from "@/lib/email/links";
import { siteInfo } from "@/lib/feeds/site";
import { formatDate, pluralize } from "@/lib/format";
import { describeTarget, frequencyAdjective } from "@/lib/subscriptions/labels";

// The digest email: new articles grouped by zone (in the order of each zone's newest article),
// then why the reader gets it, with an unsubscribe link per subscription and one for the whole
// digest. Every link is absolute; the layout keeps one column that narrows with the screen.

const SUMMARY_MAX = 220;

export interface ZoneGroup {
  zone: DigestArticle["zone"];
  articles: DigestArticle[];
}

export function groupByZone(articles: readonly DigestArticle[]): ZoneGroup[] {
  const groups = new Map<string, ZoneGroup>();
  for (const article of articles) {
    const group = groups.get(article.zone.slug) ?? { zone: article.zone, articles: [] };
    group.articles.push(article);
    groups.set(article.zone.slug, group);
  }
  return [...groups.values()];
}

export function digestSubject(digest: Digest): string {
  const count = digest.articles.length + digest.moreCount;
  return `Your ${frequencyAdjective(digest.frequency)} ${siteInfo().name} digest: ${pluralize(count, "new article")}`;
}

/** The unsubscribe page for one token: it asks before removing anything. */
export function unsubscribePageUrl(token: string, scope?: "digest"): string {
  return absoluteUrl(`/unsubscribe?token=${token}${scope ? `&scope=${scope}` : ""}`);
}

/**
 * The RFC 8058 one-click endpoint for the List-Unsubscribe header: a POST to it ends this
 * digest (every subscription of the address at this frequency).
 */
export function oneClickUnsubscribeUrl(token: string): string {
  return absoluteUrl(`/api/unsubscribe?token=${token}&scope=digest`);
}

function shorten(text: string): string {
  if (text.length <= SUMMARY_MAX) return text;
  const cut = text.slice(0, SUMMARY_MAX);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), SUMMARY_MAX - 40)).trimEnd()}…`;
}

export function DigestEmail({ digest }: { digest: Digest }) {
  const { name } = siteInfo();
  const groups = groupByZone(digest.articles);
  const first = digest.subscriptions[0];
  return (
    <EmailLayout
      preview={digest.articles
        .slice(0, 3)
        .map((a) => a.title)
        .join(" · ")}
      heading={`New on ${name}`}
      footer={<DigestFooter digest={digest} digestToken={first?.unsubscribeToken} />}
    >
      <EmailParagraph>
        {pluralize(digest.articles.length + digest.moreCount, "new article")} since your last{" "}
        {frequencyAdjective(digest.frequency)} digest.
      </EmailParagraph>
      {groups.map((group) => (
        <Section key={group.zone.slug} style={{ marginTop: "20px" }}>
          <Heading as="h2" style={{ fontSize: "18px", lineHeight: "24px", margin: "0 0 4px" }}>
            <EmailLink href={absoluteUrl(`/zones/${group.zone.slug}`)}>{group.zone.name}</EmailLink>
          </Heading>
          {group.articles.map((article) => (
            <Section key={article.id} style={{ margin: "12px 0" }}>
              <Text style={{ margin: "0", fontSize: "16px", lineHeight: "22px", fontWeight: 700 }}>
                <EmailLink href={absoluteUrl(`/articles/${article.slug}`)}>{article.title}</EmailLink>
              </Text>
              <EmailMuted>
                {article.author ? `By ${article.author.name} · ` : ""}
                {formatDate(article.publishedAt)}
              </EmailMuted>
              {article.summary && (
                <Text style={{ margin: "4px 0 0", fontSize: "15px", lineHeight: "22px", color: "#3b4252" }}>
                  {shorten(article.summary)}
                </Text>
              )}
            </Section>
          ))}
        </Section>
      ))}
      {digest.moreCount > 0 && (
        <EmailParagraph>
          And {pluralize(digest.moreCount, "more new article")}:{" "}
          <EmailLink href={absoluteUrl("/articles")}>see all new articles</EmailLink>.
        </EmailParagraph>
      )}
    </EmailLayout>
  );
}

function DigestFooter({ digest, digestToken }: { digest: Digest; digestToken: string | undefined }) {
  return (
    <>
      <EmailMuted>
        You get this {frequencyAdjective(digest.frequency)} digest at {digest.email} for:
      </EmailMuted>
      {digest.subscriptions.map((s) => (
        <EmailMuted key={s.unsubscribeToken}>
          • {describeTarget(s.target)} —{" "}
          <EmailLink href={unsubscribePageUrl(s.unsubscribeToken)}>unsubscribe</EmailLink>
        </EmailMuted>
      ))}
      <EmailMuted>
        {digestToken && (
          <>
            <EmailLink href={unsubscribePageUrl(digestToken, "digest")}>
              Unsubscribe from this digest
            </EmailLink>
            {" · "}
          </>
        )}
        <EmailLink href={absoluteUrl("/settings/subscriptions")}>Manage subscriptions</EmailLink> (members)
      </EmailMuted>
    </>
  );
}
