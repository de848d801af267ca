// With cacheComponents, every generateStaticParams must return at least one entry or the
// build fails. A fresh install builds against an empty database, so when there is nothing to
// prerender we return one reserved slug; it prerenders as a 404 and real slugs render on
// their first request as usual.
export const EMPTY_PARAM_SLUG = "-";

export function slugParams(slugs: string[]): { slug: string }[] {
  return (slugs.length > 0 ? slugs : [EMPTY_PARAM_SLUG]).map((slug) => ({ slug }));
}
