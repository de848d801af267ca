/** The Core program badge shown next to an author's name. */
export function CoreBadge() {
  return (
    <span
      className="bg-core/15 text-core ml-1 inline-flex items-center rounded-sm px-1.5 py-0.5 text-[0.65rem] font-semibold tracking-wide uppercase"
      title="Core member: a recognised expert contributor"
    >
      Core
    </span>
  );
}
