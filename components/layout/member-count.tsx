import { cacheLife, cacheTag } from "next/cache";
import { countMembers } from "@/lib/db/users";
import { TAGS } from "@/lib/cache/tags";
import { formatNumber } from "@/lib/format";

/** Live member count; cached for minutes and invalidated when someone joins. */
export async function MemberCount() {
  "use cache";
  cacheLife("minutes");
  cacheTag(TAGS.members);
  const count = await countMembers();
  return (
    <p className="text-muted text-xs whitespace-nowrap">
      <span className="text-ink-soft font-semibold" data-testid="member-count">
        {formatNumber(count)}
      </span>{" "}
      {count === 1 ? "member" : "members"}
    </p>
  );
}
