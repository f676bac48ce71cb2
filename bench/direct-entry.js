// The playground's worker as the bench runs it in workerd directly: the same module, with KV and
// the rate limiters replaced by in-memory stand-ins in the isolate. In production both are calls
// to services elsewhere that cost the worker no CPU; locally they are simulated in the worker's
// own process (a SQLite write, two Durable Object trips a call), which is not what we measure.
import worker from './index.js';

export * from './index.js';

/** Just enough of KVNamespace for history (worker/history/store.ts): put, get as text, list by prefix. */
class MemoryKv {
  #entries = new Map();
  async put(key, value, options = {}) {
    this.#entries.set(key, { value: String(value), metadata: options.metadata ?? null });
  }
  async get(key) {
    return this.#entries.get(key)?.value ?? null;
  }
  async list({ prefix = '', limit = 1000 } = {}) {
    const keys = [...this.#entries]
      .filter(([name]) => name.startsWith(prefix))
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .slice(0, limit)
      .map(([name, entry]) => ({ name, metadata: entry.metadata }));
    return { keys, list_complete: true, cacheStatus: null };
  }
  async delete(key) {
    this.#entries.delete(key);
  }
}

/** A rate limiter binding that counts per key in a fixed window, as `[[ratelimits]] simple` does. */
class MemoryLimiter {
  #counts = new Map();
  constructor(limit, periodSeconds) {
    this.limit = this.limit.bind(this);
    this.max = limit;
    this.periodMs = periodSeconds * 1000;
  }
  async limit({ key }) {
    const window = Math.floor(Date.now() / this.periodMs);
    const known = this.#counts.get(key);
    const count = known && known.window === window ? known.count + 1 : 1;
    this.#counts.set(key, { window, count });
    return { success: count <= this.max };
  }
}

// wrangler.toml's windows. Each bench call has its own token and no client address, so none is
// refused, but every call is counted as in production.
const standIns = {
  HISTORY: new MemoryKv(),
  RELAY_CALLER_LIMIT: new MemoryLimiter(120, 60),
  SANDBOX_CALLER_LIMIT: new MemoryLimiter(600, 60),
  API_IP_LIMIT: new MemoryLimiter(1200, 60),
  HISTORY_CALLER_BUDGET: new MemoryLimiter(160, 60),
  HISTORY_IP_BUDGET: new MemoryLimiter(320, 60),
};

export default {
  fetch(request, env, ctx) {
    return worker.fetch(request, { ...env, ...standIns }, ctx);
  },
};
