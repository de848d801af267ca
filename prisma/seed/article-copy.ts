// Titles and summaries for generated articles. Each call draws a topic and tool from the
// zone so the title, summary and body agree; uniqueness is enforced by the caller's Set.
import { LANGUAGE_LABELS, type ZoneSpec } from "./catalog";
import type { Rng } from "./prng";
import { CONTEXTS, METRICS, QUALITIES, TEAM_NOUNS, TOOL_GERUNDS, TOPIC_GERUNDS, VERBS } from "./vocabulary";

const SMALL_WORDS = new Set([
  "a",
  "an",
  "and",
  "as",
  "at",
  "by",
  "for",
  "from",
  "in",
  "of",
  "on",
  "or",
  "the",
  "to",
  "vs.",
  "with",
]);
/** Names spelled in lower case on purpose; Title Case must not "fix" them. */
const LOWERCASE_NAMES = new Set([
  "kind",
  "pprof",
  "perf",
  "pgvector",
  "k6",
  "dbt",
  "pandas",
  "scikit-learn",
  "llama.cpp",
  "in-toto",
  "pytest",
  "async-profiler",
]);

const capitalizeWord = (word: string): string =>
  /^[a-z]/.test(word) ? word.charAt(0).toUpperCase() + word.slice(1) : word;

/**
 * Title Case (Chicago-style small words, hyphenated parts capitalized, the word after a colon
 * capitalized) that keeps acronyms and product spellings ("gRPC", "pgvector") as written.
 */
export function titleCase(text: string): string {
  const words = text.split(" ");
  return words
    .map((word, index) => {
      const lower = word.toLowerCase();
      if (LOWERCASE_NAMES.has(lower)) return lower;
      const afterColon = index > 0 && (words[index - 1] ?? "").endsWith(":");
      if (index > 0 && !afterColon && SMALL_WORDS.has(lower)) return lower;
      return word
        .split("-")
        .map((part, i) => (i > 0 && SMALL_WORDS.has(part) ? part : capitalizeWord(part)))
        .join("-");
    })
    .join(" ");
}

export interface CopyContext {
  zone: ZoneSpec;
  topic: string;
  tool: string;
  tool2: string;
}

type Template = (c: CopyContext, rng: Rng) => string;

const TITLES: readonly Template[] = [
  (c, r) => `A Practical Guide to ${c.topic} ${r.pick(CONTEXTS)}`,
  (c, r) => `${c.topic} ${r.pick(CONTEXTS)}: ${r.int(3, 12)} Lessons We Learned the Hard Way`,
  (c, r) => `How to ${r.pick(VERBS)} ${c.topic} With ${c.tool}`,
  (c) => `${c.tool} vs. ${c.tool2} for ${c.topic}: A Hands-On Comparison`,
  (c, r) => `Getting Started With ${c.tool} for ${c.topic} ${r.pick(CONTEXTS)}`,
  (c, r) => `${r.int(3, 15)} Mistakes Teams Make When ${r.pick(TOPIC_GERUNDS)} ${c.topic}`,
  (c, r) => `Designing ${c.topic} for ${r.pick(QUALITIES)}`,
  (c, r) => `What We Got Wrong About ${c.topic} ${r.pick(CONTEXTS)}`,
  (c) => `${c.topic} With ${c.tool}: From Prototype to Production`,
  (c, r) => `The Hidden Cost of ${c.topic} ${r.pick(CONTEXTS)}`,
  (c, r) => `Cutting ${r.pick(METRICS)} With ${c.topic}: A Case Study`,
  (c, r) => `A Checklist for ${c.topic} ${r.pick(CONTEXTS)}`,
  (c) => `Inside ${c.tool}: What Happens When You Rely on It for ${c.topic}`,
  (c, r) => `${r.pick(TOOL_GERUNDS)} ${c.tool}: Notes From ${r.pick(TEAM_NOUNS)}`,
  (c, r) => `Debugging ${c.topic} ${r.pick(CONTEXTS)}: A Field Guide`,
  (c, r) => `${r.int(3, 12)} Patterns for ${c.topic} With ${c.tool}`,
  (c) => `When Not to Use ${c.tool} for ${c.topic}`,
  (c, r) => `Rethinking ${c.topic} for ${r.pick(QUALITIES)} ${r.pick(CONTEXTS)}`,
  (c, r) => `${c.topic} Explained: A Mental Model for ${r.pick(QUALITIES)}`,
  (c, r) => `Testing ${c.topic} With ${c.tool} ${r.pick(CONTEXTS)}`,
  (c, r) => `How ${r.pick(TEAM_NOUNS)} Handles ${c.topic} With ${c.tool}`,
  (c, r) => `Measuring ${c.topic}: Which Metrics Matter for ${r.pick(QUALITIES)}`,
  (c) => `${c.topic} Anti-Patterns and What to Do Instead`,
  (c, r) => `Lessons From ${r.int(2, 9)} Years of ${c.topic}`,
  (c) => `The ${c.zone.name} Engineer's Field Guide to ${c.tool}`,
  (c, r) => `Making ${c.topic} Boring Again ${r.pick(CONTEXTS)}`,
  (c, r) => `${c.tool} in Practice: ${c.topic} for ${r.pick(QUALITIES)}`,
  (c, r) => `From ${c.tool2} to ${c.tool}: Moving ${c.topic} ${r.pick(CONTEXTS)}`,
];

