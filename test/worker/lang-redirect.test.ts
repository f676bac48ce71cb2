import { env } from 'cloudflare:workers';
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import worker from '../../worker/index';
import { chosenLang, preferredLang } from '../../worker/lang-redirect';

// English pages run the worker first: a browser that prefers Chinese and has made no choice lands
// on the Chinese twin; a `lang` cookie (the switch's) always wins; scripts and fetches pass through.
const PAGE = '<!doctype html><html lang="en"><title>page</title>';
const assets = {
  fetch: async (request: Request) =>
    new URL(request.url).pathname.endsWith('.js')
      ? new Response('export {}', { headers: { 'content-type': 'text/javascript' } })
      : new Response(PAGE, { headers: { 'content-type': 'text/html; charset=utf-8' } }),
};

async function open(path: string, headers: Record<string, string>) {
  const ctx = createExecutionContext();
  const res = await worker.fetch(
    new Request(`https://playground.test${path}`, { headers: { 'sec-fetch-dest': 'document', ...headers } }),
    { ...env, ASSETS: assets } as unknown as Env,
    ctx,
  );
  await waitOnExecutionContext(ctx);
  return res;
}

const ZH_BROWSER = { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8' };

describe('the language of a first visit', () => {
  it('sends a browser that prefers Chinese to the Chinese twin, query kept, varying on what decided it', async () => {
    const res = await open('/chat/create-chat/?x=1', ZH_BROWSER);
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/zh/chat/create-chat/?x=1');
    expect(res.headers.get('vary')).toBe('Accept-Language, Cookie');
    expect(await res.text()).toBe('');
  });

  it('sends the index too', async () => {
    const res = await open('/', ZH_BROWSER);
    expect(res.headers.get('location')).toBe('/zh/');
  });

  it('serves the English page to a browser that prefers English, saying it varies', async () => {
    const res = await open('/chat/create-chat/', { 'accept-language': 'en-US,en;q=0.9,zh-CN;q=0.8' });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(PAGE);
    expect(res.headers.get('vary')).toContain('Accept-Language');
    expect(res.headers.get('vary')).toContain('Cookie');
  });

  it('lets an explicit choice of English win over a Chinese browser', async () => {
    const res = await open('/chat/create-chat/', { ...ZH_BROWSER, cookie: 'theme=dark; lang=en' });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(PAGE);
  });

  it('lets an explicit choice of Chinese win over an English browser', async () => {
    const res = await open('/chat/create-chat/', { 'accept-language': 'en', cookie: 'lang=zh' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/zh/chat/create-chat/');
  });

  it('never redirects what is not a page being opened: a script, a fetch', async () => {
    const script = await open('/islands/x.js', { ...ZH_BROWSER, 'sec-fetch-dest': 'script' });
    expect(script.status).toBe(200);
    const fetched = await open('/chat/create-chat/', { ...ZH_BROWSER, 'sec-fetch-dest': 'empty' });
    expect(fetched.status).toBe(200);
  });
});

describe('preferredLang', () => {
  it.each([
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh'],
    ['en-US,en;q=0.9,zh-CN;q=0.8', 'en'],
    ['en;q=0.5,zh-TW;q=0.8', 'zh'],
    ['fr-FR,fr;q=0.9', undefined],
    ['fr,zh;q=0.7,en;q=0.6', 'zh'],
    ['zh;q=0', undefined],
    ['', undefined],
  ])('reads %j as %s', (header, lang) => {
    expect(preferredLang(header)).toBe(lang);
  });

  it('reads a lang cookie among others and ignores anything else', () => {
    expect(chosenLang('a=1; lang=zh; b=2')).toBe('zh');
    expect(chosenLang('language=zh')).toBeUndefined();
    expect(chosenLang('lang=fr')).toBeUndefined();
  });
});
