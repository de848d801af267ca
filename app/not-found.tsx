import { StatusPage } from "@/components/layout/status-page";

const waysBack = [
  { href: "/articles", label: "All articles" },
  { href: "/zones", label: "Browse zones" },
  { href: "/refcards", label: "Refcards" },
  { href: "/trend-reports", label: "Trend Reports" },
] as const;

export default function NotFound() {
  return (
    <StatusPage status={404} title="Page not found" ways={waysBack} waysLabel="Ways back">
      The page you asked for does not exist or has moved. It may have been unpublished, or the link may be
      mistyped.
    </StatusPage>
  );
}
