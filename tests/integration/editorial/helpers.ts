import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { db } from "@/lib/db/client";
import { createArticle } from "@/tests/factories/articles";
import { createUser } from "@/tests/factories/users";
import { createZone } from "@/tests/factories/zones";

/** An author, an editor and one of the author's submissions waiting for review. */
export async function submission(overrides: Parameters<typeof createArticle>[0] = {}) {
  const zone = await createZone();
  const author = await createUser({ name: "Ada Author" });
  const editor = await createUser({ role: "EDITOR", name: "Eddie Editor" });
  const article = await createArticle({
    zoneId: zone.id,
    authorId: author.id,
    status: "SUBMITTED",
    title: "Connection pooling in Node.js services",
    ...overrides,
  });
  return { zone, author, editor, article };
}

/** The outbox rows addressed to `to`, oldest first. */
export function outboxFor(to: string) {
  return db.emailMessage.findMany({ where: { to }, orderBy: { id: "asc" } });
}

export interface BossJob {
  id: string;
  state: string;
  start_after: Date;
  data: { articleId: number; scheduledFor: string };
  singleton_key: string | null;
}

/** A pg-boss job as pg-boss stored it. */
export async function bossJob(id: string): Promise<BossJob | undefined> {
  const rows = await db.$queryRaw<BossJob[]>`
    SELECT id::text, state::text, start_after, data, singleton_key FROM pgboss.job WHERE id = ${id}::uuid`;
  return rows[0];
}

/**
 * A real HTTP server in front of a route handler, so code that POSTs to the app (the scheduled
 * publish asking for cache revalidation) talks to the real handler over the network.
 */
export async function serveRoute(handler: (request: Request) => Promise<Response>): Promise<{
  origin: string;
  close: () => Promise<void>;
}> {
  const server: Server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
    incoming.on("end", () => {
      const headers = new Headers();
      for (const [name, value] of Object.entries(incoming.headers)) {
        if (typeof value === "string") headers.set(name, value);
      }
      const request = new Request(`http://127.0.0.1${incoming.url ?? "/"}`, {
        method: incoming.method,
        headers,
        body: incoming.method === "GET" ? undefined : Buffer.concat(chunks),
      });
      void handler(request).then(async (response) => {
        outgoing.writeHead(response.status, Object.fromEntries(response.headers));
        outgoing.end(Buffer.from(await response.arrayBuffer()));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
