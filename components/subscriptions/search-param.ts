/** The first value of a search parameter (`?a=1&a=2` gives "1"), or null when absent. */
export function searchParam(value: string | string[] | undefined): string | null {
  return (Array.isArray(value) ? value[0] : value) ?? null;
}
