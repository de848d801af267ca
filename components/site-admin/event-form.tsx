"use client";

import { useRouter } from "next/navigation";
import { TextField } from "@/components/auth/text-field";
import { formatEventWhen } from "@/components/event/event-time";
import { TextAreaField } from "@/components/settings/text-area-field";
import { SITE_LIMITS } from "@/lib/site-admin/limits";
import { fromWallTime, isKnownTimeZone } from "@/lib/site-admin/zoned-time";
import { AdminForm, SlugField } from "./admin-form";
import { renameMessage } from "./category-form";
import type { EventDto, EventValues } from "./dto";
import { RadioGroupField, SelectField, type OptionGroup } from "./fields";
import { MARKDOWN_HINT, MarkdownBody } from "./markdown-body";
import { pickValues, useAdminForm } from "./use-admin-form";

const FIELDS = [
  "title",
  "slug",
  "summary",
  "timezone",
  "startsAt",
  "endsAt",
  "format",
  "location",
  "onlineUrl",
  "registrationUrl",
  "zoneId",
  "bodyMarkdown",
] as const;

const LABELS: Record<(typeof FIELDS)[number], string> = {
  title: "Title",
  slug: "Slug",
  summary: "Summary",
  timezone: "Time zone",
  startsAt: "Starts",
  endsAt: "Ends",
  format: "Format",
  location: "Venue",
  onlineUrl: "Online address",
  registrationUrl: "Registration address",
  zoneId: "Zone",
  bodyMarkdown: "Details",
};

const FORMATS = [
  { value: "IN_PERSON", label: "In person" },
  { value: "ONLINE", label: "Online" },
] as const;

const valuesOf = (dto: EventValues) => pickValues<EventValues>(dto, FIELDS);

const URL_INPUT = { type: "url", inputMode: "url", maxLength: SITE_LIMITS.urlMax } as const;

const EMPTY: EventValues = {
  title: "",
  slug: "",
  summary: "",
  bodyMarkdown: "",
  timezone: "UTC",
  startsAt: "",
  endsAt: "",
  format: "IN_PERSON",
  location: "",
  onlineUrl: "",
  registrationUrl: "",
  zoneId: "",
};

/** How readers will see the time, when the typed values make one; else null. */
function readersSee(values: EventValues): string | null {
  if (!isKnownTimeZone(values.timezone)) return null;
  const start = fromWallTime(values.startsAt, values.timezone);
  if (!start.ok) return null;
  const end = values.endsAt ? fromWallTime(values.endsAt, values.timezone) : null;
  return formatEventWhen(start.instant, end?.ok ? end.instant : null, values.timezone);
}

/** Create or edit an event (editors and admins). Times are typed in the event's own time zone. */
export function EventForm({
  saved,
  zones,
  timeZones,
  created = false,
}: {
  saved: EventDto | null;
  zones: OptionGroup[];
  /** IANA names the server knows, offered as suggestions. */
  timeZones: string[];
  created?: boolean;
}) {
  const router = useRouter();
  const form = useAdminForm<EventValues, EventDto>({
    initial: saved ? valuesOf(saved) : EMPTY,
    saved,
    endpoint: "/api/editor/events",
    noun: "event",
    formId: "event-form",
    fields: FIELDS,
    valuesOf,
    onCreated: (dto) => router.push(`/editor/events/${dto.id}?created=1`),
    savedMessage: (before, after) => renameMessage("/events", before, after),
    initialStatus: created ? "Event created. It is listed on Events now." : null,
  });
  const { values, bind, errors } = form;
  const current = form.saved;
  const when = readersSee(values);
  return (
    <AdminForm
      id="event-form"
      form={form}
      labels={LABELS}
      valuesOf={valuesOf}
      viewHref={current ? `/events/${current.slug}` : undefined}
      submitLabel={current ? "Save event" : "Create event"}
      wide
      remove={
        current
          ? {
              url: `/api/editor/events/${current.id}`,
              listHref: "/editor/events",
              name: `the event “${current.title}”`,
              consequence: "It disappears from Events and its page will answer 404.",
            }
          : undefined
      }
    >
      <TextField label="Title" required maxLength={SITE_LIMITS.titleMax} {...bind("title")} />
      <SlugField base="/events" from="title" savedSlug={current?.slug ?? null} {...bind("slug")} />
      <TextAreaField
        label="Summary"
        rows={2}
        maxLength={SITE_LIMITS.summaryMax}
        hint="One or two sentences, shown in the events list."
        {...bind("summary")}
      />
      <fieldset className="border-surface-border space-y-4 rounded-md border p-4">
        <legend className="text-ink px-1 text-sm font-semibold">When</legend>
        <TextField
          label="Time zone"
          list="event-time-zones"
          autoCapitalize="none"
          spellCheck={false}
          hint="The zone the event is announced in, as an IANA name (Europe/Berlin, America/New_York, UTC). The times below are in it."
          {...bind("timezone")}
        />
        <datalist id="event-time-zones">
          {timeZones.map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label="Starts" type="datetime-local" required {...bind("startsAt")} />
          <TextField label="Ends (optional)" type="datetime-local" {...bind("endsAt")} />
        </div>
        <p className="text-muted text-xs" aria-live="polite">
          {when
            ? `Readers will see: ${when}`
            : "Enter a time zone and a start to see how readers will read it."}
        </p>
      </fieldset>
      <fieldset className="border-surface-border space-y-4 rounded-md border p-4">
        <legend className="text-ink px-1 text-sm font-semibold">Where</legend>
        <RadioGroupField
          legend="Format"
          name="format"
          value={values.format}
          onChange={(format) => form.set("format", format)}
          options={FORMATS}
          error={errors.format}
        />
        {values.format === "IN_PERSON" ? (
          <TextField
            label="Venue"
            maxLength={SITE_LIMITS.locationMax}
            hint="Hall, street and city, as attendees need it."
            {...bind("location")}
          />
        ) : (
          <TextField
            label="Online address"
            hint="Where people join (https://…). Shown until the event ends."
            {...URL_INPUT}
            {...bind("onlineUrl")}
          />
        )}
        <TextField
          label="Registration address (optional)"
          hint="The organiser's sign-up page (https://…)."
          {...URL_INPUT}
          {...bind("registrationUrl")}
        />
      </fieldset>
      <SelectField
        label="Zone (optional)"
        groups={zones}
        empty="No zone"
        hint="Links the event to a zone's readers."
        {...bind("zoneId")}
      />
      <MarkdownBody
        label="Details"
        hint={MARKDOWN_HINT}
        value={values.bodyMarkdown}
        onChange={(body) => form.set("bodyMarkdown", body)}
        error={errors.bodyMarkdown}
      />
    </AdminForm>
  );
}
