"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { hasSignedInHint } from "@/lib/auth/hint";
import { pluralize } from "@/lib/format";

interface LikeState {
  liked: boolean;
  count: number;
}

/** The hint cookie only changes with a full page load (login and logout navigate). */
const subscribeToNothing = () => () => {};

/** The login page, coming back to this article afterwards (same logic as lib/auth loginPath). */
function loginHref(): string {
  return `/login?next=${encodeURIComponent(window.location.pathname)}`;
}

/**
 * The article's like count and Like button. The server renders what every reader sees (the
 * cached count, not pressed), so the article page stays cacheable; after hydration, and only
 * when the hint cookie says someone may be signed in, the member's own state is fetched.
 * Signed-out clicks go to log in and back. Clicks are optimistic and rolled back on failure.
 */
export function LikeButton({ articleId, initialCount }: { articleId: number; initialCount: number }) {
  const router = useRouter();
  const hinted = useSyncExternalStore(subscribeToNothing, hasSignedInHint, () => false);
  const [state, setState] = useState<LikeState>({ liked: false, count: initialCount });
  // null: not known yet (no hint, or the state request has not answered).
  const [signedIn, setSignedIn] = useState<boolean | null>(null);
  const [message, setMessage] = useState("");
  const busy = useRef(false);
  // Once the member has clicked, a late answer to the initial state request must not undo it.
  const clicked = useRef(false);
  const endpoint = `/api/articles/${articleId}/like`;

  useEffect(() => {
    if (!hinted) return;
    const controller = new AbortController();
    fetch(endpoint, { signal: controller.signal, cache: "no-store" })
      .then((response) => (response.ok ? response.json() : null))
      .then((body: { liked: boolean; likeCount: number; signedIn: boolean } | null) => {
        if (!body || clicked.current) return;
        setSignedIn(body.signedIn);
        setState({ liked: body.liked, count: body.likeCount });
      })
      .catch(() => {
        // Aborted or offline: the cached count stays, and a click still tries to like.
      });
    return () => controller.abort();
  }, [hinted, endpoint]);

  const goToLogin = () => router.push(loginHref());

  async function toggle() {
    if (!hinted || signedIn === false) return goToLogin();
    if (busy.current) return;
    busy.current = true;
    clicked.current = true;
    setMessage("");
    const before = state;
    const liked = !before.liked;
    setState({ liked, count: Math.max(0, before.count + (liked ? 1 : -1)) });
    try {
      const response = await fetch(endpoint, { method: liked ? "PUT" : "DELETE", cache: "no-store" });
      if (response.status === 401) return goToLogin();
      if (!response.ok) {
        setState(before);
        setMessage(
          response.status === 404
            ? "This article can no longer be liked."
            : "Could not save your like. Please try again.",
        );
        return;
      }
      const body = (await response.json()) as { liked: boolean; likeCount: number };
      setState({ liked: body.liked, count: body.likeCount });
    } catch {
      setState(before);
      setMessage("Could not reach the server. Please try again.");
    } finally {
      busy.current = false;
    }
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <span data-like-count={state.count}>{pluralize(state.count, "Like")}</span>
      {/* A toggle keeps one name; aria-pressed says whether it is on (WAI-ARIA APG "Button"). */}
      <button
        type="button"
        aria-pressed={state.liked}
        aria-label="Like this article"
        onClick={toggle}
        className={`inline-flex items-center gap-1 rounded-full border px-2.5 py-0.5 text-xs font-semibold transition-colors ${
          state.liked
            ? "border-brand-600 bg-brand-600 text-on-brand"
            : "border-surface-border bg-surface text-ink-soft hover:border-brand-500 hover:text-brand-600"
        }`}
      >
        <HeartIcon filled={state.liked} />
        {state.liked ? "Liked" : "Like"}
      </button>
      <span role="status" className="text-xs text-red-700 dark:text-red-300">
        {message}
      </span>
    </span>
  );
}

function HeartIcon({ filled }: { filled: boolean }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className="h-3.5 w-3.5"
      fill={filled ? "currentColor" : "none"}
      stroke="currentColor"
      strokeWidth="2"
      strokeLinejoin="round"
    >
      <path d="M12 21s-7.5-4.6-9.5-9.3C1.2 8.4 3.4 5 6.9 5c2 0 3.4 1.1 5.1 3 1.7-1.9 3.1-3 5.1-3 3.5 0 5.7 3.4 4.4 6.7C19.5 16.4 12 21 12 21z" />
    </svg>
  );
}
