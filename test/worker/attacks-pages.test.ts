import { describe, expect, it } from 'vitest';
import { inlineScriptsOf, pageCsp, pageHeadersFile } from '../../worker/security/page-policy';

// The pages' policy as the build writes it into dist/_headers; the browser test checks it served.
describe('the pages’ Content-Security-Policy', () => {
  it('admits the inline scripts a browser would run and nothing else', () => {
    const html = [
      '<script>a()</script>',
      '<script type="module">b()</script>',
      '<SCRIPT type=text/javascript>c()</SCRIPT>',
      '<script src="/_astro/x.js"></script>',
      '<script type="module" src="/_astro/y.js"></script>',
      '<script type="application/json">{"not":"run"}</script>',
      '<script type="application/ld+json">{}</script>',
    ].join('\n');
    expect(inlineScriptsOf(html)).toEqual(['a()', 'b()', 'c()']);
  });

  it('allows our own files and the given hashes as scripts, no inline code and no eval', () => {
    const csp = pageCsp(['bbb=', 'aaa=', 'bbb=']);
    const scriptSrc = csp.split('; ').find((directive) => directive.startsWith('script-src'));
    expect(scriptSrc).toBe("script-src 'self' 'sha256-aaa=' 'sha256-bbb='");
    expect(csp).not.toMatch(/unsafe-eval/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("connect-src 'self'");
  });

  it('writes a _headers rule for every path with the CSP, nosniff and Referrer-Policy', () => {
    const file = pageHeadersFile(['aaa=']);
    const lines = file.split('\n');
    expect(lines).toContain('/*');
    expect(lines).toContain(`  Content-Security-Policy: ${pageCsp(['aaa='])}`);
    expect(lines).toContain('  X-Content-Type-Options: nosniff');
    expect(lines).toContain('  Referrer-Policy: no-referrer');
  });

  it('refuses to write a policy longer than a _headers line may be', () => {
    const many = Array.from({ length: 40 }, (_, i) => `${String(i).padStart(43, 'x')}=`);
    expect(() => pageHeadersFile(many)).toThrow(/over Cloudflare's 2000/);
  });
});
