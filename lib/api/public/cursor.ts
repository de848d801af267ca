import { z } from "zod";
import type { Keyset } from "@/lib/db/public-api";

// Opaque `cursor` values of the list endpoints: where the previous page ended, as base64url JSON.
// Clients pass back what `next` gave them; anything else decodes to null (400 for the caller).

const keysetSchema = z.tuple([z.int().min(0), z.int().positive().max(2_147_483_647)]);
const nameSchema = z.tuple([z.string().min(1).max(100)]);

function encode(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString("base64url");
}

function decode<T>(cursor: string, schema: z.ZodType<T>): T | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function encodeKeyset(keyset: Keyset): string {
  return encode([keyset.at.getTime(), keyset.id]);
}

export function decodeKeyset(cursor: string): Keyset | null {
  const values = decode(cursor, keysetSchema);
  return values ? { at: new Date(values[0]), id: values[1] } : null;
}

export function encodeName(name: string): string {
  return encode([name]);
}

export function decodeName(cursor: string): string | null {
  return decode(cursor, nameSchema)?.[0] ?? null;
}
