import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { chatSdkFolder, webSdkFolder } from '../../lib/tryout/sdk-cdn';
import { FRAME_SCRIPT } from '../../worker/tryout/frame-page';

// The page the playground loads Coze's official SDK into: served by the worker with a policy of its
// own that admits Coze's CDN, API and image hosts and nothing of the playground.
const OWN = 'https://playground.test';

const get = (path: string) => exports.default.fetch(new Request(`${OWN}${path}`));

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return btoa(String.fromCharCode(...new Uint8Array(digest)));
}

describe('GET /tryout/frame/chat-sdk', () => {
  it('admits only its own script by hash and the Chat SDK folder on the cn CDN, and never the playground', async () => {
    const res = await get('/tryout/frame/chat-sdk?region=cn');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const csp = directives(res.headers.get('content-security-policy') ?? '');
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toEqual([`'sha256-${await sha256(FRAME_SCRIPT)}'`, chatSdkFolder('cn')]);
    expect(csp.get('connect-src')).toEqual(['https://api.coze.cn', chatSdkFolder('cn')]);
    expect(csp.get('frame-ancestors')).toEqual(["'self'"]);
    expect(csp.get('sandbox')).not.toContain('allow-same-origin');
    // Nothing of the playground: no 'self' in any fetch directive, and our origin nowhere.
    for (const [name, values] of csp) {
      if (name === 'frame-ancestors') continue;
      expect(values, name).not.toContain("'self'");
      expect(values.join(' '), name).not.toContain(OWN);
    }
    expect(res.headers.get('x-frame-options')).toBeNull();
  });

  it('loads the oversea build from sf-cdn.coze.com and talks to api.coze.com for region com', async () => {
    const res = await get('/tryout/frame/chat-sdk?region=com');
    const csp = directives(res.headers.get('content-security-policy') ?? '');
    expect(csp.get('script-src')?.[1]).toBe(chatSdkFolder('com'));
    expect(chatSdkFolder('com')).toMatch(/^https:\/\/sf-cdn\.coze\.com\/obj\/unpkg-va\/.*\/libs\/oversea\/$/);
    expect(csp.get('connect-src')?.[0]).toBe('https://api.coze.com');
    const html = await res.text();
    expect(html).toContain(`${chatSdkFolder('com')}index.js`);
  });

  it('carries no token and no options in the page: they arrive by postMessage from the parent origin only', async () => {
    const html = await (await get('/tryout/frame/chat-sdk?region=cn')).text();
    expect(html).toContain(`"parentOrigin":"${OWN}"`);
    expect(html).toContain(`<script>${FRAME_SCRIPT}</script>`);
    expect(FRAME_SCRIPT).toContain('event.origin !== config.parentOrigin');
    // One executable inline script, the hashed one; the configuration is data.
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).not.toMatch(/<script[^>]*\bsrc=/);
  });

  it("admits the user's own image origins, and refuses ours, plain http and paths", async () => {
    const ok = await get('/tryout/frame/chat-sdk?region=cn&images=https://img.example,https://cdn.example');
    const img = directives(ok.headers.get('content-security-policy') ?? '').get('img-src') ?? [];
    expect(img).toContain('https://img.example');
    expect(img).toContain('https://cdn.example');
    for (const bad of [OWN, 'http://img.example', 'https://img.example/a.png', 'javascript:alert(1)']) {
      const res = await get(`/tryout/frame/chat-sdk?region=cn&images=${encodeURIComponent(bad)}`);
      expect(res.status, bad).toBe(400);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('invalid_request');
    }
  });
});

describe('GET /tryout/frame/web-sdk', () => {
  it('admits the Web SDK folder and the coze.cn pages its app runs in', async () => {
    const res = await get('/tryout/frame/web-sdk?region=cn');
    const csp = directives(res.headers.get('content-security-policy') ?? '');
    expect(csp.get('script-src')?.[1]).toBe(webSdkFolder());
    expect(csp.get('frame-src')).toEqual(['https://*.coze.cn']);
  });

  it('is refused for com, which Coze does not document it for, and the sandbox, which runs ours', async () => {
    for (const region of ['com', 'sandbox', '']) {
      const res = await get(`/tryout/frame/web-sdk?region=${region}`);
      expect(res.status, region).toBe(400);
    }
  });
});

it('answers 404 for an SDK that has no frame', async () => {
  const res = await get('/tryout/frame/realtime?region=cn');
  expect(res.status).toBe(404);
});
