import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import type { ConfirmationState } from "@/lib/db/subscription-confirmations";
import { pluralize } from "@/lib/format";
import { CONFIRM_LINK_DAYS } from "@/lib/subscriptions/policy";
import { primaryButton, TargetList } from "./target-list";

export type ConfirmPageState =
  ConfirmationState | { status: "confirmed"; count: number } | { status: "missing" };

/**
 * The page behind the confirmation email's link. It asks for one more click (a plain form, so
 * it works without JavaScript) rather than confirming on open: mail scanners open links too.
 */
export function ConfirmView({ state, token }: { state: ConfirmPageState; token: string | null }) {
  switch (state.status) {
    case "valid":
      return (
        <AuthCard
          title="Confirm your subscription"
          intro={
            <>
              Digests for <strong className="text-ink break-words">{state.email}</strong>:
            </>
          }
        >
          <TargetList items={state.pending} />
          <form method="post" action="/api/subscriptions/confirm" className="mt-6">
            <input type="hidden" name="token" value={token ?? ""} />
            <button type="submit" className={primaryButton}>
              Confirm subscription
            </button>
          </form>
          <p className="text-muted mt-4 text-xs">
            Didn&apos;t ask for this? Close this page: nothing is sent unless you confirm.
          </p>
        </AuthCard>
      );
    case "confirmed":
      return (
        <AuthCard title="You're subscribed" footer={<BackLinks />}>
          <p className="text-ink-soft text-sm">
            {pluralize(state.count, "subscription")} confirmed. Your digest arrives when there are new
            articles; every one has a link to unsubscribe.
          </p>
        </AuthCard>
      );
    case "expired":
      return (
        <AuthCard title="This link has expired" footer={<BackLinks />}>
          <p className="text-ink-soft text-sm">
            Confirmation links work for {CONFIRM_LINK_DAYS} days. Subscribe again from the zone, category or
            author page to get a new one.
          </p>
        </AuthCard>
      );
    default:
      return (
        <AuthCard title="This link is not valid" footer={<BackLinks />}>
          <p className="text-ink-soft text-sm">
            It may have been used already (then you are subscribed) or copied incompletely. Open the link from
            the email again, or subscribe again to get a new one.
          </p>
        </AuthCard>
      );
  }
}

export function BackLinks() {
  return (
    <p className="flex flex-wrap gap-x-4 gap-y-1">
      <Link href="/" className="text-brand-600 hover:underline">
        Home page
      </Link>
      <Link href="/zones" className="text-brand-600 hover:underline">
        Browse zones
      </Link>
    </p>
  );
}
