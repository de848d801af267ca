import { zoneGroups } from "@/components/write/zone-groups";
import type { OptionGroup } from "./fields";

/** The optional zone of an event or video: one <optgroup> per category, as on the writing page. */
export function zoneOptionGroups(
  categories: { name: string; zones: { id: number; name: string }[] }[],
): OptionGroup[] {
  return zoneGroups(categories).map((group) => ({
    label: group.category,
    options: group.zones.map((zone) => ({ value: String(zone.id), label: zone.name })),
  }));
}
