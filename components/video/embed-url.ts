// Video embeds come only from an allow-list of providers, in their privacy-enhanced modes (no
// tracking cookies before play; Vimeo's "do not track"). The stored provider id is data an editor
// typed, so it must match the provider's strict id pattern before it goes anywhere near a URL:
// anything else (a full URL, a quote, a path) renders no iframe at all.

interface ProviderRule {
  name: string;
  idPattern: RegExp;
  embedUrl: (id: string) => string;
}

const PROVIDERS: Record<string, ProviderRule> = {
  YOUTUBE: {
    name: "YouTube",
    idPattern: /^[A-Za-z0-9_-]{11}$/,
    embedUrl: (id) => `https://www.youtube-nocookie.com/embed/${id}`,
  },
  VIMEO: {
    name: "Vimeo",
    // Vimeo ids are positive integers; 12 digits is far beyond today's ids and keeps junk out.
    idPattern: /^[1-9][0-9]{0,11}$/,
    embedUrl: (id) => `https://player.vimeo.com/video/${id}?dnt=1`,
  },
};

/** What the players need, nothing more: no camera, microphone, geolocation or payment. */
export const EMBED_ALLOW = "autoplay; encrypted-media; fullscreen; picture-in-picture";

/** The privacy-enhanced embed URL, or null when the provider is not allowed or the id is malformed. */
export function videoEmbedUrl(provider: string, providerId: string): string | null {
  const rule = Object.hasOwn(PROVIDERS, provider) ? PROVIDERS[provider] : undefined;
  if (!rule || !rule.idPattern.test(providerId)) return null;
  return rule.embedUrl(providerId);
}

/** The provider's display name ("YouTube", "Vimeo"), or the raw value for an unknown one. */
export function videoProviderName(provider: string): string {
  return (Object.hasOwn(PROVIDERS, provider) ? PROVIDERS[provider]?.name : undefined) ?? provider;
}
