import { getCurrentUser } from "@/lib/auth/guards";
import { exportAccountData } from "@/lib/db/account-export";
import { unauthorized } from "@/lib/http/problem";

// GET /api/account/export: the signed-in member's data as a JSON download (profile without
// secrets, every article with its markdown, likes, subscriptions). A plain link triggers it.
export async function GET(): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return unauthorized();
  const data = await exportAccountData(user.id);
  if (!data) return unauthorized();
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="zonepress-${data.profile.username}.json"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
