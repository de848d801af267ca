import { formatDuration, isoDuration, spokenDuration } from "@/components/video/duration";
import { videoProviderName } from "@/components/video/embed-url";

/**
 * A 16:9 tile standing in for the video's thumbnail, with its duration. Drawn locally on purpose:
 * loading the provider's thumbnail image would tell it who browses the library before anyone
 * chose to play anything (the embeds are privacy-enhanced for the same reason).
 */
export function VideoThumbnail({ provider, durationSeconds }: { provider: string; durationSeconds: number }) {
  return (
    <div className="bg-surface-sunken border-surface-border relative flex aspect-video w-full items-center justify-center overflow-hidden rounded-md border">
      <svg viewBox="0 0 48 48" width="48" height="48" aria-hidden="true" className="text-brand-600">
        <circle cx="24" cy="24" r="22" fill="currentColor" opacity="0.15" />
        <path d="M19 15.5v17l14-8.5z" fill="currentColor" />
      </svg>
      <span className="text-muted absolute top-2 left-2 text-xs font-medium">
        {videoProviderName(provider)}
      </span>
      <time
        dateTime={isoDuration(durationSeconds)}
        aria-label={`Duration ${spokenDuration(durationSeconds)}`}
        className="bg-surface text-ink absolute right-2 bottom-2 rounded px-1.5 py-0.5 font-mono text-xs font-semibold"
      >
        {formatDuration(durationSeconds)}
      </time>
    </div>
  );
}
