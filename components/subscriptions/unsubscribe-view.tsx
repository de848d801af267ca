import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import type { UnsubscribeScope, UnsubscribeState } from "@/lib/db/unsubscribe";
import { pluralize } from "@/lib/format";
import { describeTarget, frequencyAdjective } from "@/lib/subscriptions/labels";
import { BackLinks } from "./confirm-view";
import { primaryButton, secondaryButton } from "./target-list";

export type UnsubscribePageState =
  | { status: "found"; found: UnsubscribeState; scope: UnsubscribeScope }
  | { status: "done"; count: number }
  | { status: "invalid" };

/**
 * The page behind every unsubscribe link. It asks first (a GET must change nothing: scanners
 * open links) with plain form posts, so it works without JavaScript, and offers to stop every
 * email to the address as well.
 */
export function UnsubscribeView({ state, token }: { state: UnsubscribePageState; token: string | null }) {
  if (state.status === "done") {
    return (
      <AuthCard title="You're unsubscribed" footer={<BackLinks />}>
        <p className="text-ink-soft text-sm">
          {state.count === 0
            ? "There was nothing left to remove."
            : `${pluralize(state.count, "subscription")} removed. You will get no more email for ${state.count === 1 ? "it" : "them"}.`}{" "}
          Changed your mind? Subscribe again on any zone, category or author page.
        </p>
      </AuthCard>
    );
  }
  if (state.status === "invalid") {
    return (
      <AuthCard title="This link is not valid any more" footer={<BackLinks />}>
        <p className="text-ink-soft text-sm">
          Nothing was changed. You may have unsubscribed already, or the link comes from an older email: every
          digest carries new links, so use the one in the most recent digest. Members can also change every
          subscription in{" "}
          <Link href="/settings/subscriptions" className="text-brand-600 underline">
            Manage Email Subscriptions
          </Link>
          .
        </p>
      </AuthCard>
    );
  }

  const { found, scope } = state;
  const what = found.subscription.target
    ? describeTarget(found.subscription.target)
    : "a zone, category or author that no longer exists";
  const digest = `${frequencyAdjective(found.subscription.frequency)} digest`;
  const primaryScope: UnsubscribeScope = scope === "digest" && found.counts.digest > 1 ? "digest" : "one";
  return (
    <AuthCard
      title="Unsubscribe"
      intro={
        <>
          Email to <strong className="text-ink break-words">{found.email}</strong>
        </>
      }
    >
      <p className="text-ink-soft text-sm">
        {primaryScope === "digest"
          ? `Stop the ${digest}? It covers ${pluralize(found.counts.digest, "subscription")}.`
          : `Stop getting ${what} in your ${digest}?`}
      </p>
      <UnsubscribeForm token={token} scope={primaryScope} className={`${primaryButton} mt-4`}>
        {primaryScope === "digest" ? `Unsubscribe from the ${digest}` : `Unsubscribe from ${what}`}
      </UnsubscribeForm>
      {found.counts.all > found.counts[primaryScope] && (
        <div className="border-surface-border mt-6 border-t pt-4">
          <p className="text-ink-soft text-sm">
            Or stop every email subscription of this address ({pluralize(found.counts.all, "subscription")}).
          </p>
          <UnsubscribeForm token={token} scope="all" className={`${secondaryButton} mt-3`}>
            Unsubscribe from everything
          </UnsubscribeForm>
        </div>
      )}
    </AuthCard>
  );
}

function UnsubscribeForm({
  token,
  scope,
  className,
  children,
}: {
  token: string | null;
  scope: UnsubscribeScope;
  className: string;
  children: React.ReactNode;
}) {
  return (
    <form method="post" action="/api/unsubscribe">
      <input type="hidden" name="token" value={token ?? ""} />
      <input type="hidden" name="scope" value={scope} />
      <input type="hidden" name="source" value="page" />
      <button type="submit" className={className}>
        {children}
      </button>
    </form>
  );
}
