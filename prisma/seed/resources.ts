// Refcards (numbered cheat sheets, #1 oldest) and Trend Reports, with authors, zones and a
// markdown preview body.
import { titleCase } from "./article-copy";
import { allZones, LANGUAGE_LABELS, type ZoneSpec } from "./catalog";
import { codeContext, codeSample } from "./code-samples";
import { proseContext } from "./markdown-body";
import { imagePath, imagesFor } from "./images";
import { ADVICE, EVIDENCE, EXPLAIN, INTRO, paragraph, type Sentence } from "./prose";
import { Rng } from "./prng";
import type { PdfText } from "./resource-pdf";
import type { UserPlans } from "./users";

export interface ResourcePlan {
  kind: "REFCARD" | "TREND_REPORT";
  number: number | null;
  slug: string;
  title: string;
  summary: string;
  markdown: string;
  coverImageUrl: string;
  /** What its downloadable PDF says. */
  pdf: PdfText;
  downloadCount: number;
  publishedAt: Date;
  authorIds: number[];
  zoneSlugs: string[];
}

const DAY = 86_400_000;
const REFCARD_TITLES = [
  "Essentials",
  "Quick Reference",
  "Patterns and Practices",
  "Getting Started",
  "Core Concepts",
  "Field Manual",
];
const REPORT_THEMES = [
  { title: "Cloud Native Operations", zones: ["kubernetes", "platform-engineering", "observability"] },
  { title: "Database Systems Outlook", zones: ["databases", "data-warehousing", "streaming"] },
  {
    title: "Application Security",
    zones: ["application-security", "supply-chain-security", "identity-and-access"],
  },
  { title: "AI in Software Delivery", zones: ["llm-engineering", "mlops", "continuous-delivery"] },
  { title: "Observability and Incident Response", zones: ["observability", "sre"] },
  { title: "Developer Experience", zones: ["platform-engineering", "testing", "api-design"] },
];

function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function refcardBody(rng: Rng, zone: ZoneSpec, tool: string): string {
  const p = { ...proseContext(rng, zone), tool };
  const used = new Set<Sentence>();
  const language = rng.pick(zone.languages);
  const rows = rng
    .sample(zone.topics, 4)
    .map(
      (topic) =>
        `| ${titleCase(topic)} | ${rng.pick(["Start here", "Intermediate", "Advanced"])} | ${paragraph(rng, p, used, [ADVICE]).split(". ")[0]?.replace(/\.$/, "")}. |`,
    );
  return [
    "## Section 1: Introduction",
    paragraph(rng, p, used, [INTRO, EXPLAIN]),
    `## Section 2: Core Concepts of ${tool}`,
    paragraph(rng, p, used, [EXPLAIN, EXPLAIN, ADVICE]),
    "## Section 3: Quick Reference",
    ["| Concept | Level | Remember |", "|---|---|---|", ...rows].join("\n"),
    `## Section 4: ${LANGUAGE_LABELS[language]} Example`,
    `\`\`\`${language}\n${codeSample(rng, language, codeContext(rng))}\n\`\`\``,
    "## What the Full Refcard Covers",
    "Download the PDF for the complete card: setup, configuration reference, troubleshooting and a one-page cheat sheet.",
  ].join("\n\n");
}

function reportBody(rng: Rng, zones: ZoneSpec[], title: string): string {
  const zone = zones[0] as ZoneSpec;
  const p = proseContext(rng, zone);
  const used = new Set<Sentence>();
  const image = rng.pick(imagesFor(zone.categorySlug));
  const findings = zones
    .flatMap((z) => rng.sample(z.topics, 2))
    .map(
      (topic) =>
        `- **${titleCase(topic)}**: ${rng.int(18, 72)}% of respondents plan to invest more in the next 12 months.`,
    );
  return [
    `## About the ${title} Report`,
    `We surveyed ${rng.int(400, 1800)} practitioners and interviewed ${rng.int(8, 30)} engineering leaders. ${paragraph(rng, p, used, [EXPLAIN, EVIDENCE])}`,
    "## Key Findings",
    findings.join("\n"),
    `![${image.alt}](${imagePath(image)})`,
    "## Inside the Report",
    zones.map((z) => `- ${z.name}: ${z.description}`).join("\n"),
    "Download the full report for the survey methodology, every chart and the contributor articles.",
  ].join("\n\n");
}

