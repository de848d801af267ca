// Limits and patterns of the site-management forms, shared by the browser (maxLength, hints) and
// the server's schemas (lib/validation/site-admin.ts). Kept free of server-only imports.

export const SITE_LIMITS = {
  nameMax: 80,
  slugMin: 2,
  slugMax: 80,
  descriptionMax: 500,
  titleMax: 150,
  summaryMax: 300,
  locationMax: 200,
  urlMax: 500,
  /** 24 hours: longer is not a video anyone lists. */
  durationMaxSeconds: 86_400,
} as const;

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** How an event happens: readers see the venue of an in-person event, the join link of an online one. */
export const EVENT_FORMATS = ["IN_PERSON", "ONLINE"] as const;
