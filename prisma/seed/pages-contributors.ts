// Content pages for authors: how to post, what we accept, and the contributor programs.
import type { PageSeed } from "./pages";

export const CONTRIBUTOR_PAGES: readonly PageSeed[] = [
  {
    slug: "submission-guidelines",
    title: "Article Submission Guidelines",
    markdown: `Zonepress publishes practical articles written by developers for developers. Every submission is read by an editor before it goes live. These guidelines explain what we look for, so your article spends less time in review and more time being read.

## What we publish

- **Experience-based technical writing.** Tutorials, design write-ups, postmortems, migrations, benchmarks with methodology, and honest comparisons.
- **Original work.** The article must be yours and must not be published elsewhere first. If you later republish it on your own blog, set the canonical link back to Zonepress or ask us to set yours.
- **One clear topic.** Pick the single zone that fits best; editors may move it if another zone suits readers better.

## What we do not publish

- Product announcements, press releases and marketing copy. You may mention products you work on, but the article has to stand on its own without them.
- Content copied from documentation, other articles or generated text presented as your own experience. If you used an AI assistant to help with drafting or code, say so in a sentence at the end.
- Link collections without commentary, and articles whose main purpose is a backlink.

## Structure and length

- Start with a **summary** of one or two sentences: what the reader will learn and for whom. It appears in listings, feeds and search results.
- Use \`##\` and \`###\` headings; they become the table of contents.
- Most accepted articles are between 800 and 2,500 words. Very short pieces rarely give readers enough to act on.
- End with what the reader should do next: a checklist, trade-offs to weigh, or further reading.

## Code, images and links

- Put code in fenced blocks with a language (\`\`\`ts, \`\`\`python, \`\`\`yaml…) so it is highlighted. Keep samples short and runnable; link to a repository for the full project.
- Never include real credentials, internal hostnames or customer data, even in screenshots.
- Images need alt text that describes what they show. Diagrams beat screenshots of text.
- Links to sources and documentation are welcome. Outbound links are marked \`nofollow\`.

## Review

An editor usually responds within three working days. You will see one of three outcomes under **Manage My Drafts**: published (or scheduled), **changes requested** with written feedback, or rejected with a reason. After changes are requested, edit the draft and submit it again; the editor sees a diff of what changed.

Questions about a submission? Use the [contact page](/pages/contact) and include the article title.
`,
  },
  {
    slug: "how-to-post",
    title: "How to Post an Article",
    markdown: `Posting on Zonepress takes a few minutes once your text is ready. Here is the whole path from idea to published article.

## 1. Create an account

Choose **Join** in the header and pick a username; it becomes your profile address (\`/users/your-name\`). Fill in your bio on **Edit Profile**: readers look at it to decide whether to trust an article.

## 2. Start a draft

Open **Post an Article** from the user menu. Give the article a working title, choose a zone and add up to five tags. Drafts save automatically while you type, and you can come back to them any time from **Manage My Drafts**.

## 3. Write in Markdown

The editor uses GitHub-flavoured Markdown and shows a live preview rendered exactly as readers will see it.

| You type | You get |
|---|---|
| \`## Section title\` | A section heading (listed in the table of contents) |
| \`**bold**\` and \`_italic_\` | **bold** and _italic_ |
| \`[text](https://example.com)\` | A link |
| \`![diagram of the flow](/path.svg)\` | An image with alt text |
| Three backticks and a language name | A highlighted code block |
| Pipes and dashes | A table like this one |

Raw HTML is not rendered; everything you need has a Markdown form. The word count and estimated reading time update as you write.

## 4. Add a summary and cover image

The summary appears under the title in listings and in email digests. A cover image is optional; without one the zone's placeholder is used.

## 5. Submit for review

When you are happy with the preview, choose **Submit for Review**. We check the basics (title, zone, summary and a minimum length) before it reaches an editor. While it waits you can still withdraw it back to draft.

## 6. Respond to feedback

If the editor requests changes, their note appears on the draft. Edit, then submit again. Once published, your article appears in its zone, its category, the site-wide feed and the RSS feeds, and subscribers get it in their next digest.

Before you start, skim the [submission guidelines](/pages/submission-guidelines) and the [Writers' Zone](/pages/writers-zone).
`,
  },
  {
    slug: "core-program",
    title: "The Core Program",
    markdown: `Core members are contributors whose work our readers rely on. The **Core** badge next to a name tells readers that the author has a track record of accurate, useful articles on Zonepress.

## What it takes

There is no application form and no article quota. Editors nominate members who, over several months:

- publish articles that readers save, share and come back to;
- write accurately, correct mistakes quickly and cite their sources;
- help others: thoughtful reviews, answers to questions, encouragement for first-time authors;
- keep promotional content out of their articles.

## What Core members get

- The Core badge on their profile and articles.
- Faster reviews: Core submissions go to the front of the editorial queue.
- Invitations to contribute to Refcards and Trend Reports, and to speak at community events.
- A direct line to the editors to propose series and cover emerging topics.

## Expectations

The badge reflects ongoing work. It is reviewed once a year; members who have stopped contributing keep their articles and can rejoin at any time. Editors may remove the badge if an article breaks the [submission guidelines](/pages/submission-guidelines), for example by hiding a sponsorship.

Think you or someone you know should be considered? Tell us through the [contact page](/pages/contact).
`,
  },
  {
    slug: "become-a-contributor",
    title: "Become a Contributor",
    markdown: `Zonepress exists because practitioners share what they learn. If you have solved a problem that cost you a week, someone else is about to spend that week too. Writing it up saves them the time and sharpens your own understanding.

## Why write here

- **Readers who build things.** Our audience is working engineers, architects and SREs looking for answers they can apply.
- **Editing that helps.** Every article is reviewed by an editor who will suggest improvements, not just approve or reject.
- **Your name on it.** Articles link to your profile, and you keep the copyright to everything you write.

## What we are looking for right now

- Migration stories with numbers: before and after, and what you would do differently.
- Incident reviews that others can learn from (with sensitive details removed).
- Deep dives into a single feature of a tool you use every day.
- Honest comparisons that explain when *not* to use something.
- Introductions to topics for newcomers, written by people who still remember being new.

## How to start

1. [Join](/join) and complete your profile.
2. Read the [submission guidelines](/pages/submission-guidelines) and [how to post](/pages/how-to-post).
3. Browse the zones to see what has already been covered, then draft your first article.
4. Submit it for review. First-time authors often get detailed feedback; that is a good sign.

Regular contributors may be invited to the [Core Program](/pages/core-program).
`,
  },
  {
    slug: "writers-zone",
    title: "Writers' Zone",
    markdown: `Practical advice for writing technical articles people finish reading. None of this is a rule; all of it comes from what our editors see working.

## Before you write

- **Name the reader.** "A backend developer who has used Kafka but never operated it" leads to a better article than "developers".
- **Write the summary first.** If you cannot say in two sentences what the reader will learn, the article is not ready to outline.
- **Outline with headings.** Headings become the table of contents; a reader should understand the article from them alone.

## While you write

- Lead with the problem, not the history of the technology.
- Prefer concrete numbers to adjectives: "p99 fell from 480 ms to 190 ms" beats "much faster".
- Keep code samples minimal and runnable. Explain the one line that matters instead of pasting the whole file.
- Show failure modes. Readers trust authors who tell them where an approach breaks.
- Use tables for comparisons and diagrams for architecture; use prose for reasoning.

## Titles that work

Good titles promise something specific: *How We Cut Build Times in Half With Remote Caching* tells readers what they get. Avoid clickbait and avoid titles that only make sense after reading the article.

## Before you submit

- [ ] The summary says who the article is for and what they will learn.
- [ ] Every code block has a language and has been run.
- [ ] Every image has alt text.
- [ ] Claims have links to sources or your own measurements.
- [ ] You have read the article aloud once. Awkward sentences are easy to hear.

When you are ready, read [how to post](/pages/how-to-post) and send it in.
`,
  },
];
