import { z } from "zod";
import { slugify } from "@/lib/authoring/slug";
import { EVENT_FORMATS, SITE_LIMITS, SLUG_PATTERN } from "@/lib/site-admin/limits";
import { parseVideoUrl, VIDEO_URL_MAX_LENGTH } from "@/lib/site-admin/video-url";
import { fromWallTime, isKnownTimeZone } from "@/lib/site-admin/zoned-time";

// Inputs of site management (categories, zones, events, videos, content pages), shared by the
// admin forms (limits, hints) and the route handlers under app/api/editor. Every schema names
// the field a message belongs to, so the form shows it next to that field.

// "page" would collide with the listings' /…/page/<n> paths (/events/page/2).
const RESERVED_SLUGS = new Set(["page", "new", "feed", "rss"]);

export const slugSchema = z
  .string({ error: "Enter a slug" })
  .min(SITE_LIMITS.slugMin, { error: `Use at least ${SITE_LIMITS.slugMin} characters` })
  .max(SITE_LIMITS.slugMax, { error: `Use at most ${SITE_LIMITS.slugMax} characters` })
  .regex(SLUG_PATTERN, {
    error: "Use lowercase letters, digits and single hyphens, starting and ending with a letter or digit",
  })
  .refine((slug) => !RESERVED_SLUGS.has(slug), { error: "This slug is reserved; choose another" });

/** Text that may be left empty, trimmed, at most `max` characters. */
function optionalText(max: number) {
  return z
    .string({ error: "This must be text" })
    .trim()
    .max(max, { error: `Use at most ${max} characters` })
    .default("");
}

function requiredText(what: string, max: number) {
  return z
    .string({ error: `Enter ${what}` })
    .trim()
    .min(1, { error: `Enter ${what}` })
    .max(max, { error: `Use at most ${max} characters` });
}

/**
 * The slug as typed (lower-cased), checked here when typed so its message comes with the other
 * fields'; blank means "make one from the name or title" (checked once it is made).
 */
const slugInput = z
  .string({ error: "The slug must be text" })
  .trim()
  .toLowerCase()
  .default("")
  .superRefine((slug, ctx) => {
    if (slug === "") return;
    const check = slugSchema.safeParse(slug);
    if (!check.success) ctx.addIssue({ code: "custom", message: check.error.issues[0]!.message });
  });

/** A blank slug made from the name or title ("Cloud Native" → "cloud-native"). */
export function slugFrom(text: string): string {
  return slugify(text).slice(0, SITE_LIMITS.slugMax).replace(/-+$/, "");
}

/** The slug typed, or one made from the name or title when blank, checked against the slug rules. */
function resolveSlug(typed: string, from: string, ctx: z.RefinementCtx): string {
  const slug = typed || slugFrom(from);
  const check = slugSchema.safeParse(slug);
  if (!check.success)
    ctx.addIssue({ code: "custom", path: ["slug"], message: check.error.issues[0]!.message });
  return slug;
}

/** The `updatedAt` the form loaded, so a save over someone else's newer one is refused. */
export const expectedVersionSchema = z.object({
  updatedAt: z.iso.datetime({ error: "Reload the page: this form is missing its version" }),
});

export const moveSchema = z.object({
  direction: z.enum(["up", "down"], { error: "Move up or down" }),
});

const id = (what: string) =>
  z.coerce
    .number({ error: `Choose ${what}` })
    .int({ error: `Choose ${what}` })
    .positive({ error: `Choose ${what}` })
    .max(2_147_483_647, { error: `Choose ${what}` });

/** An optional zone: blank or null means none. */
const optionalZoneId = z.preprocess(
  (value) => (value === "" || value === undefined ? null : value),
  id("a zone").nullable(),
);

// ---- Categories and zones ----

const categoryFields = {
  name: requiredText("a name", SITE_LIMITS.nameMax),
  description: optionalText(SITE_LIMITS.descriptionMax),
};

export const categoryInputSchema = z
  .object({ ...categoryFields, slug: slugInput })
  .transform((value, ctx) => ({ ...value, slug: resolveSlug(value.slug, value.name, ctx) }));
