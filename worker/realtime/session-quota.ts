import { DurableObject } from 'cloudflare:workers';

/**
 * Counts one caller's open WebSocket sessions, across every isolate and location, so the
 * per-caller limit holds on Cloudflare and not only inside one isolate. A session holds a lease
 * until it closes; a lease also expires by itself a little after the longest a session may last,
 * so a relay that dies without releasing cannot lock its caller out.
 * @example await env.REALTIME_QUOTA.get(env.REALTIME_QUOTA.idFromName(ownerId)).acquire(id, 5, 600_000)
 */
export class RealtimeQuota extends DurableObject<Env> {
  /** Takes a lease for one session, or answers false when the caller already holds `limit`. */
  async acquire(leaseId: string, limit: number, ttlMs: number): Promise<boolean> {
    const now = Date.now();
    const leases = await this.ctx.storage.list<number>({ prefix: 'lease:' });
    const expired = [...leases].filter(([, expiresAt]) => expiresAt <= now).map(([key]) => key);
    if (expired.length) await this.ctx.storage.delete(expired);
    if (leases.size - expired.length >= limit) return false;
    await this.ctx.storage.put(`lease:${leaseId}`, now + ttlMs);
    return true;
  }

  /** Gives a session's lease back. */
  async release(leaseId: string): Promise<void> {
    await this.ctx.storage.delete(`lease:${leaseId}`);
  }
}
