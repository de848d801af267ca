"use client";

import { useRouter } from "next/navigation";
import { TextField } from "@/components/auth/text-field";
import { TextAreaField } from "@/components/settings/text-area-field";
import { formatDate } from "@/lib/format";
import { SITE_LIMITS } from "@/lib/site-admin/limits";
import { parseVideoUrl, VIDEO_URL_MAX_LENGTH } from "@/lib/site-admin/video-url";
import { AdminForm, SlugField } from "./admin-form";
import { renameMessage } from "./category-form";
import type { VideoDto, VideoValues } from "./dto";
import { CheckboxField, SelectField, type OptionGroup } from "./fields";
import { pickValues, useAdminForm } from "./use-admin-form";

const FIELDS = ["title", "slug", "summary", "videoUrl", "duration", "zoneId", "published"] as const;

const LABELS: Record<(typeof FIELDS)[number], string> = {
  title: "Title",
  slug: "Slug",
  summary: "Summary",
  videoUrl: "Video address",
  duration: "Duration",
  zoneId: "Zone",
  published: "Published",
};

const valuesOf = (dto: VideoValues) => pickValues<VideoValues>(dto, FIELDS);

const PROVIDER_NAMES = { YOUTUBE: "YouTube", VIMEO: "Vimeo" } as const;

/** What the pasted address is, as the server will read it. */
function recognised(url: string): string {
  if (url.trim() === "")
    return "Paste the address of a YouTube or Vimeo video (watch page, youtu.be, Shorts, embed or vimeo.com).";
  const parsed = parseVideoUrl(url);
  return parsed.ok ? `${PROVIDER_NAMES[parsed.provider]} video ${parsed.providerId}.` : parsed.message;
}

/**
 * Create or edit a video (editors and admins). Only YouTube and Vimeo addresses are accepted; the
 * Video Library embeds them in privacy-enhanced mode.
 */
export function VideoForm({
  saved,
  zones,
  created = false,
}: {
  saved: VideoDto | null;
  zones: OptionGroup[];
  created?: boolean;
}) {
  const router = useRouter();
  const form = useAdminForm<VideoValues, VideoDto>({
    initial: saved
      ? valuesOf(saved)
      : { title: "", slug: "", summary: "", videoUrl: "", duration: "", zoneId: "", published: true },
    saved,
    endpoint: "/api/editor/videos",
    noun: "video",
    formId: "video-form",
    fields: FIELDS,
    valuesOf,
    onCreated: (dto) => router.push(`/editor/videos/${dto.id}?created=1`),
    savedMessage: (before, after) =>
      after.published ? renameMessage("/videos", before, after) : "Saved. The video is not in the library.",
    initialStatus: created ? "Video created." : null,
  });
  const { values, bind } = form;
  const current = form.saved;
  return (
    <AdminForm
      id="video-form"
      form={form}
      labels={LABELS}
      valuesOf={valuesOf}
      viewHref={current?.published ? `/videos/${current.slug}` : undefined}
      submitLabel={current ? "Save video" : "Create video"}
      remove={
        current
          ? {
              url: `/api/editor/videos/${current.id}`,
              listHref: "/editor/videos",
              name: `the video “${current.title}”`,
              consequence: "It leaves the Video Library and its page will answer 404.",
            }
          : undefined
      }
    >
      <TextField label="Title" required maxLength={SITE_LIMITS.titleMax} {...bind("title")} />
      <SlugField base="/videos" from="title" savedSlug={current?.slug ?? null} {...bind("slug")} />
      <TextAreaField
        label="Summary"
        rows={3}
        maxLength={SITE_LIMITS.summaryMax}
        hint="Shown under the player and in the library."
        {...bind("summary")}
      />
      <TextField
        label="Video address"
        type="url"
        inputMode="url"
        required
        autoCapitalize="none"
        spellCheck={false}
        maxLength={VIDEO_URL_MAX_LENGTH}
        hint={recognised(values.videoUrl)}
        {...bind("videoUrl")}
      />
      <TextField
        label="Duration"
        required
        inputMode="numeric"
        placeholder="12:34"
        hint="Minutes:seconds (12:34) or hours:minutes:seconds (1:02:03)."
        {...bind("duration")}
      />
      <SelectField label="Zone (optional)" groups={zones} empty="No zone" {...bind("zoneId")} />
      <CheckboxField
        label="Published"
        name="published"
        checked={values.published}
        onChange={(published) => form.set("published", published)}
        hint={
          current?.publishedAt && values.published
            ? `In the Video Library since ${formatDate(new Date(current.publishedAt))}.`
            : "Unpublished videos are kept here but not shown to readers."
        }
      />
    </AdminForm>
  );
}
