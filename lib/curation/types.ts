import type { CuratedKind, SlotKey } from "./slots";

// What the curation editor shows and sends, as plain JSON (dates as ISO instants), so the same
// shapes come from the page's server render and from the route handlers.

/** Something that can be featured: a published article, Refcard or Trend Report. */
export interface CurationItem {
  kind: CuratedKind;
  targetId: number;
  title: string;
  /** "Article", "Refcard #12" or "Trend Report". */
  label: string;
  /** The article's zone and author, or the resource's zones. */
  detail: string;
  summary: string;
  /** The reader's URL of the item. */
  url: string;
  /** False when the item was unpublished after it was featured: readers no longer see it. */
  published: boolean;
}

export interface CurationEntry extends CurationItem {
  startsAt: string | null;
  endsAt: string | null;
}

export interface CurationSlotState {
  key: SlotKey;
  /** "Home page Spotlight", "Featured Java Resources", "Featured in Kubernetes". */
  title: string;
  /** The reader's page that shows the slot. */
  pagePath: string;
  entries: CurationEntry[];
  /** Changes whenever the slot's entries, order or dates change (optimistic concurrency). */
  version: string;
}

export interface SlotChoice {
  key: SlotKey;
  label: string;
}

export interface SlotChoiceGroup {
  label: string;
  choices: SlotChoice[];
}
