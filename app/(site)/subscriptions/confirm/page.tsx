import type { Metadata } from "next";
import { Suspense } from "react";
import { FormSkeleton } from "@/components/auth/form-skeleton";
import { ConfirmView, type ConfirmPageState } from "@/components/subscriptions/confirm-view";
import { getConfirmation } from "@/lib/db/subscription-confirmations";
import { searchParam } from "@/components/subscriptions/search-param";
import { isWellFormedToken } from "@/lib/subscriptions/tokens";

export const metadata: Metadata = {
  title: "Confirm your subscription",
  robots: { index: false },
  // The token is in this page's URL: never hand it to another site in a Referer. ("no-referrer"
  // would also make the browser send `Origin: null` with the page's own form post.)
  referrer: "same-origin",
};

export default function ConfirmSubscriptionPage({ searchParams }: PageProps<"/subscriptions/confirm">) {
  return (
    <Suspense fallback={<FormSkeleton fields={1} />}>
      <Confirmation searchParams={searchParams} />
    </Suspense>
  );
}

/** Reads the link's token (or the outcome of the confirm form) per request. */
async function Confirmation({ searchParams }: Pick<PageProps<"/subscriptions/confirm">, "searchParams">) {
  const params = await searchParams;
  const token = searchParam(params.token);
  const status = searchParam(params.status);
  let state: ConfirmPageState;
  if (token) {
    state = isWellFormedToken(token) ? await getConfirmation(token) : { status: "unknown" };
  } else if (status === "confirmed") {
    state = {
      status: "confirmed",
      count: Math.min(Math.max(1, Number.parseInt(searchParam(params.count) ?? "1", 10) || 1), 10_000),
    };
  } else if (status === "expired") {
    state = { status: "expired" };
  } else {
    state = { status: "missing" };
  }
  return <ConfirmView state={state} token={token} />;
}
