import { cacheLife, cacheTag } from "next/cache";
import Link from "next/link";
import { ClosingDetails } from "@/components/layout/closing-details";
import { listCategoriesWithZones } from "@/lib/db/categories";
import { TAGS } from "@/lib/cache/tags";

/**
 * The category → zone menu. A <details> disclosure works without JavaScript and with
 * the keyboard; the list is cached and invalidated when categories or zones change.
 */
export async function CategoryMenu() {
  "use cache";
  cacheLife("hours");
  cacheTag(TAGS.categories);
  const categories = await listCategoriesWithZones();
  return (
    <ClosingDetails className="group relative">
      <summary className="text-ink-soft hover:text-brand-600 cursor-pointer list-none rounded px-2 py-1 font-medium select-none [&::-webkit-details-marker]:hidden">
        Zones{" "}
        <span aria-hidden="true" className="text-xs">
          ▾
        </span>
      </summary>
      <div className="border-surface-border bg-surface absolute left-0 z-20 mt-2 grid w-[min(90vw,56rem)] gap-6 rounded-lg border p-5 shadow-lg sm:grid-cols-2 lg:grid-cols-3">
        {categories.map((category) => (
          <div key={category.id}>
            <Link
              href={`/categories/${category.slug}`}
              className="text-ink hover:text-brand-600 text-sm font-bold"
            >
              {category.name}
            </Link>
            <ul className="mt-2 space-y-1">
              {category.zones.map((zone) => (
                <li key={zone.slug}>
                  <Link
                    href={`/zones/${zone.slug}`}
                    className="text-ink-soft hover:text-brand-600 text-sm hover:underline"
                  >
                    {zone.name}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        ))}
        <Link
          href="/zones"
          className="text-brand-600 text-sm font-semibold hover:underline sm:col-span-2 lg:col-span-3"
        >
          Browse all zones
        </Link>
      </div>
    </ClosingDetails>
  );
}
