// The hint under every slug field: where the page lives, and what a change does to old links.

export function slugHint(base: string, typed: string, savedSlug: string | null, from: string): string {
  const slug = typed.trim().toLowerCase();
  if (!slug) return `Leave blank to make one from the ${from}. The address will be ${base}/<slug>.`;
  if (savedSlug && slug !== savedSlug) {
    return `The address becomes ${base}/${slug}; ${base}/${savedSlug} (and its pages and feeds) will redirect there.`;
  }
  return `The address: ${base}/${slug}. Lowercase letters, digits and hyphens.`;
}
