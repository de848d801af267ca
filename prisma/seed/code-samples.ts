// Plausible code for generated articles, two or three samples per language (in the two
// sibling files). Identifiers come from a domain entity ("invoice", "shipment"…) so samples
// differ between articles.
import type { CodeLanguage } from "./catalog";
import { APP_SAMPLES } from "./code-samples-app";
import { OPS_SAMPLES } from "./code-samples-ops";
import type { Rng } from "./prng";

export interface CodeContext {
  /** snake_case singular, e.g. "invoice" or "user_profile". */
  entity: string;
  /** PascalCase singular, e.g. "Invoice". */
  Entity: string;
  /** camelCase singular, e.g. "userProfile". */
  camel: string;
  /** kebab-case service name, e.g. "invoice-service". */
  service: string;
  timeoutMs: number;
  retries: number;
  replicas: number;
}

export const ENTITIES = [
  "order",
  "invoice",
  "shipment",
  "account",
  "payment",
  "session",
  "ticket",
  "report",
  "user_profile",
  "inventory_item",
  "subscription",
  "booking",
];

export function codeContext(rng: Rng): CodeContext {
  const entity = rng.pick(ENTITIES);
  const parts = entity.split("_");
  const Entity = parts.map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join("");
  return {
    entity,
    Entity,
    camel: Entity.charAt(0).toLowerCase() + Entity.slice(1),
    service: `${parts.join("-")}-service`,
    timeoutMs: rng.pick([250, 500, 800, 1500, 2000]),
    retries: rng.int(2, 5),
    replicas: rng.int(2, 6),
  };
}

export type Sample = (c: CodeContext) => string;

const SAMPLES: Record<CodeLanguage, readonly Sample[]> = { ...APP_SAMPLES, ...OPS_SAMPLES };

export function codeSample(rng: Rng, language: CodeLanguage, context: CodeContext): string {
  return rng.pick(SAMPLES[language])(context);
}
