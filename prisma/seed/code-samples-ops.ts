// Data and operations samples for generated articles (SQL, YAML, Bash).
import type { Sample } from "./code-samples";

export const OPS_SAMPLES = {
  sql: [
    (c) => `CREATE TABLE ${c.entity}s (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id  bigint      NOT NULL REFERENCES accounts (id),
    status      text        NOT NULL DEFAULT 'pending',
    created_at  timestamptz NOT NULL DEFAULT now()
);

-- Serves "latest ${c.entity}s for an account" without a sort step.
CREATE INDEX ${c.entity}s_account_created_idx
    ON ${c.entity}s (account_id, created_at DESC);`,
    (c) => `WITH daily AS (
    SELECT date_trunc('day', created_at) AS day,
           count(*)                      AS total,
           count(*) FILTER (WHERE status = 'failed') AS failed
    FROM ${c.entity}s
    WHERE created_at >= now() - interval '30 days'
    GROUP BY 1
)
SELECT day,
       total,
       round(100.0 * failed / nullif(total, 0), 2) AS failure_pct,
       avg(total) OVER (ORDER BY day ROWS BETWEEN 6 PRECEDING AND CURRENT ROW) AS weekly_avg
FROM daily
ORDER BY day;`,
  ],
  yaml: [
    (c) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${c.service}
  labels:
    app: ${c.service}
spec:
  replicas: ${c.replicas}
  selector:
    matchLabels:
      app: ${c.service}
  template:
    metadata:
      labels:
        app: ${c.service}
    spec:
      containers:
        - name: app
          image: registry.example.com/${c.service}:1.8.2
          resources:
            requests: { cpu: 250m, memory: 256Mi }
            limits: { memory: 512Mi }
          readinessProbe:
            httpGet: { path: /healthz, port: 8080 }
            timeoutSeconds: ${Math.max(1, Math.round(c.timeoutMs / 1000))}`,
    (c) => `name: ${c.service}
on:
  pull_request:
  push:
    branches: [main]
jobs:
  test:
    runs-on: ubuntu-latest
    timeout-minutes: 15
    steps:
      - uses: actions/checkout@v4
      - run: make lint test
      - run: make build IMAGE=${c.service}:\${{ github.sha }}`,
    (c) => `groups:
  - name: ${c.service}
    rules:
      - alert: ${c.Entity}ErrorBudgetBurn
        expr: |
          sum(rate(http_requests_total{service="${c.service}",code=~"5.."}[5m]))
            / sum(rate(http_requests_total{service="${c.service}"}[5m])) > 0.02
        for: 10m
        labels:
          severity: page
        annotations:
          summary: "${c.service} is burning its error budget"`,
  ],
  bash: [
    (c) => `#!/usr/bin/env bash
set -euo pipefail

SERVICE="${c.service}"
VERSION="\${1:?usage: deploy.sh <version>}"

echo "Deploying \${SERVICE} \${VERSION}"
kubectl set image "deployment/\${SERVICE}" app="registry.example.com/\${SERVICE}:\${VERSION}"
if ! kubectl rollout status "deployment/\${SERVICE}" --timeout=120s; then
  echo "Rollout failed, rolling back" >&2
  kubectl rollout undo "deployment/\${SERVICE}"
  exit 1
fi`,
    (c) => `# Ten slowest ${c.entity} requests in the last hour
curl -s "https://logs.example.com/api/query?service=${c.service}&since=1h" \\
  | jq -r '.entries | sort_by(-.duration_ms) | .[:10][] | "\\(.duration_ms)ms \\(.path)"'

# How many replicas are actually ready?
kubectl get deploy ${c.service} -o jsonpath='{.status.readyReplicas}/{.spec.replicas}{"\\n"}'`,
  ],
} satisfies Record<"sql" | "yaml" | "bash", readonly Sample[]>;
