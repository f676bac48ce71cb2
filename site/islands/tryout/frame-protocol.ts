import type { SdkRegion } from '../../../lib/tryout/sdk-cdn';

/** Where the official SDK's frame stands, as the frame reports it (worker/tryout/frame-page.ts). */
export type FrameState = 'loading' | 'ready' | 'running' | 'cdn-unreachable' | 'failed';

/** A report from the frame. */
export interface FrameReport {
  readonly channel: 'coze-tryout';
  readonly state: Exclude<FrameState, 'loading'>;
  readonly detail: string;
}

const REPORTED = new Set<string>(['ready', 'running', 'cdn-unreachable', 'failed']);

/** Whether a message is a report of the try-out frame. */
export function isFrameReport(data: unknown): data is FrameReport {
  const report = data as Partial<FrameReport> | null;
  return (
    typeof report === 'object' &&
    report !== null &&
    report.channel === 'coze-tryout' &&
    REPORTED.has(String(report.state)) &&
    typeof report.detail === 'string'
  );
}

/**
 * The `https:` origins of the images the options name (the icon, the avatar), which the frame's
 * policy must admit; others (not https, unparsable) are left out and simply do not show.
 * @example imageOriginsOf({ ui: { base: { icon: 'https://img.example/a.png' } } }) // ['https://img.example']
 */
export function imageOriginsOf(options: Record<string, unknown>, own = globalThis.location?.origin): string[] {
  const urls: unknown[] = [];
  const walk = (value: unknown, key: string) => {
    if (typeof value === 'string' && (key === 'icon' || key === 'url')) urls.push(value);
    else if (value && typeof value === 'object') for (const [k, child] of Object.entries(value)) walk(child, k);
  };
  walk(options, '');
  const origins = new Set<string>();
  for (const url of urls) {
    try {
      const parsed = new URL(String(url));
      if (parsed.protocol === 'https:' && parsed.origin !== own) origins.add(parsed.origin);
    } catch {
      // Not a URL: the schema says so on the form.
    }
  }
  return [...origins].slice(0, 4);
}

/** The frame's URL: the SDK, the region and the image origins; never the token or the options. */
export function frameSrc(sdk: 'chat-sdk' | 'web-sdk', region: SdkRegion, imageOrigins: readonly string[]): string {
  const query = new URLSearchParams({ region });
  if (imageOrigins.length > 0) query.set('images', imageOrigins.join(','));
  return `/tryout/frame/${sdk}?${query}`;
}
