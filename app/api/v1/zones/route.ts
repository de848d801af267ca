import { apiCaller } from "@/lib/api/caller";
import { PRIVATE, privately } from "@/lib/api/draft-responses";
import { listCategoriesWithZones } from "@/lib/db/categories";

export interface ApiZone {
  id: number;
  slug: string;
  name: string;
  category: { slug: string; name: string };
}

// GET /api/v1/zones → { zones }: the ids a draft's `zoneId` takes, in menu order, so a script
// can look its zone up by slug instead of hard-coding a number.
export async function GET(request: Request): Promise<Response> {
  const auth = await apiCaller(request, "read");
  if (!auth.ok) return privately(auth.response);
  const zones: ApiZone[] = (await listCategoriesWithZones()).flatMap((category) =>
    category.zones.map((zone) => ({
      ...zone,
      category: { slug: category.slug, name: category.name },
    })),
  );
  return Response.json({ zones }, { headers: PRIVATE });
}
