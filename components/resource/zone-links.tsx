import Link from "next/link";

/** Links to the zones a resource, event or video belongs to. */
export function ZoneLinks({
  zones,
  label = "Zones",
}: {
  zones: { slug: string; name: string }[];
  label?: string;
}) {
  if (zones.length === 0) return null;
  return (
    <ul aria-label={label} className="flex flex-wrap gap-2">
      {zones.map((zone) => (
        <li key={zone.slug}>
          <Link
            href={`/zones/${zone.slug}`}
            className="bg-surface-sunken text-ink-soft hover:text-brand-600 rounded-full px-3 py-1 text-xs font-medium hover:underline"
          >
            {zone.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
