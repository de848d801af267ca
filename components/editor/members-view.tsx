import { memberPermissions, type MemberActor, type MemberSearchPage } from "@/lib/db/members";
import { formatNumber, pluralize } from "@/lib/format";
import { toMemberDto } from "./member-dto";
import { MemberTableRow } from "./member-row";
import { PrevNextPager } from "./prev-next-pager";
import { EditorSearchForm } from "./search-form";
import { cellClass } from "./table-styles";

/** `/editor/members` with the search and page in the query string (page 1 and blank q left out). */
export function membersHref(query: string, page: number): string {
  const params = new URLSearchParams();
  if (query) params.set("q", query);
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return search ? `/editor/members?${search}` : "/editor/members";
}

/** Member administration: search, one page of members, and the actions the viewer may take. */
export function MembersView({
  actor,
  query,
  result,
}: {
  actor: MemberActor;
  query: string;
  result: MemberSearchPage;
}) {
  const { members, total, page, pages } = result;
  return (
    <>
      <h1 className="text-ink text-2xl font-extrabold">Members</h1>
      <EditorSearchForm
        action="/editor/members"
        id="member-search"
        label="Search by name, username or email"
        query={query}
        clearHref="/editor/members"
      />

      <p className="text-ink-soft mt-4 text-sm" aria-live="polite">
        {query ? `${pluralize(total, "member")} matching “${query}”` : pluralize(total, "member")}
        {pages > 1 && ` — page ${formatNumber(page)} of ${formatNumber(pages)}`}
      </p>

      {members.length === 0 ? (
        <p className="text-ink-soft mt-4">
          {total === 0 ? "No members match this search." : "There are no members on this page."}
        </p>
      ) : (
        <div className="mt-4 overflow-x-auto">
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">Members, newest first</caption>
            <thead>
              <tr className="text-ink">
                {["Member", "Username", "Role", "Joined", "Status", "Actions"].map((heading) => (
                  <th key={heading} scope="col" className={cellClass}>
                    {heading}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="text-ink-soft">
              {members.map((member) => (
                <MemberTableRow
                  key={member.id}
                  initialMember={toMemberDto(member)}
                  initialPermissions={memberPermissions(actor, member)}
                  isSelf={member.id === actor.id}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}

      <PrevNextPager page={page} pages={pages} href={(n) => membersHref(query, n)} />
    </>
  );
}
