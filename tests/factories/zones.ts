import { db } from "@/lib/db/client";
import type { Category, Prisma, Zone } from "@/lib/db/generated/client";
import { uniqueSuffix } from "./unique";

export async function createCategory(
  overrides: Partial<Prisma.CategoryUncheckedCreateInput> = {},
): Promise<Category> {
  const n = uniqueSuffix();
  return db.category.create({
    data: {
      slug: `category-${n}`,
      name: `Category ${n}`,
      description: `Articles about category ${n}.`,
      ...overrides,
    },
  });
}

/** A zone in `categoryId`, or in a new category when none is given. */
export async function createZone(overrides: Partial<Prisma.ZoneUncheckedCreateInput> = {}): Promise<Zone> {
  const n = uniqueSuffix();
  const categoryId = overrides.categoryId ?? (await createCategory()).id;
  return db.zone.create({
    data: { slug: `zone-${n}`, name: `Zone ${n}`, description: `The zone ${n}.`, ...overrides, categoryId },
  });
}
