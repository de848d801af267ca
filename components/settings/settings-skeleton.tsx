/** Placeholder cards while the signed-in member's settings load, so the page does not jump. */
export function SettingsSkeleton({ sections }: { sections: number }) {
  return (
    <div aria-hidden="true" className="space-y-8">
      {Array.from({ length: sections }, (_, i) => (
        <div key={i} className="border-surface-border rounded-xl border p-6">
          <div className="bg-surface-sunken h-5 w-40 rounded" />
          <div className="bg-surface-sunken mt-5 h-9 rounded-md" />
          <div className="bg-surface-sunken mt-4 h-9 rounded-md" />
        </div>
      ))}
    </div>
  );
}
