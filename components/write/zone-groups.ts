import type { ZoneGroup } from "./draft-types";

/** The Zone select's groups from the category menu's data (categories without zones left out). */
export function zoneGroups(
  categories: { name: string; zones: { id: number; name: string }[] }[],
): ZoneGroup[] {
  return categories
    .filter((category) => category.zones.length > 0)
    .map((category) => ({
      category: category.name,
      zones: category.zones.map((zone) => ({ id: zone.id, name: zone.name })),
    }));
}
