import { CATALOG_TEXT } from "./catalog-data";

export const CODE_LANGUAGES = ["ts", "python", "go", "java", "sql", "yaml", "bash", "rust"] as const;
export type CodeLanguage = (typeof CODE_LANGUAGES)[number];

export const LANGUAGE_LABELS: Record<CodeLanguage, string> = {
  ts: "TypeScript",
  python: "Python",
  go: "Go",
  java: "Java",
  sql: "SQL",
  yaml: "YAML",
  bash: "Bash",
  rust: "Rust",
};

export interface ZoneSpec {
  slug: string;
  name: string;
  description: string;
  /** Lower-case noun phrases the zone's articles are about. */
  topics: string[];
  /** Tools, products and techniques named in titles and bodies. */
  tools: string[];
  tags: string[];
  languages: CodeLanguage[];
  /** Relative share of the article volume. */
  weight: number;
  categorySlug: string;
  position: number;
}

export interface CategorySpec {
  slug: string;
  name: string;
  description: string;
  position: number;
  zones: ZoneSpec[];
}

function isLanguage(value: string): value is CodeLanguage {
  return (CODE_LANGUAGES as readonly string[]).includes(value);
}

function field(line: string | undefined, name: string): string[] {
  const prefix = `${name}: `;
  if (!line?.startsWith(prefix)) throw new Error(`catalog: expected "${prefix}…", got "${line ?? ""}"`);
  return line
    .slice(prefix.length)
    .split(";")
    .map((item) => item.trim())
    .filter(Boolean);
}

function parseZone(lines: string[], categorySlug: string, position: number): ZoneSpec {
  const [head, description, topics, tools, tags] = lines;
  const [slug, name, weight, languages] = (head ?? "").split("|").map((part) => part.trim());
  const langs = (languages ?? "").split(/\s+/);
  if (!slug || !name || !description || !langs.every(isLanguage))
    throw new Error(`catalog: bad zone "${head}"`);
  return {
    slug,
    name,
    description,
    weight: Number(weight) || 1,
    languages: langs.filter(isLanguage),
    topics: field(topics, "topics"),
    tools: field(tools, "tools"),
    tags: field(tags, "tags"),
    categorySlug,
    position,
  };
}

function parseCatalog(text: string): CategorySpec[] {
  const categories: CategorySpec[] = [];
  const blocks = text.trim().split(/\n\s*\n/);
  for (const block of blocks) {
    const lines = block.split("\n").map((line) => line.trim());
    if (lines[0]?.startsWith("=== ")) {
      const [slug, name] = lines[0]
        .slice(4)
        .split("|")
        .map((part) => part.trim());
      if (!slug || !name || !lines[1]) throw new Error(`catalog: bad category "${lines[0]}"`);
      categories.push({ slug, name, description: lines[1], position: categories.length, zones: [] });
      continue;
    }
    const category = categories.at(-1);
    if (!category) throw new Error("catalog: zone before the first category");
    category.zones.push(parseZone(lines, category.slug, category.zones.length));
  }
  return categories;
}

export const CATEGORIES: readonly CategorySpec[] = parseCatalog(CATALOG_TEXT);

export function allZones(): ZoneSpec[] {
  return CATEGORIES.flatMap((category) => category.zones);
}

/** Cross-cutting tags any article may carry besides its zone's tags. */
export const GLOBAL_TAGS: readonly string[] = [
  "Best Practices",
  "Tutorial",
  "Case Study",
  "Open Source",
  "Career",
  "Architecture Decisions",
];

/** Every tag name, in a stable order (zone tags first, then the global ones). */
export function allTagNames(): string[] {
  const names = new Set<string>();
  for (const zone of allZones()) for (const tag of zone.tags) names.add(tag);
  for (const tag of GLOBAL_TAGS) names.add(tag);
  return [...names];
}
