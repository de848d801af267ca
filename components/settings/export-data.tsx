/** The JSON download of the member's data (GET /api/account/export sends it as an attachment). */
export function ExportData() {
  return (
    <a
      href="/api/account/export"
      download
      className="border-surface-border text-ink hover:bg-surface-sunken inline-block rounded-md border px-4 py-2 text-sm font-semibold"
    >
      Download my data (JSON)
    </a>
  );
}
