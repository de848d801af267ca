import { db } from "@/lib/db/client";
import type { Prisma, Resource } from "@/lib/db/generated/client";
import { uniqueSuffix } from "./unique";
import { createUser } from "./users";
import { createZone } from "./zones";

let nextRefcardNumber = 0;

/**
 * A Refcard or Trend Report with a unique slug, published now unless `publishedAt` is given
 * (pass null for a draft). Refcards get a number unique across the run's workers unless given;
 * without `authorIds` one new user writes it, without `zoneIds` it is in one new zone.
 */
export async function createResource(
  overrides: Partial<Prisma.ResourceUncheckedCreateInput> & { authorIds?: number[]; zoneIds?: number[] } = {},
): Promise<Resource> {
  const { authorIds, zoneIds, ...data } = overrides;
  const n = uniqueSuffix();
  const kind = data.kind ?? "REFCARD";
  const authors = authorIds ?? [(await createUser()).id];
  const zones = zoneIds ?? [(await createZone()).id];
  const title = data.title ?? `Test resource ${n}`;
  return db.resource.create({
    data: {
      kind,
      // The table requires Refcards to be numbered and numbers to be unique per kind; the
      // random high base keeps parallel workers (and the seed's small numbers) apart.
      number: kind === "REFCARD" ? refcardNumber() : null,
      slug: `test-resource-${n}`,
      title,
      summary: `Summary of ${title}.`,
      bodyMarkdown: `Preview of ${title}.`,
      bodyHtml: `<p>Preview of ${title}.</p>`,
      bodyText: `Preview of ${title}.`,
      publishedAt: new Date(),
      ...data,
      authors: { create: authors.map((userId, position) => ({ userId, position })) },
      zones: { create: zones.map((zoneId) => ({ zoneId })) },
    },
  });
}

function refcardNumber(): number {
  if (nextRefcardNumber === 0) nextRefcardNumber = 100_000 + Math.floor(Math.random() * 1_000_000) * 100;
  nextRefcardNumber += 1;
  return nextRefcardNumber;
}
