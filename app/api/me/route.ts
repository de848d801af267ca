import { getCurrentUser } from "@/lib/auth/guards";
import { endSession } from "@/lib/auth/session";

// GET /api/me: who is signed in, for the header menu and like buttons (client islands on cached
// pages). A session that no longer counts (suspended, password changed) has its cookies removed.
export async function GET(): Promise<Response> {
  const user = await getCurrentUser();
  const headers = { "Cache-Control": "private, no-store", Vary: "Cookie" };
  if (!user) {
    await endSession();
    return Response.json({ user: null }, { headers });
  }
  return Response.json(
    {
      user: {
        id: user.id,
        username: user.username,
        name: user.name,
        avatarUrl: user.avatarUrl,
        role: user.role,
        isCore: user.isCore,
      },
    },
    { headers },
  );
}
