import type Redis from "ioredis";

export const COMMAND_TIMEOUT_MS: number;
export function keyPrefix(): string;
export function redis(): Redis;
export function guarded<T, F>(what: string, call: (client: Redis) => Promise<T>, fallback: F): Promise<T | F>;
export function pullTags(): Promise<void>;
export function markTags(tags: string[], durations?: { expire?: number }): Promise<void>;
export function expirationOf(tags: string[]): number;
export function tagState(tags: string[], timestamp: number): "expired" | "stale" | "fresh";
