// Runs `prisma generate`. The Prisma CLI insists on having its native schema engine
// even though generate never executes it, and on machines without internet the engine
// cannot be downloaded. When no engine is present we point PRISMA_SCHEMA_ENGINE_BINARY
// at a stub so generation still works; machines with internet behave as usual.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, writeFileSync, chmodSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";

const root = new URL("..", import.meta.url).pathname;
const enginesDir = join(root, "node_modules", "@prisma", "engines");

function hasSchemaEngine() {
  if (process.env.PRISMA_SCHEMA_ENGINE_BINARY) return true;
  if (!existsSync(enginesDir)) return false;
  return readdirSync(enginesDir).some((f) => f.startsWith("schema-engine"));
}

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" };
if (!hasSchemaEngine()) {
  const dir = join(tmpdir(), "zonepress-prisma-stub");
  mkdirSync(dir, { recursive: true });
  const stub = join(dir, "schema-engine");
  writeFileSync(stub, "#!/bin/sh\necho 'schema-engine stub: not available offline' >&2\nexit 1\n");
  chmodSync(stub, 0o755);
  env.PRISMA_SCHEMA_ENGINE_BINARY = stub;
  env.PRISMA_ENGINES_CHECKSUM_IGNORE_MISSING = "1";
}

const prismaBin = join(root, "node_modules", ".bin", "prisma");
if (!existsSync(prismaBin)) {
  // Production installs without dev tools: the client must already be generated.
  process.exit(0);
}
const result = spawnSync(prismaBin, ["generate"], { cwd: root, env, stdio: "inherit" });
process.exit(result.status ?? 1);
