import Link from "next/link";
import { describeTarget, frequencyAdjective, type NamedTarget } from "@/lib/subscriptions/labels";
import type { Frequency } from "@/lib/subscriptions/schemas";

/** What a confirmation or unsubscribe is about, one line per subscription, linked to its page. */
export function TargetList({
  items,
}: {
  items: { target: NamedTarget & { path: string }; frequency: Frequency }[];
}) {
  return (
    <ul className="text-ink mt-3 list-disc space-y-1 pl-5 text-sm">
      {items.map((item) => (
        <li key={item.target.path}>
          <Link href={item.target.path} className="text-brand-600 underline">
            {capitalize(describeTarget(item.target))}
          </Link>
          , {frequencyAdjective(item.frequency)}
        </li>
      ))}
    </ul>
  );
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const primaryButton =
  "bg-brand-600 hover:bg-brand-700 text-on-brand rounded-md px-4 py-2 text-sm font-semibold focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:ring-offset-2 focus-visible:outline-none";

export const secondaryButton =
  "border-surface-border text-ink hover:border-brand-500 hover:text-brand-600 rounded-md border px-4 py-2 text-sm font-semibold focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:outline-none";
