import "server-only";
import pg from "pg";
import { databaseUrl } from "@/lib/env";
import { logger } from "@/lib/logger";
import { OUTBOX_CHANNEL, workerApplicationName } from "./outbox";

// LISTEN for committed outbox messages (enqueueEmail NOTIFYs in its transaction, and PostgreSQL
// delivers that only on commit). One dedicated connection per worker process, outside the
// Prisma pool, since LISTEN belongs to a session. A lost connection is reopened with backoff;
// `onMessage` also runs after each (re)connect, for anything committed while it was down. The
// session also says this worker is alive (its application_name names WORKER_ID): see
// settleOrphanedClaims.

export interface OutboxListener {
  stop(): Promise<void>;
}

export function listenForOutboxMessages(onMessage: () => void): OutboxListener {
  let client: pg.Client | null = null;
  let stopped = false;
  let retryMs = 1_000;
  let retryTimer: NodeJS.Timeout | undefined;

  const scheduleReconnect = () => {
    if (stopped || retryTimer) return;
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      void connect();
    }, retryMs);
    retryTimer.unref();
    retryMs = Math.min(retryMs * 2, 30_000);
  };

  const connect = async () => {
    const next = new pg.Client({
      connectionString: databaseUrl(),
      application_name: workerApplicationName(),
    });
    next.on("notification", () => onMessage());
    next.on("error", (error) => {
      logger.warn({ err: error }, "email: outbox listener lost its connection; reconnecting");
      void next.end().catch(() => undefined);
      if (client === next) client = null;
      scheduleReconnect();
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${OUTBOX_CHANNEL}`);
    } catch (error) {
      logger.warn({ err: error }, "email: outbox listener could not connect; retrying");
      void next.end().catch(() => undefined);
      scheduleReconnect();
      return;
    }
    if (stopped) {
      await next.end().catch(() => undefined);
      return;
    }
    client = next;
    retryMs = 1_000;
    onMessage();
  };

  void connect();
  return {
    async stop() {
      stopped = true;
      clearTimeout(retryTimer);
      const current = client;
      client = null;
      await current?.end().catch(() => undefined);
    },
  };
}
