// Builds a realistic article body in markdown for a zone: intro, sections with ##/###
// headings, lists, a GFM table, fenced code in the zone's languages, inline code, links
// (external example.com and internal /zones/…) and a demo image.
import { titleCase } from "./article-copy";
import { LANGUAGE_LABELS, type CodeLanguage, type ZoneSpec } from "./catalog";
import { codeContext, codeSample, type CodeContext } from "./code-samples";
import { imagePath, imagesFor } from "./images";
import type { Rng } from "./prng";
import {
  ADVICE,
  BULLETS,
  CAUTION,
  CLOSING,
  EVIDENCE,
  EXPLAIN,
  INTRO,
  orderedSample,
  paragraph,
  PITFALLS,
  STEPS,
  type ProseContext,
  type Sentence,
} from "./prose";
import { METRICS, QUALITIES, TEAM_NOUNS } from "./vocabulary";

export function proseContext(rng: Rng, zone: ZoneSpec, topic = rng.pick(zone.topics)): ProseContext {
  const [tool, tool2] = rng.sample(zone.tools, 2);
  return {
    topic,
    tool: tool ?? zone.name,
    tool2: tool2 ?? zone.name,
    quality: rng.pick(QUALITIES),
    metric: rng.pick(METRICS),
    team: rng.pick(TEAM_NOUNS),
    zoneName: zone.name,
    pct: rng.int(12, 74),
    weeks: rng.int(3, 16),
    count: rng.int(6, 80),
  };
}

const WHY_HEADINGS = [
  "Why This Matters",
  "The Problem",
  "Where Things Go Wrong",
  "Background",
  "Setting the Scene",
];
const HOW_HEADINGS = ["How It Works", "The Approach", "Architecture Overview", "Under the Hood", "Design"];
const STEP_HEADINGS = ["Step by Step", "Rolling It Out", "Implementation Plan", "Putting It Into Practice"];
const COMPARE_HEADINGS = ["Comparing the Options", "Trade-Offs at a Glance", "Choosing an Approach"];
const PITFALL_HEADINGS = ["Common Pitfalls", "What to Watch Out For", "Mistakes We Made"];
const END_HEADINGS = ["Conclusion", "Wrapping Up", "Key Takeaways", "Where to Go From Here"];

function fence(language: CodeLanguage, code: string): string {
  return `\`\`\`${language}\n${code}\n\`\`\``;
}

function list(items: string[], ordered: boolean): string {
  return items.map((item, i) => `${ordered ? `${i + 1}.` : "-"} ${item}`).join("\n");
}

function comparisonTable(rng: Rng, p: ProseContext): string {
  const rating = () => rng.pick(["Low", "Medium", "High"]);
  const rows = [
    [`${p.tool} (managed)`, rating(), rating(), "Teams that want fast results"],
    [`${p.tool2}`, rating(), rating(), "Existing investments in the ecosystem"],
    ["Build it yourself", "High", rating(), "Unusual constraints, strong platform team"],
  ];
  return [
    "| Option | Setup effort | Operational cost | Best for |",
    "|---|:---:|:---:|---|",
    ...rows.map((row) => `| ${row.join(" | ")} |`),
  ].join("\n");
}

function subsection(
  rng: Rng,
  p: ProseContext,
  code: CodeContext,
  used: Set<Sentence>,
  language: CodeLanguage,
): string {
  const heading = rng.pick([
    `Configuring ${p.tool}`,
    `Handling Failures in \`${code.service}\``,
    `A Minimal ${LANGUAGE_LABELS[language]} Example`,
    `Timeouts and Retries`,
    `Observing ${titleCase(p.topic)}`,
  ]);
  const intro = `${paragraph(rng, p, used, [EXPLAIN, ADVICE])} In the example below, \`${code.camel}\` requests give up after \`${code.timeoutMs}ms\` and retry at most ${code.retries} times.`;
  return [`### ${heading}`, intro, fence(language, codeSample(rng, language, code))].join("\n\n");
}

/** One article body; the same rng state always yields the same markdown. */
export function articleBody(rng: Rng, zone: ZoneSpec, zones: readonly ZoneSpec[]): string {
  const p = proseContext(rng, zone);
  const code = codeContext(rng);
  const used = new Set<Sentence>();
  const [lang1, lang2] = rng.sample(zone.languages, 2);
  const firstLanguage = lang1 ?? "bash";
  const secondLanguage = lang2 ?? firstLanguage;
  const image = rng.pick(imagesFor(zone.categorySlug));
  const related = rng.pick(zones.filter((z) => z.slug !== zone.slug));
  const docsPath = p.tool.toLowerCase().replace(/[^a-z0-9]+/g, "-");

  const parts: string[] = [
    paragraph(rng, p, used, [INTRO, EXPLAIN, EXPLAIN]),
    `${paragraph(rng, p, used, [EXPLAIN, ADVICE])} If you are new to the area, the [${zone.name} zone](/zones/${zone.slug}) collects our earlier articles, and the [official ${p.tool} documentation](https://example.com/docs/${docsPath}) is worth a skim.`,
    `## ${rng.pick(WHY_HEADINGS)}`,
    paragraph(rng, p, used, [EXPLAIN, CAUTION, EVIDENCE]),
    `Teams that get ${p.topic} right tend to share a few habits:`,
    list(
      rng.sample(BULLETS, rng.int(3, 5)).map((b) => b(p)),
      false,
    ),
    `![${image.alt}](${imagePath(image)})`,
    `## ${rng.pick(HOW_HEADINGS)}`,
    paragraph(rng, p, used, [EXPLAIN, EXPLAIN, ADVICE]),
    subsection(rng, p, code, used, firstLanguage),
  ];
  if (rng.chance(0.6)) parts.push(subsection(rng, p, codeContext(rng), used, secondLanguage));
  parts.push(
    `## ${rng.pick(STEP_HEADINGS)}`,
    paragraph(rng, p, used, [ADVICE, EVIDENCE]),
    list(
      orderedSample(rng, STEPS, rng.int(4, 6)).map((s) => s(p)),
      true,
    ),
    `## ${rng.pick(COMPARE_HEADINGS)}`,
    `${paragraph(rng, p, used, [EXPLAIN, CAUTION])} The table summarizes how the options compared for us; your numbers will differ.`,
    comparisonTable(rng, p),
  );
  if (rng.chance(0.7)) {
    parts.push(
      `## ${rng.pick(PITFALL_HEADINGS)}`,
      list(
        rng.sample(PITFALLS, rng.int(3, 5)).map((s) => s(p)),
        false,
      ),
      paragraph(rng, p, used, [CAUTION, ADVICE]),
    );
  }
  parts.push(
    `## ${rng.pick(END_HEADINGS)}`,
    `${paragraph(rng, p, used, [CLOSING, ADVICE])} For a neighbouring perspective, see what the [${related.name}](/zones/${related.slug}) community is writing about, or read the [${p.tool2} release notes](https://example.com/releases/${p.tool2.toLowerCase().replace(/[^a-z0-9]+/g, "-")}).`,
  );
  return `${parts.join("\n\n")}\n`;
}
