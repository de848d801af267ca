import { EMBED_ALLOW, videoEmbedUrl, videoProviderName } from "@/components/video/embed-url";

/**
 * The player, from the allow-listed provider in privacy-enhanced mode, in a fixed 16:9 box (no
 * layout shift). When the stored provider or id fails the allow-list, no iframe is rendered.
 */
export function VideoEmbed({
  provider,
  providerId,
  title,
}: {
  provider: string;
  providerId: string;
  title: string;
}) {
  const src = videoEmbedUrl(provider, providerId);
  if (!src) {
    return (
      <div
        role="note"
        className="bg-surface-sunken border-surface-border text-ink-soft flex aspect-video w-full items-center justify-center rounded-lg border p-6 text-center text-sm"
      >
        This video can&apos;t be played here: its {videoProviderName(provider)} link is not one we can embed
        safely.
      </div>
    );
  }
  return (
    <div className="bg-surface-sunken aspect-video w-full overflow-hidden rounded-lg">
      <iframe
        src={src}
        title={`Video: ${title}`}
        loading="lazy"
        referrerPolicy="strict-origin-when-cross-origin"
        allow={EMBED_ALLOW}
        allowFullScreen
        className="h-full w-full border-0"
      />
    </div>
  );
}
