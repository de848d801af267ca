import type { Metadata } from "next";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { AccountDeletedNotice } from "@/components/settings/account-deleted-notice";
import "./globals.css";

const siteName = process.env.SITE_NAME ?? "Zonepress";

// Defaults every page inherits; pages set their own title, description, canonical and feeds.
// No canonical here: a page without its own would otherwise claim the home page's URL.
export const metadata: Metadata = {
  title: { default: `${siteName} — articles for developers, by developers`, template: `%s | ${siteName}` },
  description: "Developer articles, Refcards and Trend Reports, organised by zones and categories.",
  metadataBase: new URL(process.env.SITE_URL ?? "http://localhost:3000"),
  applicationName: siteName,
  openGraph: { siteName, type: "website", locale: "en_US" },
  twitter: { card: "summary" },
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="focus:bg-surface sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:p-2"
        >
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="flex-1">
          <AccountDeletedNotice />
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
