/** Placeholder of a form's size while it loads, so the card does not jump. */
export function FormSkeleton({ fields }: { fields: number }) {
  return (
    <div aria-hidden="true" className="space-y-4">
      {Array.from({ length: fields }, (_, i) => (
        <div key={i}>
          <div className="bg-surface-sunken h-4 w-20 rounded" />
          <div className="bg-surface-sunken mt-2 h-9 rounded-md" />
        </div>
      ))}
      <div className="bg-surface-sunken h-9 rounded-md" />
    </div>
  );
}
