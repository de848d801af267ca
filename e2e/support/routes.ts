import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

// The route handlers as the file system has them: every app/**/route.ts with the HTTP methods
// it exports, so a walk over them cannot miss one that was added later.

export const METHODS = ["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"] as const;
export type Method = (typeof METHODS)[number];

export interface RouteFile {
  /** app/api/drafts/[id]/route.ts */
  file: string;
  /** /api/drafts/[id]: the URL pattern, route groups removed. */
  pattern: string;
  methods: Method[];
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return walk(path);
    return entry.name === "route.ts" ? [path] : [];
  });
}

/** Methods a route file exports: functions, consts, destructured consts and `export { x as GET }`. */
function exportedMethods(source: string): Method[] {
  const names = new Set<string>();
  for (const match of source.matchAll(/export\s+(?:async\s+)?(?:function|const)\s+([A-Z]+)\b/g))
    names.add(match[1]!);
  for (const match of source.matchAll(/export\s+(?:const\s+)?\{([^}]*)\}/g)) {
    for (const part of match[1]!.split(","))
      names.add(
        part
          .trim()
          .split(/\s+as\s+/)
          .pop()!
          .trim(),
      );
  }
  return METHODS.filter((method) => names.has(method));
}

export function routeInventory(root = process.cwd()): RouteFile[] {
  return walk(join(root, "app"))
    .map((path) => {
      const file = relative(root, path).split(sep).join("/");
      const pattern = `/${file
        .replace(/^app\//, "")
        .replace(/\/?route\.ts$/, "")
        .split("/")
        .filter((part) => !/^\(.*\)$/.test(part))
        .join("/")}`;
      return { file, pattern, methods: exportedMethods(readFileSync(path, "utf8")) };
    })
    .sort((a, b) => a.pattern.localeCompare(b.pattern));
}

/** Files under app/, lib/ and components/ that declare server actions ("use server"). */
export function serverActionFiles(root = process.cwd()): string[] {
  const files = ["app", "lib", "components"].flatMap((dir) => listSources(join(root, dir)));
  return files.filter((path) => /^\s*["']use server["']/m.test(readFileSync(path, "utf8")));
}

function listSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : listSources(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

/** The dynamic segments of a pattern: [id], [slug], [...key]. */
export function segments(pattern: string): string[] {
  return [...pattern.matchAll(/\[(?:\.\.\.)?([a-z]+)\]/g)].map((m) => m[1]!);
}

/** The pattern with each dynamic segment replaced by `values[name]`, URL-encoded. */
export function fill(pattern: string, values: Record<string, string>): string {
  return pattern.replace(/\[(?:\.\.\.)?([a-z]+)\]/g, (_, name: string) =>
    encodeURIComponent(values[name] ?? "x"),
  );
}