export type CategoryInput = { name: string; slug: string; description: string };

const zoneFields = { ...categoryFields, categoryId: id("a category") };

export const zoneInputSchema = z
  .object({ ...zoneFields, slug: slugInput })
  .transform((value, ctx) => ({ ...value, slug: resolveSlug(value.slug, value.name, ctx) }));
export type ZoneInput = CategoryInput & { categoryId: number };

// ---- Content pages ----

const pageFields = {
  title: requiredText("a title", SITE_LIMITS.titleMax),
  // The size limit is renderDocument's (100 KB), which names it on this field.
  bodyMarkdown: z
    .string({ error: "The body must be text" })
    .refine((body) => body.trim() !== "", { error: "Write the page's text" }),
};

export const pageInputSchema = z
  .object({ ...pageFields, slug: slugInput })
  .transform((value, ctx) => ({ ...value, slug: resolveSlug(value.slug, value.title, ctx) }));
export type PageInput = { title: string; slug: string; bodyMarkdown: string };

// ---- Events ----

const httpUrl = (what: string) =>
  z
    .string({ error: `Enter ${what}` })
    .trim()
    .max(SITE_LIMITS.urlMax, { error: "This address is too long" })
    .refine(
      (value) => {
        try {
          const url = new URL(value);
          return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
        } catch {
          return false;
        }
      },
      { error: "Use a full address starting with https:// or http://" },
    );

const optionalUrl = (what: string) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? null : value),
    httpUrl(what).nullable().default(null),
  );

/** A date and time as <input type="datetime-local"> sends it; which instant depends on the zone. */
const wallTime = (what: string) =>
  z
    .string({ error: `Enter the ${what} date and time` })
    .trim()
    .refine((value) => fromWallTime(value, "UTC").ok, { error: `Enter the ${what} date and time` });

const eventFields = z.object({
  title: requiredText("a title", SITE_LIMITS.titleMax),
  slug: slugInput,
  summary: optionalText(SITE_LIMITS.summaryMax),
  bodyMarkdown: z.string({ error: "The details must be text" }).default(""),
  timezone: z
    .string({ error: "Enter a time zone" })
    .trim()
    .min(1, { error: "Enter a time zone, like Europe/Berlin or America/New_York" })
    .refine(isKnownTimeZone, { error: "Unknown time zone: use an IANA name like Europe/Berlin or UTC" }),
  startsAt: wallTime("start"),
  endsAt: z
    .string({ error: "Enter the end date and time" })
    .trim()
    .default("")
    .refine((value) => value === "" || fromWallTime(value, "UTC").ok, {
      error: "Enter the end date and time",
    }),
  format: z.enum(EVENT_FORMATS, { error: "Choose in person or online" }),
  location: optionalText(SITE_LIMITS.locationMax),
  onlineUrl: optionalUrl("the online address"),
  registrationUrl: optionalUrl("the registration address"),
  zoneId: optionalZoneId,
});

export interface EventInput {
  title: string;
  slug: string;
  summary: string;
  bodyMarkdown: string;
  timezone: string;
  startsAt: Date;
  endsAt: Date | null;
  location: string | null;
  onlineUrl: string | null;
  registrationUrl: string | null;
  zoneId: number | null;
}

function wallTimeIssue(reason: "malformed" | "nonexistent", timezone: string, what: string): string {
  return reason === "malformed"
    ? `Enter the ${what} date and time`
    : `This ${what} time does not exist in ${timezone} (the clocks skip it for daylight saving time)`;
}

