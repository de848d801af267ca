// The content pages (Page rows, editable by admins): About, Contact, Support, Community
// research here; contributor and legal pages in their own files.
import { CONTRIBUTOR_PAGES } from "./pages-contributors";
import { LEGAL_PAGES } from "./pages-legal";

export interface PageSeed {
  slug: string;
  title: string;
  markdown: string;
}

const SITE_PAGES: readonly PageSeed[] = [
  {
    slug: "about",
    title: "About Zonepress",
    markdown: `Zonepress is a community publication for software developers. Practitioners write about what they build and run; editors review every article before it is published; readers get practical, tested knowledge organized by topic.

## How the site is organized

Content is grouped into **categories** such as Cloud Architecture, Data Engineering and Security. Each category contains **zones**, focused topics like Kubernetes, Streaming or API Design. Follow a zone or a category to get new articles by email, or subscribe to its RSS feed.

Beyond articles you will find:

- **Refcards**: numbered, printable cheat sheets on a single technology.
- **Trend Reports**: research on where a field is heading, based on surveys and interviews.
- **Events** and a **video library** with talks, demos and expert sessions.

## Who writes here

Anyone can join and submit an article. Our contributors are engineers, architects, SREs, data scientists and security specialists. Members with a sustained record of useful work earn the Core badge through the [Core Program](/pages/core-program).

## Editorial standards

Every article is reviewed by an editor for accuracy, clarity and originality before it appears. Editors may request changes, and they reject promotional content. Read the [submission guidelines](/pages/submission-guidelines) to see what we look for.

## Open and self-hosted

Zonepress is open-source software: any team can run its own instance for an internal engineering blog or a public community. This site is one such instance.
`,
  },
  {
    slug: "contact",
    title: "Contact Us",
    markdown: `We read every message. To help us route yours quickly, choose the topic that fits best.

## Editorial

Questions about a submission, a correction to a published article, or a topic you would like to see covered. Please include the article title or link.

## Account and technical support

Trouble signing in, subscription emails you did not expect, or something on the site that does not work. See the [support page](/pages/support) first; many answers are there.

## Partnerships and advertising

Sponsorships, Refcard partnerships and event support. See [advertise](/pages/advertise) for the options.

## Report a problem with content

If an article contains something harmful, infringing or confidential, tell us which article and why. We review reports within two working days.

## How to reach us

Our email address and postal address are listed in the site footer. We aim to answer within three working days.
`,
  },
  {
    slug: "support",
    title: "Support and Feedback",
    markdown: `Answers to the questions we hear most often, and how to reach us when they are not enough.

## Signing in

- **Forgot your password?** Use "Forgot password" on the login page; the reset link is valid for one hour.
- **Signed up with GitHub or Google?** Use the same button to sign in. You can add a password later from **Edit Profile**.
- **Signed out everywhere?** Changing your password ends all other sessions on purpose.

## Email subscriptions

Open **Manage Email Subscriptions** from the user menu to follow zones, categories or authors, switch between daily and weekly digests, or unsubscribe. Every digest also contains a one-click unsubscribe link. Digests are only sent when there is something new.

## Your articles

- Drafts, submissions and editor feedback live under **Manage My Drafts**.
- You can withdraw a submitted article back to draft until an editor picks it up.
- To change a published article, contact the editors with the correction.

## Your data

You can export everything we hold about you as JSON, or delete your account, from **Edit Profile**. See the [privacy policy](/pages/privacy) for details.

## Feedback

Found a bug or have an idea for the site? Tell us through the [contact page](/pages/contact). Include the page address and what you expected to happen; screenshots help.
`,
  },
  {
    slug: "community-research",
    title: "Community Research",
    markdown: `Our Trend Reports are built on what the community tells us. A few times a year we run short surveys and interviews about how teams build, ship and operate software.

## How it works

- Surveys are **opt-in** and announced on the site and in digests. Most take ten to fifteen minutes.
- Questions focus on practices and tools, never on your employer's confidential details.
- Interviews are recorded only with permission and quoted only with approval.

## How we use the answers

Responses are analysed in aggregate and published in the relevant [Trend Report](/trend-reports). We report results only for groups of at least 30 respondents, so no individual can be identified. Raw responses are deleted twelve months after the report is published.

## Why take part

- You get the full report before anyone else.
- You help the community see beyond the hype with real numbers.
- Participants may opt in to a follow-up interview and be credited in the report.

## Current studies

Open studies are announced on the home page. To suggest a topic for future research, use the [contact page](/pages/contact).
`,
  },
];

/** All 12 content pages linked from the footer and the user menu. */
export const PAGES: readonly PageSeed[] = [...SITE_PAGES, ...CONTRIBUTOR_PAGES, ...LEGAL_PAGES];
