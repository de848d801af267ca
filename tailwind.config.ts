import type { Config } from "tailwindcss";

// Theme tokens for Zonepress, loaded from app/globals.css with `@config`.
// Colours are named by role (brand, ink, muted, surface) so components never hard-code hues.
const config: Config = {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
  theme: {
    extend: {
      // Every colour is a CSS variable defined in app/globals.css, light by default and dark under
      // prefers-color-scheme, so components use role names and get both themes for free.
      colors: {
        brand: {
          50: "var(--zp-brand-50)",
          100: "var(--zp-brand-100)",
          500: "var(--zp-brand-500)",
          600: "var(--zp-brand-600)",
          700: "var(--zp-brand-700)",
          900: "var(--zp-brand-900)",
        },
        /** Text on a brand-600 background (buttons, the current pager page). */
        "on-brand": "var(--zp-on-brand)",
        ink: { DEFAULT: "var(--zp-ink)", soft: "var(--zp-ink-soft)" },
        muted: "var(--zp-muted)",
        surface: {
          DEFAULT: "var(--zp-surface)",
          sunken: "var(--zp-surface-sunken)",
          border: "var(--zp-surface-border)",
        },
        core: "var(--zp-core)",
      },
      fontFamily: {
        sans: [
          "ui-sans-serif",
          "system-ui",
          "-apple-system",
          "Segoe UI",
          "Roboto",
          "Helvetica Neue",
          "Arial",
          "sans-serif",
        ],
        mono: ["ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "Liberation Mono", "monospace"],
      },
      maxWidth: { content: "72rem", prose: "44rem" },
    },
  },
};

export default config;
