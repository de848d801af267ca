import { SettingsNav } from "./settings-nav";

/** The frame of every settings page: its title, the Profile / Account tabs, then the sections. */
export function SettingsShell({
  title,
  intro,
  children,
}: {
  title: string;
  intro?: string;
  children: React.ReactNode;
}) {
  return (
    <div className="mx-auto w-full max-w-3xl px-4 py-8 sm:px-6 sm:py-12">
      <h1 className="text-ink text-3xl font-bold tracking-tight">{title}</h1>
      {intro && <p className="text-ink-soft mt-2">{intro}</p>}
      <div className="mt-6">
        <SettingsNav />
        {children}
      </div>
    </div>
  );
}
