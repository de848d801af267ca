"use client";

// Last-resort boundary when the root layout itself fails (e.g. the database is down while
// rendering the header). It must render its own <html> and may not rely on the layout's CSS.
export default function GlobalError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <html lang="en">
      <body
        style={{
          fontFamily: "system-ui, sans-serif",
          padding: "4rem 1rem",
          textAlign: "center",
          color: "#14171f",
        }}
      >
        <h1>Zonepress is having trouble</h1>
        <p>The site could not load this page. Please try again shortly.</p>
        {error.digest && <p style={{ fontSize: "0.75rem", color: "#5b6475" }}>Reference: {error.digest}</p>}
        <button type="button" onClick={reset} style={{ marginTop: "1rem", padding: "0.5rem 1rem" }}>
          Try again
        </button>
      </body>
    </html>
  );
}
