// Hosts where plain http is still a safe link: a developer's own machine.
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The URL to put in an `href` when it comes from data we do not control (an upstream answer, a
 * history record), or undefined: only `https:` links, and `http:` to the local machine, so a
 * `javascript:`, `data:` or `vbscript:` value (in any case, with any whitespace or escapes the URL
 * parser forgives) never becomes a link. The URL is returned as the parser normalised it.
 * @example safeLinkHref('https://www.coze.cn/work_flow?execute_id=1') // → 'https://www.coze.cn/work_flow?execute_id=1'
 * @example safeLinkHref('javascript:alert(1)') // → undefined
 */
export function safeLinkHref(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length === 0 || value.length > 4096) return undefined;
  let url: URL;
  try {
    // No base: a relative value is no link of Coze's, and must not resolve against our own pages.
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.username || url.password) return undefined;
  if (url.protocol === 'https:') return url.href;
  if (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)) return url.href;
  return undefined;
}
