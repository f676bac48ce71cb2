import type { BodyKind } from '../../catalog/types';

/**
 * Largest request body the relay accepts, by body kind. Coze documents 20 MB for workflow runs,
 * the largest JSON body it takes; uploads are capped by the Workers request limit (100 MB on the
 * smallest plan) rather than Coze's 512 MB.
 */
export const BODY_LIMITS: Readonly<Record<BodyKind, number>> = {
  json: 20 * 1024 * 1024,
  multipart: 100 * 1024 * 1024,
  none: 0,
};

/** How long the relay waits for the upstream's response headers before giving up. */
export const DEFAULT_UPSTREAM_TIMEOUT_MS = 60_000;
