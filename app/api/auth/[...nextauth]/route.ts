import NextAuth from "next-auth";
import { authOptions, oauthProviders } from "@/lib/auth/oauth";
import { notFoundProblem } from "@/lib/http/problem";

// next-auth's endpoints (/api/auth/signin/github, /api/auth/callback/google, /api/auth/csrf…),
// used only for OAuth. Without a configured provider there is nothing to serve.
async function handler(
  request: Request,
  context: { params: Promise<{ nextauth: string[] }> },
): Promise<Response> {
  if (oauthProviders().length === 0) return notFoundProblem("No sign-in providers are configured");
  return NextAuth(authOptions())(request, context) as Promise<Response>;
}

export { handler as GET, handler as POST };
