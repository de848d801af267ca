import Link from "next/link";
import { FormStatus } from "@/components/settings/form-status";

// The frame of every site-management page: a heading, a way back to the list, the page's main
// action, and the one-off message a redirect brought (?deleted=…).

export function AdminPageHeader({
  title,
  back,
  action,
  intro,
}: {
  title: string;
  back?: { href: string; label: string };
  action?: { href: string; label: string };
  intro?: React.ReactNode;
}) {
  return (
    <header className="mb-6">
      {back && (
        <Link href={back.href} className="text-brand-600 text-sm hover:underline">
          <span aria-hidden="true">← </span>
          {back.label}
        </Link>
      )}
      <div className="mt-1 flex flex-wrap items-end justify-between gap-4">
        <h1 className="text-ink text-2xl font-extrabold">{title}</h1>
        {action && (
          <Link
            href={action.href}
            className="bg-brand-600 hover:bg-brand-700 text-on-brand rounded-md px-4 py-2 text-sm font-semibold"
          >
            {action.label}
          </Link>
        )}
      </div>
      {intro && <div className="text-ink-soft mt-2 max-w-prose text-sm">{intro}</div>}
    </header>
  );
}

/** The first value of a search parameter ("" when absent). */
export function firstParam(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

/** "Deleted the zone “X”." after a deletion sent the admin back to the list. */
export function DeletedNotice({ deleted }: { deleted: string }) {
  const what = deleted.slice(0, 200);
  return <FormStatus message={what ? `Deleted ${what}.` : null} />;
}
