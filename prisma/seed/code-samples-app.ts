// Application-code samples for generated articles (TypeScript, Python, Go, Java, Rust).
import type { Sample } from "./code-samples";

export const APP_SAMPLES = {
  ts: [
    (c) => `type Fetcher<T> = (signal: AbortSignal) => Promise<T>;

// Retries transient failures with exponential backoff and full jitter.
export async function withRetry<T>(fetcher: Fetcher<T>, attempts = ${c.retries}): Promise<T> {
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    const signal = AbortSignal.timeout(${c.timeoutMs});
    try {
      return await fetcher(signal);
    } catch (error) {
      lastError = error;
      const delay = Math.random() * 100 * 2 ** attempt;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
  throw lastError;
}

const ${c.camel} = await withRetry((signal) => fetch("/api/${c.entity}s/42", { signal }).then((r) => r.json()));`,
    (c) => `import { z } from "zod";

const ${c.Entity}Input = z.object({
  id: z.string().uuid(),
  amount: z.number().int().positive(),
  idempotencyKey: z.string().min(16),
});

export async function create${c.Entity}(raw: unknown, store: ${c.Entity}Store) {
  const input = ${c.Entity}Input.parse(raw);
  const existing = await store.findByKey(input.idempotencyKey);
  if (existing) return existing; // the client retried: answer with the first result
  return store.insert({ ...input, createdAt: new Date() });
}`,
  ],
  python: [
    (c) => `import logging
import time
from dataclasses import dataclass

log = logging.getLogger("${c.service}")

@dataclass(frozen=True)
class ${c.Entity}Batch:
    ids: list[int]
    attempt: int = 0

def load_batch(batch: ${c.Entity}Batch, client, max_attempts: int = ${c.retries}) -> int:
    """Load one batch, retrying transient errors with exponential backoff."""
    for attempt in range(max_attempts):
        try:
            rows = client.fetch_${c.entity}s(batch.ids, timeout=${c.timeoutMs / 1000})
            client.upsert("${c.entity}s", rows)
            return len(rows)
        except TimeoutError:
            log.warning("batch timed out", extra={"attempt": attempt, "size": len(batch.ids)})
            time.sleep(2 ** attempt * 0.1)
    raise RuntimeError(f"giving up on {len(batch.ids)} ${c.entity}s after {max_attempts} attempts")`,
    (c) => `from collections import Counter
from datetime import datetime, timedelta

def summarize(events: list[dict], window: timedelta = timedelta(hours=1)) -> dict:
    cutoff = datetime.utcnow() - window
    recent = [e for e in events if e["at"] >= cutoff]
    by_status = Counter(e["status"] for e in recent)
    return {
        "${c.entity}s": len(recent),
        "error_rate": by_status["error"] / max(len(recent), 1),
        "top_status": by_status.most_common(3),
    }`,
  ],
  go: [
    (c) => `func (h *${c.Entity}Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), ${c.timeoutMs}*time.Millisecond)
	defer cancel()

	id := r.PathValue("id")
	${c.camel}, err := h.store.Get(ctx, id)
	switch {
	case errors.Is(err, ErrNotFound):
		http.Error(w, "not found", http.StatusNotFound)
		return
	case err != nil:
		h.log.ErrorContext(ctx, "load ${c.entity}", "id", id, "err", err)
		http.Error(w, "temporarily unavailable", http.StatusServiceUnavailable)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(${c.camel})
}`,
    (c) => `// processAll fans work out to a fixed number of workers and stops on the first error.
func processAll(ctx context.Context, ids []string, workers int) error {
	g, ctx := errgroup.WithContext(ctx)
	jobs := make(chan string)
	for i := 0; i < workers; i++ {
		g.Go(func() error {
			for id := range jobs {
				if err := process${c.Entity}(ctx, id); err != nil {
					return fmt.Errorf("${c.entity} %s: %w", id, err)
				}
			}
			return nil
		})
	}
	g.Go(func() error {
		defer close(jobs)
		for _, id := range ids {
			select {
			case jobs <- id:
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		return nil
	})
	return g.Wait()
}`,
  ],
  java: [
    (c) => `public record ${c.Entity}(UUID id, long amountCents, Instant createdAt) {}

public final class ${c.Entity}Service {
    private final ${c.Entity}Repository repository;
    private final Duration timeout = Duration.ofMillis(${c.timeoutMs});

    public ${c.Entity}Service(${c.Entity}Repository repository) {
        this.repository = repository;
    }

    public Optional<${c.Entity}> find(UUID id) {
        return CompletableFuture.supplyAsync(() -> repository.findById(id))
            .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
            .exceptionally(error -> Optional.empty())
            .join();
    }
}`,
    (c) => `@Test
void rejectsDuplicate${c.Entity}s() {
    var key = "key-" + UUID.randomUUID();
    var first = service.create(new Create${c.Entity}(key, 1_500));
    var second = service.create(new Create${c.Entity}(key, 1_500));

    assertThat(second.id()).isEqualTo(first.id());
    assertThat(repository.count()).isEqualTo(1);
}`,
  ],
  rust: [
    (c) => `use std::time::Duration;

#[derive(Debug, thiserror::Error)]
pub enum ${c.Entity}Error {
    #[error("${c.entity} {0} not found")]
    NotFound(u64),
    #[error("storage timed out after {0:?}")]
    Timeout(Duration),
}

pub fn load_${c.entity}(store: &impl Store, id: u64) -> Result<${c.Entity}, ${c.Entity}Error> {
    let timeout = Duration::from_millis(${c.timeoutMs});
    let row = store.get(id, timeout).map_err(|_| ${c.Entity}Error::Timeout(timeout))?;
    row.ok_or(${c.Entity}Error::NotFound(id))
}`,
    (c) => `pub struct RateLimiter {
    capacity: u32,
    tokens: f64,
    refill_per_sec: f64,
    last: std::time::Instant,
}

impl RateLimiter {
    pub fn try_acquire(&mut self) -> bool {
        let now = std::time::Instant::now();
        let elapsed = now.duration_since(self.last).as_secs_f64();
        self.tokens = (self.tokens + elapsed * self.refill_per_sec).min(self.capacity as f64);
        self.last = now;
        if self.tokens >= 1.0 {
            self.tokens -= 1.0;
            true
        } else {
            false
        }
    }
}
// ${c.retries} retries per ${c.entity} request before the limiter says no.`,
  ],
} satisfies Record<"ts" | "python" | "go" | "java" | "rust", readonly Sample[]>;
