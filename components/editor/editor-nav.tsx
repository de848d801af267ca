import { TabNav } from "@/components/ui/tab-nav";

const links = [
  { href: "/editor", label: "Dashboard" },
  { href: "/editor/members", label: "Members", section: true },
] as const;

/** The editor area's sub-navigation. */
export function EditorNav() {
  return <TabNav label="Editor" links={links} />;
}
