// Shared by bench:search (the database work of a search) and the page benchmark (/search).

/** What readers of a developer portal type: products, practices, phrases, OR and exclusions. */
export const QUERIES = [
  "kubernetes",
  "kafka consumer groups",
  '"event sourcing"',
  "terraform or pulumi",
  "pandas -spark",
  "grpc latency",
  "feature flags",
  "postgresql",
  "typescript generics",
  "observability",
  "threat modeling",
  "rust",
  "helm chart",
  "model drift",
  "cache invalidation",
  "oauth",
  "chaos engineering",
  "opentelemetry traces",
  "flaky tests",
  "secrets management vault",
];