/**
 * The PDF's text: the kind, the summary and the preview's prose (headings and paragraphs; code,
 * images and table rules left out, which a one-page text PDF cannot show well).
 */
function pdfText(label: string, title: string, summary: string, markdown: string): PdfText {
  const prose = markdown
    .replace(/```[\s\S]*?```/g, "")
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.startsWith("![") && !/^\|[-| ]+\|$/.test(line))
    .map((line) =>
      line
        .replace(/^#+\s*/, "")
        .replace(/\*\*/g, "")
        .replace(/^\|\s*|\s*\|$/g, "")
        .replace(/\s*\|\s*/g, " - "),
    );
  return { title, lines: [label, summary, "", ...prose] };
}

export function planResources(seed: number, users: UserPlans, now: Date): ResourcePlan[] {
  const rng = Rng.derive(seed, "resources");
  const zones = allZones();
  const plans: ResourcePlan[] = [];
  const refcardZones = rng.sample(zones, 16);
  const slugs = new Set<string>();
  refcardZones.forEach((zone, index) => {
    // Zones share some tools (Kafka, Terraform…): redraw until the title is new.
    let tool = rng.pick(zone.tools);
    let title = `${tool} ${rng.pick(REFCARD_TITLES)}`;
    while (slugs.has(slugify(title))) {
      tool = rng.pick(zone.tools);
      title = `${tool} ${rng.pick(REFCARD_TITLES)}`;
    }
    slugs.add(slugify(title));
    const summary = `A compact reference to ${tool} for ${zone.name.toLowerCase()} work: core concepts, common commands and the settings that matter in production.`;
    const markdown = refcardBody(rng, zone, tool);
    plans.push({
      kind: "REFCARD",
      number: index + 1,
      slug: slugify(title),
      title,
      summary,
      markdown,
      coverImageUrl: imagePath(rng.pick(imagesFor(zone.categorySlug))),
      pdf: pdfText(`Refcard #${index + 1}`, title, summary, markdown),
      downloadCount: rng.int(150, 25_000),
      // Numbered in publication order, about six weeks apart: #1 is the oldest.
      publishedAt: new Date(
        now.getTime() - ((refcardZones.length - index) * 42 + rng.int(0, 20)) * DAY + 7 * DAY,
      ),
      authorIds: rng.sample(users.authors, rng.int(1, 2)).map((user) => user.id),
      zoneSlugs: [zone.slug, ...(rng.chance(0.4) ? [rng.pick(zones).slug] : [])].filter(
        (slug, i, all) => all.indexOf(slug) === i,
      ),
    });
  });
  REPORT_THEMES.forEach((theme, index) => {
    const publishedAt = new Date(
      now.getTime() - ((REPORT_THEMES.length - 1 - index) * 110 + rng.int(3, 25)) * DAY,
    );
    const title = `${publishedAt.getUTCFullYear()} ${theme.title} Trend Report`;
    const themeZones = theme.zones
      .map((slug) => zones.find((zone) => zone.slug === slug))
      .filter((z): z is ZoneSpec => !!z);
    const summary = `Survey results, expert articles and practical advice on ${themeZones.map((z) => z.name.toLowerCase()).join(", ")}.`;
    const markdown = reportBody(rng, themeZones, theme.title);
    plans.push({
      kind: "TREND_REPORT",
      number: null,
      slug: slugify(title),
      title,
      summary,
      markdown,
      coverImageUrl: imagePath(rng.pick(imagesFor(themeZones[0]?.categorySlug ?? ""))),
      pdf: pdfText("Trend Report", title, summary, markdown),
      downloadCount: rng.int(800, 40_000),
      publishedAt,
      authorIds: rng.sample(users.authors, rng.int(2, 4)).map((user) => user.id),
      zoneSlugs: themeZones.map((z) => z.slug),
    });
  });
  return plans;
}
