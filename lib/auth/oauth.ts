import "server-only";
import type { AuthOptions, Profile } from "next-auth";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { signInWithOAuth, type OAuthIdentity } from "@/lib/db/auth";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { authSecret, SESSION_MAX_AGE_SECONDS, SIGNED_IN_HINT_COOKIE, usesSecureCookies } from "./config";

// next-auth handles only the OAuth dance (GitHub, Google, each enabled when its client id and
// secret are set). Its session cookie is the same JWT our password login issues, carrying only
// the user id and token version; lib/auth/guards.ts re-reads the user from it on every request.

interface GitHubEmail {
  email: string;
  primary: boolean;
  verified: boolean;
}

/** Which OAuth providers are configured, for the login and join pages. */
export function oauthProviders(): { id: "github" | "google"; name: string }[] {
  const e = env();
  const list: { id: "github" | "google"; name: string }[] = [];
  if (e.GITHUB_CLIENT_ID && e.GITHUB_CLIENT_SECRET) list.push({ id: "github", name: "GitHub" });
  if (e.GOOGLE_CLIENT_ID && e.GOOGLE_CLIENT_SECRET) list.push({ id: "google", name: "Google" });
  return list;
}

function githubProvider(clientId: string, clientSecret: string): ReturnType<typeof GitHubProvider> {
  const base = GitHubProvider({ clientId, clientSecret });
  return {
    ...base,
    // GitHub's /user shows only a public email and says nothing about verification; ask for the
    // primary address and whether GitHub verified it, so linking by email is only ever by a
    // verified one.
    userinfo: {
      url: "https://api.github.com/user",
      async request({ client, tokens }) {
        const profile = await client.userinfo(tokens.access_token!);
        const response = await fetch("https://api.github.com/user/emails", {
          headers: { Authorization: `token ${tokens.access_token}`, Accept: "application/vnd.github+json" },
        });
        const emails = response.ok ? ((await response.json()) as GitHubEmail[]) : [];
        const primary = emails.find((e) => e.primary) ?? emails.find((e) => e.verified);
        return {
          ...profile,
          email: primary?.email ?? null,
          email_verified: Boolean(primary?.verified),
        } as typeof profile;
      },
    },
  };
}

/** What a provider's profile tells us, in the shape lib/db/auth.ts links accounts with. */
export function identityFromProfile(
  provider: string,
  providerAccountId: string,
  type: string,
  profile: Profile & Record<string, unknown>,
): OAuthIdentity {
  const email = typeof profile.email === "string" ? profile.email : null;
  const login = typeof profile.login === "string" ? profile.login : undefined;
  return {
    provider,
    providerAccountId,
    type,
    email,
    emailVerified: profile.email_verified === true,
    name: typeof profile.name === "string" ? profile.name : (login ?? ""),
    preferredUsername: login ?? email?.split("@")[0] ?? "member",
    image:
      typeof profile.avatar_url === "string"
        ? profile.avatar_url
        : typeof profile.picture === "string"
          ? profile.picture
          : null,
  };
}

export function authOptions(): AuthOptions {
  const e = env();
  const providers: AuthOptions["providers"] = [];
  if (e.GITHUB_CLIENT_ID && e.GITHUB_CLIENT_SECRET)
    providers.push(githubProvider(e.GITHUB_CLIENT_ID, e.GITHUB_CLIENT_SECRET));
  if (e.GOOGLE_CLIENT_ID && e.GOOGLE_CLIENT_SECRET) {
    providers.push(GoogleProvider({ clientId: e.GOOGLE_CLIENT_ID, clientSecret: e.GOOGLE_CLIENT_SECRET }));
  }
  // Signed-in users found by signIn, handed to the jwt callback of the same request.
  const resolved = new WeakMap<object, { id: number; tokenVersion: number }>();
  return {
    providers,
    secret: authSecret(),
    useSecureCookies: usesSecureCookies(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/login", error: "/login" },
    callbacks: {
      async signIn({ user, account, profile }) {
        if (!account || account.type !== "oauth" || !profile) return false;
        const outcome = await signInWithOAuth(
          identityFromProfile(
            account.provider,
            account.providerAccountId,
            account.type,
            profile as Profile & Record<string, unknown>,
          ),
        );
        if (!outcome.ok) {
          logger.warn(
            { event: "oauth.refused", provider: account.provider, reason: outcome.reason },
            "OAuth sign-in refused",
          );
          return `/login?error=oauth-${outcome.reason}`;
        }
        resolved.set(user, { id: outcome.user.id, tokenVersion: outcome.user.tokenVersion });
        logger.info(
          {
            event: "oauth.success",
            provider: account.provider,
            userId: outcome.user.id,
            linked: outcome.linked,
          },
          "signed in",
        );
        return true;
      },
      async jwt({ token, user }) {
        const found = user ? resolved.get(user) : undefined;
        // Only the id and token version; name, email and picture stay in the database.
        if (found) return { sub: String(found.id), tv: found.tokenVersion };
        return { sub: token.sub, tv: token.tv };
      },
      async redirect({ url, baseUrl }) {
        return url.startsWith(baseUrl) || url.startsWith("/") ? url : baseUrl;
      },
    },
    events: {
      async signIn() {
        const { cookies } = await import("next/headers");
        (await cookies()).set(SIGNED_IN_HINT_COOKIE, "1", {
          sameSite: "lax",
          secure: usesSecureCookies(),
          path: "/",
          maxAge: SESSION_MAX_AGE_SECONDS,
        });
      },
    },
  };
}
