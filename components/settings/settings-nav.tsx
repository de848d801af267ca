import { TabNav } from "@/components/ui/tab-nav";

const links = [
  { href: "/settings/profile", label: "Profile" },
  { href: "/settings/account", label: "Account" },
  { href: "/settings/subscriptions", label: "Email subscriptions" },
  { href: "/settings/tokens", label: "API tokens" },
] as const;

/** Profile / Account / Email subscriptions / API tokens tabs shared by the settings pages. */
export function SettingsNav() {
  return <TabNav label="Settings" links={links} />;
}
