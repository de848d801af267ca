/** A positive int4 id from a route segment, or null: anything else answers 404 like an unknown id. */
export function parseRouteId(raw: string): number | null {
  if (!/^[1-9][0-9]{0,9}$/.test(raw)) return null;
  const id = Number(raw);
  return id <= 2_147_483_647 ? id : null;
}