export const eventInputSchema: z.ZodType<EventInput, unknown> = eventFields.transform((value, ctx) => {
  const slug = resolveSlug(value.slug, value.title, ctx);

  let startsAt: Date | null = null;
  let endsAt: Date | null = null;
  const start = fromWallTime(value.startsAt, value.timezone);
  if (start.ok) startsAt = start.instant;
  else
    ctx.addIssue({
      code: "custom",
      path: ["startsAt"],
      message: wallTimeIssue(start.reason, value.timezone, "start"),
    });
  if (value.endsAt !== "") {
    const end = fromWallTime(value.endsAt, value.timezone);
    if (!end.ok) {
      ctx.addIssue({
        code: "custom",
        path: ["endsAt"],
        message: wallTimeIssue(end.reason, value.timezone, "end"),
      });
    } else if (startsAt && end.instant <= startsAt) {
      ctx.addIssue({ code: "custom", path: ["endsAt"], message: "The end must be after the start" });
    } else {
      endsAt = end.instant;
    }
  }
  if (value.format === "IN_PERSON" && value.location === "") {
    ctx.addIssue({ code: "custom", path: ["location"], message: "Enter the venue of an in-person event" });
  }
  if (value.format === "ONLINE" && value.onlineUrl === null) {
    ctx.addIssue({
      code: "custom",
      path: ["onlineUrl"],
      message: "Enter the address where people join online",
    });
  }
  if (!startsAt) return z.NEVER;
  return {
    title: value.title,
    slug,
    summary: value.summary,
    bodyMarkdown: value.bodyMarkdown,
    timezone: value.timezone,
    startsAt,
    endsAt,
    // An event is one or the other: readers see the venue, or the join link.
    location: value.format === "IN_PERSON" ? value.location : null,
    onlineUrl: value.format === "ONLINE" ? value.onlineUrl : null,
    registrationUrl: value.registrationUrl,
    zoneId: value.zoneId,
  };
});

// ---- Videos ----

/** "1:02:03", "12:34" or "754" (seconds) → seconds; null when it is none of these. */
export function parseDuration(text: string): number | null {
  const value = text.trim();
  if (/^\d{1,5}$/.test(value)) return Number(value);
  const match = /^(?:(\d{1,2}):)?(\d{1,2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [hours, minutes, seconds] = [Number(match[1] ?? 0), Number(match[2]), Number(match[3])];
  if (seconds > 59 || (match[1] !== undefined && minutes > 59)) return null;
  return hours * 3600 + minutes * 60 + seconds;
}

/** A video address, checked here so its message comes with the other fields'. */
const videoUrlField = z
  .string({ error: "Paste the address of a YouTube or Vimeo video" })
  .max(VIDEO_URL_MAX_LENGTH, { error: "This address is too long" })
  .transform((value, ctx) => {
    const video = parseVideoUrl(value);
    if (video.ok) return video;
    ctx.addIssue({ code: "custom", message: video.message });
    return z.NEVER;
  });

const durationField = z
  .string({ error: "Enter the duration, like 12:34" })
  .trim()
  .transform((value, ctx) => {
    const seconds = parseDuration(value);
    if (seconds !== null && seconds >= 1 && seconds <= SITE_LIMITS.durationMaxSeconds) return seconds;
    ctx.addIssue({
      code: "custom",
      message:
        seconds === null
          ? "Enter the duration as minutes:seconds (12:34) or hours:minutes:seconds"
          : "Enter a duration between 0:01 and 24:00:00",
    });
    return z.NEVER;
  });

const videoFields = z.object({
  title: requiredText("a title", SITE_LIMITS.titleMax),
  slug: slugInput,
  summary: optionalText(SITE_LIMITS.summaryMax),
  zoneId: optionalZoneId,
  videoUrl: videoUrlField,
  duration: durationField,
  published: z.preprocess((value) => value === true || value === "true" || value === "on", z.boolean()),
});

export interface VideoInput {
  title: string;
  slug: string;
  summary: string;
  zoneId: number | null;
  provider: "YOUTUBE" | "VIMEO";
  providerId: string;
  durationSeconds: number;
  published: boolean;
}

export const videoInputSchema: z.ZodType<VideoInput, unknown> = videoFields.transform(
  ({ videoUrl, duration, ...value }, ctx) => ({
    ...value,
    slug: resolveSlug(value.slug, value.title, ctx),
    provider: videoUrl.provider,
    providerId: videoUrl.providerId,
    durationSeconds: duration,
  }),
);
