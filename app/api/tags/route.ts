import { slugify } from "@/lib/authoring/slug";
import { searchTags } from "@/lib/db/tags";
import { PRIVATE, author } from "../drafts/_lib/respond";

// GET /api/tags?q=jav → { tags: [{ slug, name }] }: the writing page's tag suggestions, at
// most 8, by prefix, case-insensitive (matched on the slug), most used first.
const LIMIT = 8;

export async function GET(request: Request): Promise<Response> {
  const caller = await author(request, { changes: false });
  if (!caller.ok) return caller.response;
  const q = (new URL(request.url).searchParams.get("q") ?? "").slice(0, 60);
  const tags = await searchTags(slugify(q), LIMIT);
  return Response.json({ tags }, { headers: PRIVATE });
}
