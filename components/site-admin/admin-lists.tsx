import Link from "next/link";
import { cellClass } from "@/components/editor/table-styles";
import { formatEventWhen } from "@/components/event/event-time";
import { formatDuration } from "@/components/video/duration";
import { videoProviderName } from "@/components/video/embed-url";
import type { AdminPageListItem } from "@/lib/db/pages";
import type { AdminEventListItem } from "@/lib/db/site-admin-events";
import type { AdminVideoListItem } from "@/lib/db/site-admin-videos";
import { formatDate } from "@/lib/format";

// The tables of /editor/events, /editor/videos and /editor/pages: each row links to its edit
// page and to the public page.

const linkClass = "text-brand-600 hover:underline";

function Table({
  caption,
  headings,
  children,
}: {
  caption: string;
  headings: string[];
  children: React.ReactNode;
}) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="text-ink">
            {headings.map((heading) => (
              <th key={heading} scope="col" className={cellClass}>
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="text-ink-soft">{children}</tbody>
      </table>
    </div>
  );
}

function EditLink({ href, title }: { href: string; title: string }) {
  return (
    <Link href={href} className="text-ink hover:text-brand-600 font-medium hover:underline">
      {title}
    </Link>
  );
}

export function EventsTable({ events }: { events: AdminEventListItem[] }) {
  return (
    <Table caption="Events, latest start first" headings={["Event", "When", "Where", "Zone", ""]}>
      {events.map((event) => (
        <tr key={event.id}>
          <td className={cellClass}>
            <EditLink href={`/editor/events/${event.id}`} title={event.title} />
          </td>
          <td className={cellClass}>{formatEventWhen(event.startsAt, event.endsAt, event.timezone)}</td>
          <td className={cellClass}>{event.location ?? "Online"}</td>
          <td className={cellClass}>{event.zone?.name ?? "—"}</td>
          <td className={cellClass}>
            <Link href={`/events/${event.slug}`} className={linkClass}>
              View<span className="sr-only"> {event.title}</span>
            </Link>
          </td>
        </tr>
      ))}
    </Table>
  );
}

export function VideosTable({ videos }: { videos: AdminVideoListItem[] }) {
  return (
    <Table
      caption="Videos, unpublished first, then newest"
      headings={["Video", "Provider", "Duration", "Status", "Zone", ""]}
    >
      {videos.map((video) => (
        <tr key={video.id}>
          <td className={cellClass}>
            <EditLink href={`/editor/videos/${video.id}`} title={video.title} />
          </td>
          <td className={cellClass}>{videoProviderName(video.provider)}</td>
          <td className={cellClass}>{formatDuration(video.durationSeconds)}</td>
          <td className={cellClass}>
            {video.publishedAt ? (
              `Published ${formatDate(video.publishedAt)}`
            ) : (
              <strong className="text-ink">Unpublished</strong>
            )}
          </td>
          <td className={cellClass}>{video.zone?.name ?? "—"}</td>
          <td className={cellClass}>
            {video.publishedAt && (
              <Link href={`/videos/${video.slug}`} className={linkClass}>
                View<span className="sr-only"> {video.title}</span>
              </Link>
            )}
          </td>
        </tr>
      ))}
    </Table>
  );
}

export function PagesTable({ pages }: { pages: AdminPageListItem[] }) {
  return (
    <Table caption="Content pages by title" headings={["Page", "Address", "Last saved", ""]}>
      {pages.map((page) => (
        <tr key={page.id}>
          <td className={cellClass}>
            <EditLink href={`/editor/pages/${page.id}`} title={page.title} />
          </td>
          <td className={cellClass}>/pages/{page.slug}</td>
          <td className={cellClass}>{formatDate(page.updatedAt)}</td>
          <td className={cellClass}>
            <Link href={`/pages/${page.slug}`} className={linkClass}>
              View<span className="sr-only"> {page.title}</span>
            </Link>
          </td>
        </tr>
      ))}
    </Table>
  );
}
