"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState, useSyncExternalStore } from "react";
import { ClosingDetails } from "@/components/layout/closing-details";
import { hasSignedInHint } from "@/lib/auth/hint";

interface MenuUser {
  username: string;
  name: string;
  avatarUrl: string | null;
  role: "MEMBER" | "EDITOR" | "ADMIN";
}

type MenuState = { status: "signed-out" } | { status: "checking" } | { status: "signed-in"; user: MenuUser };

const memberLinks = [
  { href: "/settings/profile", label: "Edit Profile" },
  { href: "/write", label: "Post an Article" },
  { href: "/drafts", label: "Manage My Drafts" },
  { href: "/settings/subscriptions", label: "Manage Email Subscriptions" },
  { href: "/pages/how-to-post", label: "How to Post" },
  { href: "/pages/submission-guidelines", label: "Article Submission Guidelines" },
] as const;

const itemClass =
  "text-ink hover:bg-surface-sunken hover:text-brand-600 block w-full rounded px-3 py-1.5 text-left text-sm";

/** The hint cookie only changes with a full page load (login and logout navigate). */
const subscribeToNothing = () => () => {};

/**
 * Log In / Join, or the signed-in member's menu. The header is part of every cached page and the
 * same for everyone, so this island asks /api/me who is signed in — only when the readable hint
 * cookie says someone might be, so anonymous readers cost no request.
 */
export function UserMenu() {
  const pathname = usePathname();
  const hinted = useSyncExternalStore(subscribeToNothing, hasSignedInHint, () => false);
  // undefined: not asked yet; null: nobody (or a session that no longer counts).
  const [user, setUser] = useState<MenuUser | null | undefined>(undefined);

  useEffect(() => {
    if (!hinted) return;
    const controller = new AbortController();
    fetch("/api/me", { signal: controller.signal, cache: "no-store" })
      .then((response) =>
        response.ok ? (response.json() as Promise<{ user: MenuUser | null }>) : { user: null },
      )
      .then((body) => setUser(body.user))
      .catch((error: unknown) => {
        if (!(error instanceof DOMException && error.name === "AbortError")) setUser(null);
      });
    return () => controller.abort();
  }, [hinted]);

  const state: MenuState =
    !hinted || user === null
      ? { status: "signed-out" }
      : user
        ? { status: "signed-in", user }
        : { status: "checking" };

  if (state.status === "checking") {
    return (
      <span className="bg-surface-sunken inline-block h-8 w-24 animate-pulse rounded-md" aria-hidden="true" />
    );
  }
  if (state.status === "signed-out") {
    const next =
      pathname && pathname !== "/" && !/^\/(login|join)/.test(pathname)
        ? `?next=${encodeURIComponent(pathname)}`
        : "";
    return (
      <nav aria-label="Account" className="flex items-center gap-2 text-sm whitespace-nowrap">
        <Link href={`/login${next}`} className="text-ink-soft hover:text-brand-600 font-medium">
          Log In
        </Link>
        <span aria-hidden="true" className="text-muted">
          /
        </span>
        <Link
          href={`/join${next}`}
          className="bg-brand-600 hover:bg-brand-700 text-on-brand rounded-md px-3 py-1.5 font-semibold"
        >
          Join
        </Link>
      </nav>
    );
  }

  const member = state.user;
  const editorial = member.role === "EDITOR" || member.role === "ADMIN";
  return (
    <nav aria-label="Account" className="text-sm">
      <ClosingDetails className="relative">
        <summary className="text-ink hover:text-brand-600 flex cursor-pointer list-none items-center gap-2 rounded px-1 py-1 font-medium select-none [&::-webkit-details-marker]:hidden">
          <Avatar user={member} />
          <span className="max-w-[10rem] truncate">{member.name}</span>
          <span className="sr-only">— account menu</span>
          <span aria-hidden="true" className="text-xs">
            ▾
          </span>
        </summary>
        <div className="border-surface-border bg-surface absolute right-0 z-30 mt-2 w-64 rounded-lg border p-2 shadow-lg">
          <p className="text-muted border-surface-border mb-1 border-b px-3 pb-2 text-xs">
            Signed in as <span className="text-ink font-semibold">@{member.username}</span>
          </p>
          <ul>
            <li>
              <Link href={`/users/${member.username}`} className={itemClass}>
                View Profile
              </Link>
            </li>
            {memberLinks.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className={itemClass}>
                  {link.label}
                </Link>
              </li>
            ))}
            {editorial && (
              <li>
                <Link href="/editor" className={`${itemClass} font-semibold`}>
                  Editor Dashboard
                </Link>
              </li>
            )}
            <li className="border-surface-border mt-1 border-t pt-1">
              {/* A form, so signing out works without JavaScript too (303 back to the home page). */}
              <form action="/api/auth/logout" method="post">
                <button type="submit" className={itemClass}>
                  Sign Out
                </button>
              </form>
            </li>
          </ul>
        </div>
      </ClosingDetails>
    </nav>
  );
}

function Avatar({ user }: { user: MenuUser }) {
  if (user.avatarUrl) {
    return (
      // eslint-disable-next-line @next/next/no-img-element -- a 28px avatar from our own upload route
      <img src={user.avatarUrl} alt="" width={28} height={28} className="h-7 w-7 rounded-full object-cover" />
    );
  }
  const initials = user.name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toUpperCase())
    .join("");
  return (
    <span
      aria-hidden="true"
      className="bg-brand-600 text-on-brand flex h-7 w-7 items-center justify-center rounded-full text-xs font-bold"
    >
      {initials || "?"}
    </span>
  );
}
