import "server-only";
import { recordAudit } from "./audit";
import { db } from "./client";
import type { Prisma } from "./generated/client";
import { dropRedirectsTo, moveRedirects } from "./redirects";
import {
  changedFields,
  invalid,
  NOT_FOUND,
  slugProblem,
  unlessRaced,
  type AdminFailure,
  type AdminUpdate,
  type AdminWrite,
  type FieldErrors,
} from "./site-admin-shared";

// The writes events, videos and content pages have in common: a slug that must be free (also of
// old addresses), an optimistic lock on updatedAt, a redirect when the slug changes, and an audit
// row with what changed, all in one transaction. Each noun supplies its queries (site-admin-*.ts).

type Tx = Prisma.TransactionClient;
type Audited = Record<string, string | number | boolean | Date | null>;

export interface SlugEntity {
  id: number;
  slug: string;
  updatedAt: Date;
}

export interface SlugEntityOps<Row extends SlugEntity, Data extends { slug: string }> {
  /** "event", "video", "page": used in messages. */
  noun: string;
  /** AuditLog.targetType and the action prefix ("Event" → "event.update"). */
  targetType: string;
  path: (slug: string) => string;
  /** The row locked FOR UPDATE, or null. */
  lock(tx: Tx, id: number): Promise<Row | null>;
  findOwner(tx: Tx, slug: string): Promise<{ id: number; label: string } | null>;
  create(tx: Tx, data: Data): Promise<Row>;
  /** `current` is the locked row as stored before this update. */
  update(tx: Tx, id: number, data: Data, current: Row): Promise<Row>;
  remove(tx: Tx, id: number): Promise<void>;
  /** What the audit log compares before and after. */
  audited(row: Row): Audited;
  /** Audited fields too long to copy into the log (bodies). */
  summarized?: readonly string[];
  /** Other checks inside the transaction (e.g. a video already in the library). */
  check?(tx: Tx, data: Data, ownId: number | null): Promise<FieldErrors | null>;
  /** The field errors for a unique index lost to a concurrent write. */
  raced: FieldErrors;
}

export interface SlugEntityWrites<Row extends SlugEntity, Data> {
  create(actorId: number, data: Data): Promise<AdminWrite<Row>>;
  update(actorId: number, id: number, data: Data, expected: Date): Promise<AdminUpdate<Row>>;
  remove(actorId: number, id: number): Promise<AdminWrite<Row>>;
}

export function slugEntityWrites<Row extends SlugEntity, Data extends { slug: string }>(
  ops: SlugEntityOps<Row, Data>,
): SlugEntityWrites<Row, Data> {
  const action = (verb: string) => `${ops.targetType.toLowerCase()}.${verb}`;

  async function problems(tx: Tx, data: Data, own: Row | null): Promise<AdminFailure | null> {
    if (!own || own.slug !== data.slug) {
      const slug = await slugProblem(tx, {
        slug: data.slug,
        ownId: own?.id ?? null,
        ownPath: own ? ops.path(own.slug) : null,
        path: ops.path,
        noun: ops.noun,
        findOwner: (s) => ops.findOwner(tx, s),
      });
      if (slug) return invalid({ slug });
    }
    const other = ops.check ? await ops.check(tx, data, own?.id ?? null) : null;
    return other ? invalid(other) : null;
  }

  return {
    create: (actorId, data) =>
      unlessRaced(ops.raced, () =>
        db.$transaction(async (tx): Promise<AdminWrite<Row>> => {
          const problem = await problems(tx, data, null);
          if (problem) return problem;
          const row = await ops.create(tx, data);
          await recordAudit(tx, {
            actorId,
            action: action("create"),
            targetType: ops.targetType,
            targetId: row.id,
            details: changedFields({}, ops.audited(row), ops.summarized),
          });
          return { ok: true, row };
        }),
      ),

    update: (actorId, id, data, expected) =>
      unlessRaced(ops.raced, () =>
        db.$transaction(async (tx): Promise<AdminUpdate<Row>> => {
          const current = await ops.lock(tx, id);
          if (!current) return NOT_FOUND;
          if (current.updatedAt.getTime() !== expected.getTime())
            return { ok: false, kind: "conflict", current };
          const problem = await problems(tx, data, current);
          if (problem) return problem;
          const row = await ops.update(tx, id, data, current);
          if (row.slug !== current.slug) await moveRedirects(tx, ops.path(current.slug), ops.path(row.slug));
          await recordAudit(tx, {
            actorId,
            action: action("update"),
            targetType: ops.targetType,
            targetId: id,
            details: changedFields(ops.audited(current), ops.audited(row), ops.summarized),
          });
          return { ok: true, row, previous: current };
        }),
      ),

    remove: (actorId, id) =>
      db.$transaction(async (tx): Promise<AdminWrite<Row>> => {
        const row = await ops.lock(tx, id);
        if (!row) return NOT_FOUND;
        await dropRedirectsTo(tx, ops.path(row.slug));
        await ops.remove(tx, id);
        await recordAudit(tx, {
          actorId,
          action: action("delete"),
          targetType: ops.targetType,
          targetId: id,
          details: { slug: row.slug },
        });
        return { ok: true, row };
      }),
  };
}