const SUBTITLES: readonly Template[] = [
  () => "A Field Report",
  () => "What the Docs Leave Out",
  (_c, r) => `Notes From ${r.pick(TEAM_NOUNS)}`,
  (_c, r) => `Part ${r.int(2, 5)}`,
  (_c, r) => `A ${r.int(10, 45)}-Minute Walkthrough`,
  (c) => `With Examples in ${c.tool}`,
];

export function copyContext(rng: Rng, zone: ZoneSpec): CopyContext {
  const [tool, tool2] = rng.sample(zone.tools, 2);
  return { zone, topic: rng.pick(zone.topics), tool: tool ?? zone.name, tool2: tool2 ?? zone.name };
}

/** A title not yet in `taken` (which it is added to). */
export function uniqueTitle(rng: Rng, c: CopyContext, taken: Set<string>): string {
  for (let attempt = 0; attempt < 40; attempt++) {
    let title = titleCase(
      rng
        .pick(TITLES)({ ...c, topic: titleCase(c.topic) }, rng)
        .replace(/\s+/g, " ")
        .trim(),
    );
    if (attempt >= 8) {
      // Crowded combination: add a subtitle, but never a second colon.
      if (title.includes(":")) continue;
      title = `${title}: ${titleCase(rng.pick(SUBTITLES)(c, rng))}`;
    }
    if (!taken.has(title)) {
      taken.add(title);
      return title;
    }
  }
  // Only reachable with far more articles than the templates can name; stays unique anyway.
  const title = `${titleCase(c.topic)} Notes #${taken.size + 1}`;
  taken.add(title);
  return title;
}

const OPENINGS: readonly Template[] = [
  (c, r) =>
    `A hands-on look at ${c.topic} with ${c.tool}, written for teams that care about ${r.pick(QUALITIES)}.`,
  (c, r) =>
    `We walk through ${c.topic} ${r.pick(CONTEXTS).toLowerCase()}, from the first design sketch to the alerts that tell you it works.`,
  (c) =>
    `${capital(c.topic)}: simple on paper, until the first incident. Here is how ${c.tool} helps and where it does not.`,
  (c, r) => `What ${r.pick(TEAM_NOUNS)} learned about ${c.topic} after ${r.int(3, 30)} months in production.`,
  (c) =>
    `A step-by-step walkthrough of ${c.topic} using ${c.tool}, with code you can adapt and the trade-offs spelled out.`,
  (c, r) =>
    `How to reason about ${c.topic} when ${r.pick(QUALITIES)} matters most, and which shortcuts to avoid.`,
  (c) => `${c.tool} or ${c.tool2}? We compare both for ${c.topic} on real workloads.`,
];

const DETAILS: readonly Template[] = [
  () => "Includes a comparison table and a checklist for your next design review.",
  (_c, r) => `Along the way we cut ${r.pick(METRICS)} by ${r.int(12, 78)}%.`,
  (c, r) =>
    `Expect working ${LANGUAGE_LABELS[r.pick(c.zone.languages)]} examples and a short list of pitfalls.`,
  () => "You will leave with a rollout plan you can start on Monday.",
  (_c, r) => `Based on ${r.int(4, 60)} services and ${r.int(2, 24)} months of data.`,
  (c) => `Covers ${c.tool2} too, for teams that already run it.`,
  (_c, r) => `Reading time is short; the ${r.int(3, 9)} takeaways at the end are the part to bookmark.`,
];

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A two-sentence summary, unique among `taken`. */
export function uniqueSummary(rng: Rng, c: CopyContext, taken: Set<string>): string {
  let summary = "";
  for (let attempt = 0; attempt < 20; attempt++) {
    summary = `${rng.pick(OPENINGS)(c, rng)} ${rng.pick(DETAILS)(c, rng)}`;
    if (!taken.has(summary)) break;
  }
  if (taken.has(summary)) summary = `${summary} (${taken.size + 1})`;
  taken.add(summary);
  return summary;
}
