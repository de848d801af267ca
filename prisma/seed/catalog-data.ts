// The demo taxonomy, written for Zonepress: 6 categories and their zones. Kept as a small
// text table (parsed and validated by catalog.ts) because as object literals it is three
// times longer and harder to review.
//
// "=== slug | Name" starts a category; its next line is the description. A zone is
// "slug | Name | weight | languages", then its description, topics, tools and tags
// (";"-separated). Topics are lower-case noun phrases; weight is a relative article share.
export const CATALOG_TEXT = `
=== cloud-architecture | Cloud Architecture
Designing systems that run well on rented infrastructure: containers, serverless, service boundaries and the bill that comes with them.

kubernetes | Kubernetes | 3 | yaml go bash
Running containers on Kubernetes in production, from cluster design and operators to upgrades nobody notices.
topics: cluster upgrades; custom operators; pod autoscaling; multi-tenant clusters; admission webhooks; stateful workloads; resource requests and limits; cluster networking
tools: Helm; Kustomize; Argo CD; Karpenter; kind; Cilium; KEDA
tags: Kubernetes; Containers; Helm; Operators

serverless | Serverless | 2 | ts python yaml
Functions, managed queues and pay-per-request services: when they save you work and when they quietly add it.
topics: cold starts; function orchestration; event-driven functions; serverless APIs; idempotent handlers; function observability; edge functions
tools: AWS Lambda; Cloud Run; Step Functions; Azure Functions; Cloudflare Workers; SQS
tags: Serverless; FaaS; Event-Driven

microservices | Microservices | 3 | java go ts
Drawing service boundaries, keeping data consistent across them and knowing when a modular monolith is the better answer.
topics: service boundaries; distributed transactions; the saga pattern; service discovery; API gateways; modular monoliths; inter-service contracts; outbox patterns
tools: gRPC; Envoy; Kafka; Temporal; Spring Boot; NATS
tags: Microservices; Distributed Systems; gRPC

multi-cloud | Multi-Cloud | 1 | yaml bash go
Spreading workloads over more than one provider without doubling your operational burden or your latency.
topics: cloud portability; cross-cloud networking; hybrid deployments; provider lock-in; disaster recovery across regions; workload placement
tools: Terraform; Crossplane; Anthos; Azure Arc; WireGuard
tags: Multi-Cloud; Hybrid Cloud; Disaster Recovery

cloud-cost | Cloud Cost Management | 1 | sql python yaml
Reading the invoice like an engineer: rightsizing, commitments, spot capacity and making cost a design input.
topics: rightsizing; spot instances; unit economics; storage tiering; egress costs; cost allocation tags; reserved capacity
tools: OpenCost; Kubecost; Infracost; Cost Explorer; BigQuery billing export
tags: FinOps; Cloud Cost; Efficiency

=== data-engineering | Data Engineering
Moving, storing and shaping data reliably: databases, pipelines, streams and the quality checks that keep them honest.

databases | Databases | 3 | sql python go
Relational and non-relational databases in depth: schema design, indexing, replication and the queries that keep you up at night.
topics: query planning; index design; connection pooling; logical replication; schema migrations; partitioned tables; isolation levels; vacuum and bloat
tools: PostgreSQL; MySQL; SQLite; Redis; MongoDB; CockroachDB; PgBouncer
tags: Databases; PostgreSQL; SQL; Performance Tuning

data-pipelines | Data Pipelines | 2 | python sql yaml
Batch and incremental pipelines that land data on time, rerun safely and explain themselves when they fail.
topics: incremental loads; pipeline orchestration; backfills; change data capture; ELT workflows; late-arriving data; pipeline testing
tools: Airflow; dbt; Dagster; Spark; Debezium; Airbyte
tags: ETL; Data Pipelines; dbt; Orchestration

streaming | Streaming | 2 | java python sql
Event streams and stream processing: partitions, ordering, exactly-once claims and what they cost in practice.
topics: event streaming; consumer groups; stream joins; exactly-once delivery; schema evolution; windowed aggregations; backpressure
tools: Kafka; Flink; Redpanda; Pulsar; Kafka Streams; Schema Registry
tags: Streaming; Kafka; Event-Driven

data-warehousing | Data Warehousing | 1 | sql python
Modelling analytical data and keeping warehouse queries fast and affordable as the tables grow.
topics: dimensional modelling; columnar storage; slowly changing dimensions; lakehouse tables; query cost control; semantic layers
tools: Snowflake; BigQuery; DuckDB; Apache Iceberg; ClickHouse; Trino
tags: Data Warehouse; Analytics; Lakehouse

data-quality | Data Quality | 1 | python sql yaml
Contracts, tests and monitoring for data, so a broken upstream column is caught before a dashboard lies.
topics: data contracts; freshness checks; anomaly detection; data lineage; schema drift; quality gates
tools: Great Expectations; Soda; OpenLineage; dbt tests; Monte Carlo
tags: Data Quality; Data Governance; Testing

=== devops-ci-cd | DevOps and CI/CD
Shipping software often and safely: pipelines, infrastructure as code, observability and the people practices around them.

continuous-delivery | Continuous Delivery | 3 | yaml bash ts
Build and release pipelines that are fast, reproducible and boring, plus the deployment strategies that limit the blast radius.
topics: deployment pipelines; canary releases; feature flags; build caching; trunk-based development; release automation; rollback strategies
tools: GitHub Actions; GitLab CI; Jenkins; Argo Rollouts; Buildkite; Bazel
tags: CI/CD; Continuous Delivery; Feature Flags; GitHub Actions

infrastructure-as-code | Infrastructure as Code | 2 | yaml bash ts go
Describing infrastructure in reviewed, versioned code: modules, state, drift and policy checks before apply.
topics: module design; remote state; drift detection; policy as code; environment promotion; secrets in pipelines
tools: Terraform; OpenTofu; Pulumi; Ansible; CloudFormation; Open Policy Agent
tags: Infrastructure as Code; Terraform; Automation

observability | Observability | 3 | go yaml ts
Logs, metrics and traces that answer new questions about production without shipping new code.
topics: distributed tracing; structured logging; service level objectives; high-cardinality metrics; alert fatigue; trace sampling; log pipelines
tools: OpenTelemetry; Prometheus; Grafana; Jaeger; Loki; Vector
tags: Observability; Monitoring; OpenTelemetry; SLOs

sre | Site Reliability Engineering | 2 | bash python yaml
Reliability as an engineering discipline: error budgets, incident response, capacity planning and learning from outages.
topics: error budgets; incident response; blameless postmortems; capacity planning; on-call health; chaos experiments; graceful degradation
tools: PagerDuty; Chaos Mesh; k6; Litmus; Statuspage; Sloth
tags: SRE; Reliability; Incident Management

platform-engineering | Platform Engineering | 2 | yaml ts go
Internal platforms and golden paths that let product teams ship without becoming infrastructure experts.
topics: golden paths; developer portals; self-service environments; platform APIs; paved roads; internal developer platforms
tools: Backstage; Crossplane; Port; Humanitec; Argo Workflows
tags: Platform Engineering; Developer Experience; DevOps

=== security | Security
Building software that holds up against attackers: secure code, identity, supply chains and cloud configuration.

application-security | Application Security | 3 | ts java python
Finding and fixing vulnerabilities in the code you write, from input handling to session management.
topics: input validation; cross-site scripting; SQL injection defences; session management; secure headers; dependency scanning; security code review
tools: Semgrep; OWASP ZAP; CodeQL; Burp Suite; Trivy
tags: AppSec; OWASP; Vulnerabilities; Secure Coding

identity-and-access | Identity and Access | 2 | ts go java
Authentication, authorization and the tokens in between: OAuth flows, passkeys, roles and least privilege.
topics: OAuth flows; passkeys; role-based access control; token lifetimes; single sign-on; service identities; fine-grained authorization
tools: OpenID Connect; Keycloak; SPIFFE; OpenFGA; WebAuthn
tags: Identity; OAuth; Authentication; Zero Trust

supply-chain-security | Supply Chain Security | 1 | bash yaml go
Trusting what you build and ship: signed artifacts, provenance, SBOMs and dependency hygiene.
topics: artifact signing; build provenance; software bills of materials; dependency pinning; reproducible builds; typosquatting
tools: Sigstore; SLSA; Syft; Grype; Renovate; in-toto
tags: Supply Chain; SBOM; Dependencies

cloud-security | Cloud Security | 2 | yaml bash python
Securing cloud accounts and workloads: IAM policies, network boundaries, secrets and posture management.
topics: IAM policy design; secrets management; network segmentation; workload identity; posture management; encryption at rest
tools: Vault; AWS IAM; Falco; Prowler; Cloud Custodian; KMS
tags: Cloud Security; Secrets; IAM

threat-modeling | Threat Modeling | 1 | python yaml
Thinking like an attacker before writing code: data flows, trust boundaries and proportionate controls.
topics: trust boundaries; attack trees; data flow diagrams; abuse cases; risk scoring; security requirements
tools: STRIDE; OWASP Threat Dragon; MITRE ATT&CK; pytm
tags: Threat Modeling; Risk; Security Architecture

=== software-design | Software Design
The craft of structuring code and systems: architecture patterns, APIs, testing and performance.

architecture-patterns | Architecture Patterns | 3 | java ts go
Patterns for structuring systems, with honest notes on the trade-offs each one buys you.
topics: hexagonal architecture; event sourcing; CQRS; domain-driven design; bounded contexts; clean architecture; architecture decision records
tools: Axon; EventStoreDB; ArchUnit; C4 diagrams; Structurizr
tags: Architecture; Design Patterns; DDD

api-design | API Design | 2 | ts yaml go
Designing HTTP, gRPC and GraphQL APIs that are pleasant to call and possible to evolve.
topics: API versioning; pagination; idempotency keys; error formats; rate limiting; schema-first design; webhooks
tools: OpenAPI; GraphQL; gRPC; AsyncAPI; Spectral; Postman
tags: APIs; REST; GraphQL; OpenAPI

testing | Testing | 2 | ts java python
Tests that catch real bugs and stay fast: unit, integration, contract and end-to-end, and how to balance them.
topics: contract testing; flaky tests; test data builders; property-based testing; integration test environments; mutation testing; end-to-end suites
tools: Playwright; Testcontainers; Pact; Vitest; JUnit; pytest
tags: Testing; Test Automation; TDD

performance | Performance | 2 | go rust java
Measuring before optimizing: profiling, caching, concurrency and latency budgets for real systems.
topics: latency budgets; cache invalidation; memory profiling; connection reuse; load testing; tail latency; async I/O
tools: perf; async-profiler; pprof; flame graphs; Gatling; k6
tags: Performance; Caching; Profiling; Concurrency

programming-languages | Programming Languages | 2 | rust ts go python
Language features and idioms that change how you write code, from type systems to memory ownership.
topics: type systems; memory ownership; structured concurrency; error handling; generics; pattern matching; compile times
tools: Rust; TypeScript; Go; Kotlin; Java virtual threads; Python typing
tags: Programming; Rust; TypeScript; Go

=== ai-machine-learning | AI and Machine Learning
Putting models into products responsibly: training and serving, language models, retrieval and governance.

mlops | MLOps | 2 | python yaml bash
Getting models from a notebook to production and keeping them healthy: training pipelines, serving and drift.
topics: model serving; feature stores; experiment tracking; model drift; training pipelines; model registries; GPU scheduling
tools: MLflow; Kubeflow; Ray; Feast; BentoML; Weights & Biases
tags: MLOps; Machine Learning; Model Serving

llm-engineering | LLM Engineering | 3 | python ts
Building features on large language models: prompts, evaluation, guardrails, latency and cost.
topics: prompt design; LLM evaluation; structured outputs; guardrails; token budgets; tool calling; response caching
tools: vLLM; llama.cpp; LangChain; OpenAI-compatible APIs; Ollama; DSPy
tags: LLM; Generative AI; Prompt Engineering

vector-search | Vector Search | 1 | python sql rust
Embeddings, approximate nearest neighbour indexes and retrieval pipelines that find the right passage.
topics: embedding models; ANN indexes; hybrid search; retrieval-augmented generation; chunking strategies; reranking
tools: pgvector; FAISS; Qdrant; Weaviate; Elasticsearch; HNSW
tags: Vector Search; RAG; Embeddings

data-science | Data Science | 2 | python sql
Analysis and modelling that hold up: experiments, feature engineering and communicating uncertainty.
topics: feature engineering; A/B test analysis; time series forecasting; model interpretability; sampling bias; notebook hygiene
tools: pandas; Polars; scikit-learn; Jupyter; XGBoost; statsmodels
tags: Data Science; Statistics; Python

ai-governance | AI Governance | 1 | python yaml
Policies and engineering controls for AI systems: evaluation, documentation, privacy and accountability.
topics: model documentation; bias evaluation; data provenance; human review loops; AI risk assessments; privacy-preserving training
tools: model cards; datasheets; differential privacy; red-team exercises; audit logs
tags: AI Governance; Responsible AI; Privacy

`;
