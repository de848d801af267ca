// Shared by the editor tables (server and client components alike: a plain module, not a
// "use client" one, so server components get the string and not a client reference).
export const cellClass = "border-surface-border border-b px-3 py-2 text-left align-top";
