import type { Metadata } from "next";
import { Suspense } from "react";
import { FormSkeleton } from "@/components/auth/form-skeleton";
import { UnsubscribeView, type UnsubscribePageState } from "@/components/subscriptions/unsubscribe-view";
import { getUnsubscribe } from "@/lib/db/unsubscribe";
import { searchParam } from "@/components/subscriptions/search-param";
import { isWellFormedToken } from "@/lib/subscriptions/tokens";

export const metadata: Metadata = {
  title: "Unsubscribe",
  robots: { index: false },
  // The token is in this page's URL: never hand it to another site in a Referer. ("no-referrer"
  // would also make the browser send `Origin: null` with the page's own form post.)
  referrer: "same-origin",
};

export default function UnsubscribePage({ searchParams }: PageProps<"/unsubscribe">) {
  return (
    <Suspense fallback={<FormSkeleton fields={1} />}>
      <Unsubscribe searchParams={searchParams} />
    </Suspense>
  );
}

/** Reads the link's token (or the outcome of the unsubscribe form) per request. */
async function Unsubscribe({ searchParams }: Pick<PageProps<"/unsubscribe">, "searchParams">) {
  const params = await searchParams;
  const token = searchParam(params.token);
  let state: UnsubscribePageState = { status: "invalid" };
  if (token) {
    const found = isWellFormedToken(token) ? await getUnsubscribe(token) : null;
    if (found)
      state = { status: "found", found, scope: searchParam(params.scope) === "digest" ? "digest" : "one" };
  } else if (searchParam(params.status) === "done") {
    const count = Number.parseInt(searchParam(params.count) ?? "0", 10);
    state = { status: "done", count: Number.isFinite(count) ? Math.min(Math.max(count, 0), 10_000) : 0 };
  }
  return <UnsubscribeView state={state} token={token} />;
}
