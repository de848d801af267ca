import { TabNav } from "@/components/ui/tab-nav";

const links = [
  { href: "/settings/profile", label: "Profile" },
  { href: "/settings/account", label: "Account" },
  { href: "/settings/tokens", label: "API tokens" },
] as const;

/** Profile / Account tabs shared by the settings pages. */
export function SettingsNav() {
  return <TabNav label="Settings" links={links} />;
}
