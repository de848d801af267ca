// Terms, privacy and advertising pages. The legal texts are a sensible starting point for
// a self-hosted community, marked as such; operators should have them reviewed.
import type { PageSeed } from "./pages";

const TEMPLATE_NOTE =
  "> This text ships with Zonepress as a starting point. If you run your own Zonepress site, adapt it to your organization and have it reviewed by someone qualified in the law that applies to you.";

export const LEGAL_PAGES: readonly PageSeed[] = [
  {
    slug: "terms",
    title: "Terms of Service",
    markdown: `${TEMPLATE_NOTE}

These terms apply to everyone who reads, joins or contributes to this Zonepress site ("the site"). By creating an account you agree to them.

## Your account

- You must provide a working email address and keep your password to yourself. You are responsible for what happens under your account.
- One person, one account. Accounts used to impersonate others or to evade a suspension will be closed.
- You can delete your account at any time from **Edit Profile**. You choose whether your published articles are removed or kept under "former member".

## Your content

- You keep the copyright to everything you write. By publishing, you grant the site a worldwide, non-exclusive, royalty-free licence to host, display, distribute (including in feeds and email digests) and format your content, for as long as it is published.
- You confirm that you have the right to publish what you submit, including code and images, and that it does not disclose anyone's confidential information.
- Editors may edit articles for clarity, formatting and accuracy before publication and may decline or unpublish content that breaks these terms or the [submission guidelines](/pages/submission-guidelines).

## Acceptable use

Do not use the site to post unlawful, harassing, hateful or deceptive material; to distribute malware or exploit vulnerabilities against others; to scrape the site in ways that degrade it for others (use the public feeds and API instead); or to send unsolicited promotion.

## Availability and liability

The site is provided "as is". We work to keep it available and accurate, but articles reflect their authors' experience and may contain errors; test before you rely on them in production. To the extent the law allows, the operators are not liable for indirect or consequential losses arising from use of the site.

## Changes

We may update these terms. Material changes are announced on the site at least 14 days before they take effect. Continuing to use the site after that means you accept the updated terms.

Questions: see the [contact page](/pages/contact).
`,
  },
  {
    slug: "privacy",
    title: "Privacy Policy",
    markdown: `${TEMPLATE_NOTE}

This policy explains what personal data the site collects, why, and what you can do about it. The short version: we collect what is needed to run accounts, publish articles and send the emails you ask for, and nothing is sold.

## What we collect

| Data | Why | Kept for |
|---|---|---|
| Email, name, username, password hash | To run your account and sign you in | Until you delete your account |
| Profile bio and avatar | Shown on your profile and articles | Until you change or delete them |
| Articles, drafts and editorial feedback | To publish and review content | Until you delete them or your account |
| Likes and subscriptions | To show like counts and send digests | Until you remove them |
| Aggregated page views per article per day | To show view counts and popular articles | Indefinitely, not linked to you |
| Server logs (IP address, user agent) | Security and abuse prevention | 30 days |

Passwords are stored only as salted, slow hashes. We do not use third-party advertising trackers.

## Cookies

The site sets a session cookie when you sign in and a short-lived cookie that protects forms against cross-site request forgery. Neither is used for tracking.

## Email

We send account emails (for example, password resets) and the digests you subscribe to. Anonymous subscriptions are confirmed by a link first. Every digest has a one-click unsubscribe link.

## Your rights

You can see and correct your data on **Edit Profile**, export it as JSON, and delete your account at any time. Depending on where you live you may have further rights, such as objecting to processing or complaining to a supervisory authority. To exercise them, use the [contact page](/pages/contact).

## Service providers

The site may use an email delivery provider and file storage provider to operate. They process data only on the operator's instructions.
`,
  },
  {
    slug: "advertise",
    title: "Advertise With Zonepress",
    markdown: `Zonepress readers are engineers, architects and technical leaders who come here to solve problems. Sponsorship works when it helps them do that, so every option below is clearly labelled and kept separate from editorial decisions.

## Options

- **Sponsored Refcards.** Fund a Refcard on a topic close to your product. An independent expert writes it to our editorial standards; your logo appears on the cover and download page.
- **Trend Report partnership.** Support one of our research reports and present the findings in a joint webinar.
- **Newsletter placement.** One clearly marked slot in the weekly digest of a category or zone.
- **Event sponsorship.** Support a community meetup, workshop or virtual roundtable listed on our events page.

## Our principles

- Sponsored content is always labelled as sponsored.
- Sponsors never review or approve independent articles, and sponsorship does not affect reviews of articles that mention your product.
- We do not sell or share member data with sponsors. Reports of campaign performance are aggregated.

## Get in touch

Tell us about your audience and goals through the [contact page](/pages/contact) and we will send current availability and rates.
`,
  },
];
