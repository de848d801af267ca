"use client";

import { UploadField } from "@/components/ui/upload-field";
import { uploadCover } from "./draft-api";

const RULES =
  "PNG, JPEG or WebP, at most 5 MB. Shown at most 1600 × 900; its metadata (EXIF, GPS) is removed.";

/**
 * The article's cover image: choosing a file uploads it at once (the server checks it by
 * content and re-encodes it) and the draft keeps the returned address; Remove clears it.
 */
export function CoverField({
  url,
  onChange,
  error,
}: {
  url: string | null;
  onChange: (url: string | null) => void;
  error?: string;
}) {
  return (
    <UploadField
      label="Cover image"
      name="cover"
      field="coverImageUrl"
      accept="image/png,image/jpeg,image/webp"
      current={
        url && (
          // eslint-disable-next-line @next/next/no-img-element -- our own re-encoded upload, already sized
          <img
            src={url}
            alt="The current cover image"
            className="border-surface-border mt-2 aspect-video w-full max-w-md rounded-md border object-cover"
          />
        )
      }
      hasFile={url !== null}
      removeLabel="Remove cover image"
      onRemove={() => onChange(null)}
      upload={async (file) => {
        const outcome = await uploadCover(file);
        if (!outcome.ok) return outcome.message;
        onChange(outcome.url);
        return null;
      }}
      maxBytes={5 * 1024 * 1024}
      tooLarge="This file is larger than 5 MB. Use a PNG, JPEG or WebP image of at most 5 MB."
      pendingText="Uploading the cover…"
      error={error}
      hint={RULES}
    />
  );
}
