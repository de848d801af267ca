// The curated slots editors manage and the pages that show them. Isomorphic: the editor's
// browser code and the server share the keys, the limits and what each slot may hold.

/** How a slot is named in URLs and cache tags: "home", "category-<id>" or "zone-<id>". */
export type SlotKey = "home" | `category-${number}` | `zone-${number}`;

export interface SlotRef {
  slot: "SPOTLIGHT" | "FEATURED";
  scope: "SITE" | "CATEGORY" | "ZONE";
  /** The category or zone id; null for the home page. */
  scopeId: number | null;
}

export type CuratedKind = "article" | "resource";

/** The most entries one slot holds; readers show the first few live ones (SHOWN_PER_PAGE). */
export const CURATION_SLOT_MAX = 12;

/**
 * How many live entries of each kind a reader sees: the home Spotlight shows four articles;
 * a category or zone shows three featured articles and up to four premium resources (curated
 * ones first, then the newest of its zones).
 */
export const SHOWN_PER_PAGE = {
  home: { article: 4, resource: 0 },
  category: { article: 3, resource: 4 },
  zone: { article: 3, resource: 4 },
} as const satisfies Record<string, Record<CuratedKind, number>>;

const KEY = /^(home)$|^(category|zone)-([1-9][0-9]{0,9})$/;

/** The slot a key names, or null for anything else (including ids beyond INTEGER). */
export function parseSlotKey(key: string): SlotRef | null {
  const match = KEY.exec(key);
  if (!match) return null;
  if (match[1]) return { slot: "SPOTLIGHT", scope: "SITE", scopeId: null };
  const id = Number(match[3]);
  if (id > 2_147_483_647) return null;
  return { slot: "FEATURED", scope: match[2] === "category" ? "CATEGORY" : "ZONE", scopeId: id };
}

export function slotKeyOf(ref: SlotRef): SlotKey {
  if (ref.scope === "SITE" || ref.scopeId === null) return "home";
  return ref.scope === "CATEGORY" ? `category-${ref.scopeId}` : `zone-${ref.scopeId}`;
}

/** "home", "category" or "zone": which page shows the slot. */
export function slotPageKind(key: SlotKey): keyof typeof SHOWN_PER_PAGE {
  return key === "home" ? "home" : key.startsWith("category-") ? "category" : "zone";
}

/** The home Spotlight shows articles only; categories and zones also feature premium content. */
export function slotAccepts(key: SlotKey, kind: CuratedKind): boolean {
  return SHOWN_PER_PAGE[slotPageKind(key)][kind] > 0;
}
