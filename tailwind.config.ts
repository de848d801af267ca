import type { Config } from "tailwindcss";

// Theme tokens for Zonepress, loaded from app/globals.css with `@config`.
// Colours are named by role (brand, ink, muted, surface) so components never hard-code hues.
const config: Config = {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        brand: {
          50: "#eef6ff",
          100: "#d9eaff",
          500: "#1f6feb",
          600: "#1a5fd0",
          700: "#164fae",
          900: "#0d2e66",
        },
        ink: { DEFAULT: "#14171f", soft: "#3b4252" },
        muted: "#5b6475",
        surface: { DEFAULT: "#ffffff", sunken: "#f5f7fa", border: "#e2e6ee" },
        core: "#b7791f",
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
